// Writes the generated teaching datasets, manifest.json and LICENSES.md into public/datasets/.
//   npm run datasets            regenerate everything (same seeds → same bytes)
//   npm run datasets -- --check compare instead of writing; exit 1 if a file differs
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENERATED_DATASETS, GENERATED_LICENCE, GENERATED_SOURCE, generateDataset } from '../src/engine/generate/index';
import { REAL_DATASETS } from './datasets/real-datasets';
import { licensesMarkdown } from './datasets/licenses-markdown';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'public', 'datasets');
const check = process.argv.includes('--check');

const sha256 = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('hex');
/** Data rows: lines after the header, counting a last line without a newline. */
const countRows = (text: string): number => {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.length - 1;
};

const problems: string[] = [];
const put = (file: string, content: string): void => {
  const path = join(outDir, file);
  if (check) {
    if (!existsSync(path) || readFileSync(path, 'utf8') !== content) problems.push(`${file} 与重新生成的结果不同(differs from a fresh generation)`);
  } else {
    writeFileSync(path, content);
  }
};

const manifest: unknown[] = [];
for (const info of GENERATED_DATASETS) {
  const started = performance.now();
  const dataset = generateDataset(info.id);
  const ms = performance.now() - started;
  const bytes = Buffer.byteLength(dataset.csv, 'utf8');
  console.log(`${info.file.padEnd(32)} ${String(dataset.table.rows).padStart(6)} 行 ${(bytes / 1024).toFixed(0).padStart(5)} KB  ${ms.toFixed(0)} ms`);
  if (bytes > 3 * 1024 * 1024) problems.push(`${info.file} 超过 3 MB(over 3 MB): ${bytes} bytes`);
  put(info.file, dataset.csv);
  manifest.push({
    id: info.id,
    file: info.file,
    title: info.title,
    description: info.description,
    rows: dataset.table.rows,
    columns: dataset.table.columns.map(({ name, type, meaning }) => ({ name, type, meaning })),
    licence: GENERATED_LICENCE,
    source: GENERATED_SOURCE,
    kind: info.kind,
    story: info.story,
    chapters: info.chapters,
    uses: info.uses,
    generated: true,
    seed: info.seed,
    studentVariants: true,
    encoding: 'UTF-8',
    bytes,
    sha256: sha256(dataset.csv),
  });
}

for (const real of REAL_DATASETS) {
  const path = join(outDir, real.file);
  const buffer = readFileSync(path);
  const text = buffer.toString('utf8');
  const header = text.slice(0, text.indexOf('\n')).replace(/\r$/, '');
  const expected = real.columns.map((c) => c.name).join(',');
  if (header !== expected) problems.push(`${real.file} 的表头是 “${header}”,清单写的是 “${expected}”(header does not match the manifest)`);
  manifest.push({
    id: real.id,
    file: real.file,
    title: real.title,
    description: real.description,
    rows: countRows(text),
    columns: real.columns,
    licence: real.licence,
    source: real.source,
    kind: real.kind,
    story: real.story,
    chapters: real.chapters,
    uses: real.uses,
    generated: false,
    credit: real.credit,
    licenceUrl: real.licenceUrl,
    encoding: 'UTF-8',
    bytes: buffer.length,
    sha256: sha256(buffer),
  });
}

put('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
put('LICENSES.md', licensesMarkdown(GENERATED_DATASETS, REAL_DATASETS));

if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}
console.log(check ? '全部一致(all files match a fresh generation)' : `已写入 ${outDir}`);
