// The RFM calculator's Web Worker: reads the dataset (streaming, with progress) and runs the analysis off the
// page's main thread, so a 200,000-row file never freezes the page.
import { serveInWorker } from '../shared/dataset-picker/serve';
import { rfmHandlers } from './handlers';

serveInWorker(rfmHandlers);
