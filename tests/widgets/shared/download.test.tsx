// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveCsvFile } from '~/widgets/shared/download';

let saved: { name: string; type: string; text: Promise<string> }[];

beforeEach(() => {
  saved = [];
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${blobs.size + 1}`;
    blobs.set(url, blob);
    return url;
  }) as typeof URL.createObjectURL;
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href)!;
    saved.push({ name: this.download, type: blob.type, text: blob.text() });
  });
});
afterEach(() => vi.restoreAllMocks());

describe('saveCsvFile', () => {
  it('saves the CSV under its name, for Excel, and says what was saved', async () => {
    const line = await saveCsvFile(Promise.resolve({ ok: true, value: { csv: '\uFEFF客户,类别\r\nK01,A\r\n', rows: 1, filename: 'ABC-例题-A70-B90.csv' } }), (file) => `已导出 ${file.rows} 位客户（${file.filename}）。`);
    expect(line).toBe('已导出 1 位客户（ABC-例题-A70-B90.csv）。');
    expect(saved.map((s) => [s.name, s.type])).toEqual([['ABC-例题-A70-B90.csv', 'text/csv;charset=utf-8']]);
    expect(await saved[0]!.text).toBe('\uFEFF客户,类别\r\nK01,A\r\n');
  });

  it('saves nothing when the export failed, and says why', async () => {
    const line = await saveCsvFile(Promise.resolve({ ok: false, code: 'no-dataset', message: '还没有可导出的结果。' }), () => '不该出现');
    expect(line).toBe('导出失败：还没有可导出的结果。');
    expect(saved).toEqual([]);
  });
});
