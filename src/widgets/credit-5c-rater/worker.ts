// The credit rater's Web Worker: reads an application file and grades it off the page's main thread.
import { serveInWorker } from '../shared/dataset-picker/serve';
import { creditHandlers } from './handlers';

serveInWorker(creditHandlers);
