// What went wrong with the analysis worker itself (not with the data), said as what it is: the worker never
// started, the browser ran out of memory, or the worker stopped on an unexpected error.
import type { WorkerFailure } from './protocol';

/** The browser could not start the worker script (an old browser, or the script failed to load). */
export const WORKER_NOT_STARTED: WorkerFailure = Object.freeze({
  code: 'worker-failed',
  message: '浏览器无法启动分析程序。请刷新页面再试；仍不行时，请换用新版的 Chrome、Edge、Firefox 或 Safari。',
});

/** The worker ran out of memory part way (a very large file). */
export const WORKER_OUT_OF_MEMORY: WorkerFailure = Object.freeze({
  code: 'out-of-memory',
  message: '浏览器的内存不够，分析中途停止了。文件可能太大：请关掉其他网页再试，或先在 Excel 里删掉不需要的列、把文件分成几份。',
});

/** The worker stopped on an error it did not expect (a bug; the browser's own words go to the console). */
export const WORKER_CRASHED: WorkerFailure = Object.freeze({
  code: 'worker-crashed',
  message: '分析程序出错停止了。请再试一次；如果还是这样，请刷新页面。',
});

/** Errors a JavaScript engine throws when it cannot get memory for an array, a buffer or a string. */
const OUT_OF_MEMORY = /out of memory|allocation failed|invalid (typed )?array length|invalid string length|array buffer/i;

/**
 * The failure for an error the worker did not catch or that was no engine error: `started` false means the
 * worker script itself never ran. `detail` is what the browser said (an ErrorEvent's message).
 * @example workerFailure(true, 'Uncaught RangeError: Array buffer allocation failed').code // 'out-of-memory'
 */
export function workerFailure(started: boolean, detail: string): WorkerFailure {
  if (!started) return WORKER_NOT_STARTED;
  return OUT_OF_MEMORY.test(detail) ? WORKER_OUT_OF_MEMORY : WORKER_CRASHED;
}
