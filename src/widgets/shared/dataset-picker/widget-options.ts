// What a widget that analyses datasets in a Web Worker is made from. The widget spawns the shared analysis worker
// with `spawnAnalysisWorker(name)` (../analysis-worker/spawn.ts).
import type { WorkerLike } from './client';
import type { DatasetEntry } from './manifest';

/** The widget's props: tests only, a stand-in for the Web Worker and the manifest. */
export interface WorkerWidgetProps {
  spawnWorker?: () => WorkerLike;
  manifest?: () => Promise<readonly DatasetEntry[]>;
}

/** What the widget's state is made from. */
export interface WorkerStateOptions {
  readonly spawn: () => WorkerLike;
  /** Where the manifest comes from (tests pass a list). */
  readonly manifest?: () => Promise<readonly DatasetEntry[]>;
  /** The keys of a share link, without the widget's prefix. */
  readonly initial?: Readonly<Record<string, string>>;
}
