import type { Outcome } from './outcome';
import type { CsvFile } from './worker-requests';

/** Offers text or bytes as a file download (nothing leaves the browser); bytes are saved exactly as given. */
export function downloadText(filename: string, content: string | Uint8Array, type: string): void {
  const url = URL.createObjectURL(new Blob([content as BlobPart], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Today's date as YYYY-MM-DD in local time, for file names. */
export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * Saves an exported CSV (Excel opens it: UTF-8 with BOM) and returns the status line to show: `saved(file)`, or
 * why the export failed.
 */
export async function saveCsvFile(made: Promise<Outcome<CsvFile>>, saved: (file: CsvFile) => string): Promise<string> {
  const result = await made;
  if (!result.ok) return `导出失败：${result.message}`;
  downloadText(result.value.filename, result.value.csv, 'text/csv;charset=utf-8');
  return saved(result.value);
}
