// The student-dataset widget's Web Worker: makes a student's file and the answer key off the page's main thread.
import { serveInWorker } from '../shared/dataset-picker/serve';
import { studentDatasetHandlers } from './handlers';

serveInWorker(studentDatasetHandlers);
