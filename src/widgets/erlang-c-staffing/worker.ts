// The staffing calculator's Web Worker: reads a call log and plans a day off the page's main thread.
import { serveInWorker } from '../shared/dataset-picker/serve';
import { erlangHandlers } from './handlers';

serveInWorker(erlangHandlers);
