// Worker entry helper: `serveInWorker(handlers)` is the whole body of the shared analysis worker (analysis-worker/).
import { createDatasetHost, type Handlers } from './host';
import type { HostRequest } from './protocol';

interface WorkerScope {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<HostRequest>) => void) | null;
}

/** Answers the page's dataset and analysis requests inside a Web Worker; says `started` first (see client.ts). */
export function serveInWorker(handlers: Handlers | (() => Promise<Handlers>)): void {
  const scope = self as unknown as WorkerScope;
  const host = createDatasetHost(handlers, (message, transfer) => scope.postMessage(message, transfer ?? []));
  scope.onmessage = (event) => void host(event.data);
  scope.postMessage({ id: 0, type: 'started' }, []);
}
