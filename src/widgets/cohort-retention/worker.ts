// The cohort analysis' Web Worker: reads the transactions and builds the cohort table off the page's main thread.
import { serveInWorker } from '../shared/dataset-picker/serve';
import { cohortHandlers } from './handlers';

serveInWorker(cohortHandlers);
