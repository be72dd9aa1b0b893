// The churn and win-back Web Worker: reads the data, summarises, fits BG/NBD and ranks customers off the main thread.
import { serveInWorker } from '../shared/dataset-picker/serve';
import { churnHandlers } from './handlers';

serveInWorker(churnHandlers);
