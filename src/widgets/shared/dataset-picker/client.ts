// The page side of an analysis worker: numbered requests, progress, a cancel that really stops the worker
// (it is terminated and a fresh one started on the next request), and the current dataset read again
// transparently after a cancel.
import type { HostRequest, HostResponse, LoadReport, LoadRequest, WorkerFailure } from './protocol';
import { workerFailure } from './worker-errors';

/** What the client needs of a Worker (a real one, or an in-page stand-in in tests). */
export interface WorkerLike {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (failure: WorkerFailure) => void;
  onProgress?: (fraction: number) => void;
}

/** A request without its id (the client numbers them). */
type HostRequestBody = HostRequest extends infer R ? (R extends HostRequest ? Omit<R, 'id'> : never) : never;

export const CANCELLED: WorkerFailure = Object.freeze({ code: 'aborted', message: '已取消。' });

export class DatasetWorkerClient {
  private worker: WorkerLike | null = null;
  /** Whether the current worker has said anything yet (its script runs). */
  private started = false;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** The last dataset loaded successfully, to read again in a fresh worker after a cancel. */
  private current: LoadRequest | null = null;
  private needsReload = false;

  constructor(private readonly spawn: () => WorkerLike) {}

  /** Reads a dataset in the worker; it becomes the one `call` works on. */
  async load(request: LoadRequest, onProgress?: (fraction: number) => void): Promise<LoadReport> {
    const report = (await this.send({ type: 'load', request }, onProgress)) as LoadReport;
    this.current = request;
    this.needsReload = false;
    return report;
  }

  /** Runs one of the worker's analysis handlers on the current dataset. */
  async call<T>(method: string, args: unknown = {}): Promise<T> {
    if (this.needsReload && this.current) {
      await this.send({ type: 'load', request: this.current });
      this.needsReload = false;
    }
    return (await this.send({ type: 'call', method, args })) as T;
  }

  /** Stops everything the worker is doing now: it is terminated; waiting requests fail with `CANCELLED`. */
  cancel(): void {
    if (!this.worker) return;
    this.worker.terminate();
    this.worker = null;
    this.needsReload = this.current !== null;
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const p of waiting) p.reject(CANCELLED);
  }

  dispose(): void {
    this.cancel();
    this.current = null;
  }

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker;
    const worker = this.spawn();
    this.started = false;
    worker.onmessage = (event) => {
      this.started = true;
      this.receive(event.data as HostResponse);
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      // Before the worker said anything its script did not run; after, it stopped on an error (often memory).
      const failure = workerFailure(this.started, event.message ?? '');
      if (this.started) console.error(`分析程序出错停止了：${event.message ?? ''}`);
      const waiting = [...this.pending.values()];
      this.pending.clear();
      this.worker?.terminate();
      this.worker = null;
      this.needsReload = this.current !== null;
      for (const p of waiting) p.reject(failure);
    };
    this.worker = worker;
    return worker;
  }

  private send(message: HostRequestBody, onProgress?: (fraction: number) => void): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onProgress });
      this.ensureWorker().postMessage({ ...message, id });
    });
  }

  private receive(message: HostResponse): void {
    if (message.type === 'started') return;
    const p = this.pending.get(message.id);
    if (!p) return;
    if (message.type === 'progress') {
      p.onProgress?.(message.fraction);
      return;
    }
    this.pending.delete(message.id);
    if (message.type === 'done') p.resolve(message.value);
    else p.reject({ code: message.code, message: message.message, ...(message.columns ? { columns: message.columns } : {}) });
  }
}

/**
 * A stand-in for a Worker that runs a host in the page, for component tests (happy-dom has no workers).
 * Messages are delivered asynchronously, as a worker's are.
 * @example inPageWorker((post) => createDatasetHost(handlers, post))
 */
export function inPageWorker(makeHost: (post: (message: HostResponse) => void) => (request: HostRequest) => Promise<void>): WorkerLike {
  let stopped = false;
  const stub: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(message) {
      queueMicrotask(() => {
        if (!stopped) void host(message as HostRequest);
      });
    },
    terminate() {
      stopped = true;
    },
  };
  const host = makeHost((message) => {
    if (!stopped) stub.onmessage?.({ data: message } as MessageEvent);
  });
  return stub;
}
