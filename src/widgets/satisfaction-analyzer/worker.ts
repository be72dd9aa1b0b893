// The satisfaction analyzer's Web Worker: reads the questionnaire and analyses it off the page's main thread.
import { serveInWorker } from '../shared/dataset-picker/serve';
import { satisfactionHandlers } from './handlers';

serveInWorker(satisfactionHandlers);
