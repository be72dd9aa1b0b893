import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// A malformed content file must fail the build with a message naming the file and the field.
// Each case runs `astro sync` in a scratch copy of the project. Its node_modules links each package but not
// the caches (node_modules/.astro holds Astro's content store), so the real project's cache is untouched.
let project: string;

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'crm-content-'));
  for (const path of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'scripts']) cpSync(path, join(project, path), { recursive: true });
  mkdirSync(join(project, 'node_modules'));
  for (const name of readdirSync('node_modules')) {
    if (!name.startsWith('.')) symlinkSync(resolve('node_modules', name), join(project, 'node_modules', name));
  }
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

function syncWith(file: string, edit: (text: string) => string): { status: number | null; output: string } {
  const content = join(project, `content-${Math.random().toString(36).slice(2)}`);
  cpSync('content', content, { recursive: true });
  const target = join(content, file);
  writeFileSync(target, edit(readFileSync(target, 'utf8')));
  const result = spawnSync(process.execPath, ['node_modules/astro/astro.js', 'sync'], {
    cwd: project,
    env: { ...process.env, CRM_CONTENT_ROOT: content, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('a malformed content file fails the build, naming the file and the field', () => {
  it.each([
    ['a negative number of hours', 'chapters/01-crm-philosophy.mdx', (t: string) => t.replace(/^hours: .*$/m, 'hours: -4'), 'hours'],
    ['a section heading without 第X节', 'chapters/02-crm-technology.mdx', (t: string) => t.replace('heading: 第一节 ', 'heading: '), 'heading'],
    ['a glossary term without a definition', 'glossary/terms.yaml', (t: string) => t.replace(/^(\s+)definition: .*$/m, '$1definition: 短'), 'definition'],
  ])('%s', (_, file, edit, field) => {
    const { status, output } = syncWith(file, edit);
    expect(status).not.toBe(0);
    expect(output).toContain(file.split('/').pop()!.replace(/\.(mdx|yaml)$/, ''));
    expect(output).toContain(field);
  });

  it('the real content passes', () => {
    const { status, output } = syncWith('chapters/01-crm-philosophy.mdx', (t) => t);
    expect(status, output).toBe(0);
  });
});
