// How large a file the browser widgets read. Measured in headless Chromium on a 2-core machine (RFM calculator,
// `writeBigTransactions` files): 1,000,000 rows / 40 MB read in 4.6 s (peak renderer memory 400 MB); 3,000,000 rows
// / 121 MB in 17 s (600 MB); 6,000,000 rows / 243 MB in 67 s (900 MB), past what a phone keeps a tab alive with.
// Files read as text columns (questionnaires) keep every cell as a string: 16 MB / 550,000 answers in 5.1 s (435 MB),
// 43 MB / 1,500,000 answers in 24.5 s (630 MB), so 30 MB costs about what 100 MB of transactions does.
import type { LoadMode, WorkerFailure } from './protocol';

const MB = 1024 * 1024;

/** The largest file each way of reading takes: 100 MB of transactions or customers, 30 MB of questionnaire text. */
export const UPLOAD_LIMITS: Readonly<Record<LoadMode, number>> = { transactions: 100 * MB, table: 100 * MB, auto: 100 * MB, columns: 30 * MB };

/** A size for people: `243.0 MB`, `850 KB`. */
export function sizeText(bytes: number): string {
  return bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/**
 * The failure for a file too large to read in the browser (checked before a byte is read), or null.
 * @example fileTooLarge(250 * 1024 * 1024, 'transactions')?.code // 'file-too-large'
 */
export function fileTooLarge(bytes: number, mode: LoadMode): WorkerFailure | null {
  const limit = UPLOAD_LIMITS[mode];
  if (bytes <= limit) return null;
  return {
    code: 'file-too-large',
    message: `这个文件有 ${sizeText(bytes)}，超过了浏览器里能分析的上限 ${sizeText(limit)}，所以没有读取。可以先在 Excel 里删掉不需要的列，或按时间分成几个文件再上传；大文件也可以用命令行（npm run crm）分析。`,
  };
}
