import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PROCESS_TIMEOUT } from '../helpers/timeouts';

vi.setConfig({ testTimeout: PROCESS_TIMEOUT, hookTimeout: PROCESS_TIMEOUT });

// scripts/codemods/engine-folders.mjs on a small repository laid out as the engine was before the move, with a file
// another branch might add: it moves, rewrites, re-exports, lists what it does not know, and a second run changes nothing.
const script = fileURLToPath(new URL('../../scripts/codemods/engine-folders.mjs', import.meta.url));
const repo = mkdtempSync(join(tmpdir(), 'crm-engine-folders-'));
const files: Record<string, string> = {
  'src/engine/index.ts': "// Re-exports only.\nexport * from './errors';\nexport * from './clv';\nexport * from './rfm';\nexport * from './retention';\n",
  'src/engine/errors.ts': 'export class EngineError extends Error {}\n',
  'src/engine/guards.ts': "import { EngineError } from './errors';\nexport const check = () => new EngineError();\n",
  'src/engine/clv.ts': "import { check } from './guards';\nexport const clv = check;\n",
  'src/engine/rfm/index.ts': "export * from './compute-rfm';\n",
  'src/engine/rfm/compute-rfm.ts': "import { EngineError } from '../errors';\nexport const computeRfm = EngineError;\n",
  'src/engine/rfm/added-later.ts': "import { computeRfm } from './compute-rfm';\nexport const later = computeRfm;\n",
  'src/engine/retention/index.ts': "export * from './churn-rate';\nexport * from './retention-rate';\n",
  'src/engine/retention/churn-rate.ts': 'export const churnRate = 1;\n',
  'src/engine/retention/retention-rate.ts': 'export const retentionRate = 1;\n',
  'src/engine/brand-new.ts': 'export const brandNew = 1;\n',
  'src/widgets/w/state.ts': "import { clv } from '../../engine/clv';\nimport { churnRate } from '~/engine/retention';\nexport const w = [clv, churnRate];\n",
  'tests/engine/clv.test.ts': "import { clv } from '~/engine/clv';\nimport { expectEngineError } from './expect-engine-error';\nconst data = new URL('../fixtures/x.json', import.meta.url);\nexport { clv, expectEngineError, data };\n",
  'tests/engine/expect-engine-error.ts': 'export const expectEngineError = 1;\n',
  'tests/engine/rfm/compute-rfm.test.ts': "import { computeRfm } from '../../../src/engine/rfm/compute-rfm';\nexport { computeRfm };\n",
};
const read = (path: string) => readFileSync(join(repo, path), 'utf8');
const run = () => execFileSync(process.execPath, [script], { cwd: repo, encoding: 'utf8', timeout: PROCESS_TIMEOUT });
let first = '';

beforeAll(() => {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), text);
  }
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'ignore' });
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.email=t@t', '-c', 'user.name=t', 'commit', '-q', '-m', 'before');
  first = run();
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('the engine-folders codemod', () => {
  it('moves files, folders and their tests, and lists the file it does not know', () => {
    expect(existsSync(join(repo, 'src/engine/core/errors.ts'))).toBe(true);
    expect(existsSync(join(repo, 'src/engine/tiering/rfm/added-later.ts'))).toBe(true);
    expect(existsSync(join(repo, 'src/engine/loyalty/churn/churn-rate.ts'))).toBe(true);
    expect(existsSync(join(repo, 'tests/engine/tiering/clv.test.ts'))).toBe(true);
    expect(existsSync(join(repo, 'tests/engine/tiering/rfm/compute-rfm.test.ts'))).toBe(true);
    expect(existsSync(join(repo, 'src/engine/rfm'))).toBe(false);
    expect(first).toContain('not in the table, left at the top of src/engine/: brand-new.ts');
  });

  it('rewrites relative, ~/ and new URL paths from and to moved files', () => {
    expect(read('src/engine/tiering/rfm/compute-rfm.ts')).toContain("from '../../core/errors'");
    expect(read('src/engine/tiering/clv.ts')).toContain("from '../core/guards'");
    expect(read('src/widgets/w/state.ts')).toContain("from '../../engine/tiering/clv'");
    // retention/ lost churn-rate to loyalty/churn/: its importers go to the index that has both.
    expect(read('src/widgets/w/state.ts')).toContain("from '~/engine/loyalty'");
    expect(read('tests/engine/tiering/clv.test.ts')).toContain("from '../expect-engine-error'");
    expect(read('tests/engine/tiering/clv.test.ts')).toContain("new URL('../../fixtures/x.json', import.meta.url)");
    expect(read('tests/engine/tiering/rfm/compute-rfm.test.ts')).toContain("from '../../../../src/engine/tiering/rfm/compute-rfm'");
  });

  it('re-exports every module that was public from its new folders, up to the engine index', () => {
    expect(read('src/engine/index.ts')).toBe("// Re-exports only.\nexport * from './core';\nexport * from './tiering';\nexport * from './loyalty';\n");
    expect(read('src/engine/core/index.ts')).toContain("export * from './errors';");
    expect(read('src/engine/core/index.ts')).not.toContain("from './guards'"); // it was not public before either
    expect(read('src/engine/loyalty/index.ts').split('\n').filter((l) => l.startsWith('export')).sort()).toEqual(["export * from './churn';", "export * from './retention';"]);
    expect(read('src/engine/loyalty/retention/index.ts')).not.toContain('churn-rate');
    expect(read('src/engine/loyalty/churn/index.ts')).toContain("export * from './churn-rate';");
  });

  it('changes nothing when run again', () => {
    expect(run()).toContain('0 file(s) moved, 0 file(s) written');
  });
});
