// Starts the shared analysis worker for one widget. Every widget runs the same worker script (one download per
// page: the browser fetches a URL once), each in its own Worker: a widget's cancel terminates only its own, and a
// crash or a failure stays in that widget's box; two widgets busy at once work in parallel.
import type { WorkerLike } from '../dataset-picker/client';
import type { AnalysisName } from './analyses';

/** A fresh analysis worker running `analysis` (Vite bundles the worker from this `new Worker(new URL(…))`). */
export function spawnAnalysisWorker(analysis: AnalysisName): WorkerLike {
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: analysis }) as unknown as WorkerLike;
}
