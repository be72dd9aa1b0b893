// A large transaction file read on two threads: this thread reads the first half while a worker thread
// (`read-part-worker.ts`) reads the header line followed by the second half;
// the engine joins the two (`joinTransactionRows`, docs/contracts.md §4 rules unchanged). Whenever the parts
// cannot be joined exactly, the caller reads the file whole, which also gives any error its right line.
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import {
  headerLineEnd,
  joinTransactionRows,
  readTransactionRows,
  type ReadTransactionsOptions,
  type TransactionRows,
  type TransactionRowsMessage,
} from '../engine/ingest';
import { CHUNK_BYTES } from './open-file';

/** Below this size one thread is faster: starting a worker costs about 50 ms. */
export const TWO_PART_MIN_BYTES = 8 << 20;
/**
 * Above this size one thread is kept: joining holds both parts' rows and grows the first part's tables at once, which
 * cost 10 million rows (356 MB) about 180 MB more memory for a gain in time that a busy machine did not always show.
 */
export const TWO_PART_MAX_BYTES = 256 << 20;
const PROBE_BYTES = 1 << 16;

/** What the worker reads (its `workerData`). */
export interface SecondPart {
  readonly path: string;
  readonly start: number;
  readonly header: Uint8Array;
  readonly options: ReadTransactionsOptions;
}

/** The worker's bundle, beside the command line's (scripts/crm.mjs builds both from read-part-worker.ts): a built file, not a source. */
const WORKER = new URL('read-part.mjs', import.meta.url);

/**
 * The rows of the file at `path` (`size` bytes) read as two parts, or null when it must be read whole: it is
 * small or very large, has no usable header line or line end near the middle, has a `"` in its first half, or a part failed
 * or was read differently (also when `workerFile` is not there: then it fails at once).
 */
export async function readInTwoParts(path: string, size: number, options: ReadTransactionsOptions, workerFile = WORKER): Promise<TransactionRows | null> {
  if (size < TWO_PART_MIN_BYTES || size > TWO_PART_MAX_BYTES) return null;
  const cut = findCut(path, size);
  if (cut === null) return null;
  const workerData: SecondPart = { path, start: cut.start, header: cut.header, options: { ...options, totalBytes: size - cut.start + cut.header.length } };
  const worker = new Worker(workerFile, { workerData });
  const second = new Promise<TransactionRowsMessage | null>((resolve) => {
    worker.once('message', resolve);
    worker.once('error', () => resolve(null));
    worker.once('exit', () => resolve(null));
  });
  let quoted = false;
  async function* firstPart(): AsyncGenerator<Uint8Array> {
    let at = 0;
    for await (const chunk of createReadStream(path, { start: 0, end: cut!.start - 1, highWaterMark: CHUNK_BYTES }) as AsyncIterable<Buffer>) {
      // A quote after the header could open a cell that goes on past the cut.
      if (!quoted && chunk.indexOf(0x22, Math.max(0, cut!.header.length - at)) >= 0) quoted = true;
      at += chunk.length;
      yield chunk;
    }
  }
  let first: TransactionRows;
  try {
    first = await readTransactionRows(firstPart(), { ...options, totalBytes: size });
  } catch {
    void worker.terminate();
    return null;
  }
  if (quoted) {
    void worker.terminate();
    return null;
  }
  const message = await second;
  return message === null ? null : joinTransactionRows(first, message);
}

/** The header line and the start of the first line after the middle of the file, or null. */
function findCut(path: string, size: number): { header: Uint8Array; start: number } | null {
  const fd = openSync(path, 'r');
  try {
    const head = new Uint8Array(PROBE_BYTES);
    const headEnd = headerLineEnd(head.subarray(0, readSync(fd, head, 0, PROBE_BYTES, 0)));
    if (headEnd < 0) return null;
    const middle = Math.floor(size / 2);
    const probe = new Uint8Array(PROBE_BYTES);
    const lineFeed = probe.subarray(0, readSync(fd, probe, 0, PROBE_BYTES, middle)).indexOf(0x0a);
    if (lineFeed < 0 || middle + lineFeed + 1 >= size || middle <= headEnd) return null;
    return { header: head.slice(0, headEnd), start: middle + lineFeed + 1 };
  } finally {
    closeSync(fd);
  }
}
