// The worker thread `readInTwoParts` starts (bundled on its own as read-part.mjs, so it loads only the ingest
// code): reads the header line followed by the file's second part and posts the rows.
import { createReadStream } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { transactionRowsMessage } from '../engine/ingest/join-transaction-rows';
import { readTransactionRows } from '../engine/ingest/read-transactions';
import { CHUNK_BYTES } from './open-file';
import type { SecondPart } from './read-in-two-parts';

const { path, start, header, options } = workerData as SecondPart;

async function* bytes(): AsyncGenerator<Uint8Array> {
  yield header;
  yield* createReadStream(path, { start, highWaterMark: CHUNK_BYTES });
}

const { message, transfer } = transactionRowsMessage(await readTransactionRows(bytes(), options));
parentPort!.postMessage(message, transfer);
