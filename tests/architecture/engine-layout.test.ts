import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SECTIONS } from '../../scripts/codemods/engine-folders.mjs';

// src/engine/ has a second level: one folder per section of its README, each with an index.ts; nothing loose at the
// top but index.ts and README.md (scripts/codemods/engine-folders.mjs holds the sections and the moves).
const root = fileURLToPath(new URL('../..', import.meta.url));
const engine = join(root, 'src/engine');

const folders = (dir: string): string[] =>
  readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .flatMap((name) => [posix.join(posix.relative(engine, dir).split('\\').join('/'), name), ...folders(join(dir, name))].map((p) => p.replace(/^\//, '')));

describe('the engine is laid out by the sections of its README', () => {
  it('its top level holds the section folders, index.ts and README.md only', () => {
    const loose = readdirSync(engine).filter((name) => (statSync(join(engine, name)).isDirectory() ? !(name in SECTIONS) : !['index.ts', 'README.md'].includes(name)));
    expect(loose).toEqual([]);
  });

  it('every folder has an index.ts', () => {
    expect(folders(engine).filter((folder) => !existsSync(join(engine, folder, 'index.ts')))).toEqual([]);
  });

  it('index.ts re-exports each section, in the order of the README', () => {
    const lines = readFileSync(join(engine, 'index.ts'), 'utf8').split('\n').filter((l) => l.startsWith('export'));
    expect(lines).toEqual(Object.keys(SECTIONS).map((name) => `export * from './${name}';`));
  });

  it('the README has one section per folder, in the same order', () => {
    const headings = readFileSync(join(engine, 'README.md'), 'utf8').match(/^## .*$/gm) ?? [];
    const named = headings.map((h) => /\(`([a-z-]+)\/`\)/.exec(h)?.[1] ?? null);
    expect(named).toEqual(Object.keys(SECTIONS));
  });
});
