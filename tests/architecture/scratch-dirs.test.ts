import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Tests write files of up to 100 MB (a million-row upload, the command line's hostile inputs); a folder made with
// mkdtempSync and never removed fills /tmp run after run. Such folders come from tests/helpers/scratch-dirs.ts
// (removed after the test file) or are removed by the file that made them.
const root = fileURLToPath(new URL('../..', import.meta.url));

function testSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testSources(path);
    return /\.tsx?$/.test(entry.name) ? [relative(root, path)] : [];
  });
}

/** Files that make a temporary folder themselves but never remove anything. */
export function leftBehind(files: readonly { path: string; text: string }[]): string[] {
  return files.filter(({ text }) => /\bmkdtemp(Sync)?\(/.test(text) && !/\brm(Sync)?\(/.test(text)).map(({ path }) => path);
}

describe('temporary folders made by tests are removed', () => {
  it('flags a file that makes a folder and removes nothing, and not one that removes it', () => {
    expect(leftBehind([{ path: 'a.ts', text: "const d = mkdtempSync(join(tmpdir(), 'x-'));" }])).toEqual(['a.ts']);
    expect(leftBehind([{ path: 'b.ts', text: "const d = mkdtempSync(p);\nafterAll(() => rmSync(d, { recursive: true }));" }])).toEqual([]);
  });

  it('no test file leaves one behind', () => {
    const files = testSources(join(root, 'tests')).map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }));
    expect(files.length).toBeGreaterThan(100);
    expect(leftBehind(files)).toEqual([]);
  });
});
