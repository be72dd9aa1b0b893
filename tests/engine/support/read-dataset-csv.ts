import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Reads a bundled dataset from `public/datasets/` into header-keyed rows of strings.
 * Test helper only: the files it is used on have no quoted fields, so a plain split is enough.
 */
export function readDatasetCsv(file: string): Record<string, string>[] {
  const path = fileURLToPath(new URL(`../../../public/datasets/${file}`, import.meta.url));
  const [header, ...lines] = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  const names = header!.split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(names.map((name, i) => [name, cells[i] ?? '']));
  });
}
