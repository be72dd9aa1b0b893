import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importGraph, sourceFiles } from './import-graph';

// Timeouts are sized for a busy two-core machine, in one place (tests/helpers/timeouts.ts): a test that starts a
// process (astro sync, the command line) sizes its tests and hooks with PROCESS_TIMEOUT, and no test writes a
// timeout of its own as a number (one that is shorter than the shared default fails first under load).
const root = fileURLToPath(new URL('../..', import.meta.url));

/** Test files (not e2e, which has its own config) that reach node:child_process through their imports. */
function processTestFiles(): string[] {
  const { files, edges } = importGraph(root, ['tests']);
  const spawning = new Set(edges.filter((e) => e.kind === 'virtual' && e.target === 'node:child_process').map((e) => e.from));
  const reaches = (file: string, seen = new Set<string>()): boolean =>
    spawning.has(file) || edges.some((e) => e.from === file && e.kind === 'file' && !seen.has(e.target) && seen.add(e.target) && reaches(e.target, seen));
  return files.filter((f) => /\.test\.tsx?$/.test(f) && !f.startsWith('tests/e2e/') && reaches(f));
}

/** Timeouts written as numbers: `timeout: 5000`, or a number after a test's function. */
function numberTimeouts(text: string): string[] {
  return [...text.matchAll(/\b[tT]imeout: [\d_]+|\}, [\d_]{3,}\)/g)].map((m) => `has a timeout of its own: ${m[0]}`);
}

/** What is wrong with the timeouts of a file that starts a process, or an empty list. */
function timeoutProblems(text: string): string[] {
  const problems: string[] = [];
  if (!/import \{[^}]*\bPROCESS_TIMEOUT\b[^}]*\} from '(\.\.\/)+helpers\/timeouts'/.test(text)) problems.push('does not import PROCESS_TIMEOUT from tests/helpers/timeouts');
  if (!/^vi\.setConfig\(\{ testTimeout: PROCESS_TIMEOUT, hookTimeout: PROCESS_TIMEOUT \}\);$/m.test(text)) problems.push('does not call vi.setConfig({ testTimeout: PROCESS_TIMEOUT, hookTimeout: PROCESS_TIMEOUT })');
  return [...problems, ...numberTimeouts(text)];
}

describe('tests that start a process have timeouts for a busy machine', () => {
  const files = processTestFiles();

  it('finds the build and command-line tests', () => {
    expect(files).toEqual(expect.arrayContaining(['tests/build/content-errors.test.ts', 'tests/cli/crm.test.ts']));
  });

  it.each(files)('%s', (file) => {
    expect(timeoutProblems(readFileSync(join(root, file), 'utf8'))).toEqual([]);
  });

  it('no other test writes a timeout as a number', () => {
    const others = sourceFiles(root, ['tests']).filter((f) => !f.startsWith('tests/e2e/') && !f.startsWith('tests/architecture/'));
    expect(others.flatMap((f) => numberTimeouts(readFileSync(join(root, f), 'utf8')).map((p) => `${f} ${p}`))).toEqual([]);
  });

  it('a file with Vitest’s default, or a number of its own, is caught', () => {
    expect(timeoutProblems("import { it } from 'vitest';\nit('runs astro sync', () => {}, 120_000);\n")).toHaveLength(3);
    expect(numberTimeouts("await waitFor(() => expect(x).toBe(1), { timeout: 4000 });\nit('x', { timeout: 60_000 }, () => {});")).toHaveLength(2);
    expect(timeoutProblems("import { PROCESS_TIMEOUT } from '../helpers/timeouts';\nvi.setConfig({ testTimeout: PROCESS_TIMEOUT, hookTimeout: PROCESS_TIMEOUT });\nspawnSync('node', [], { timeout: 60_000 });\n")).toEqual([
      'has a timeout of its own: timeout: 60_000',
    ]);
  });
});
