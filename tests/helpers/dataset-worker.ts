import { readFileSync } from 'node:fs';
import type { WorkerLike } from '~/widgets/shared/dataset-picker/client';
import { inPageWorker } from '~/widgets/shared/dataset-picker/client';
import { createDatasetHost, type Handler } from '~/widgets/shared/dataset-picker/host';

/** A widget's `spawnWorker` for component tests: its worker's handlers, run in the page instead of a Web Worker. */
export function inPageDatasetWorker(handlers: Readonly<Record<string, Handler>>): () => WorkerLike {
  return () => inPageWorker((post) => createDatasetHost(handlers, post));
}

/** A `fetch` answered from the repository's public/ folder, as the site serves it (bundled datasets). */
export async function fetchFromPublic(url: string): Promise<Response> {
  return new Response(readFileSync(`public${new URL(url, 'http://x').pathname}`));
}
