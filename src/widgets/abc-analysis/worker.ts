// The ABC analysis' Web Worker: reads the dataset and classifies the customers off the page's main thread.
import { serveInWorker } from '../shared/dataset-picker/serve';
import { abcHandlers } from './handlers';

serveInWorker(abcHandlers);
