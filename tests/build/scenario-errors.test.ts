import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// A broken role-play script must fail the build, naming the file and the field (the zod schema in
// src/lib/scenario-schema.ts runs the engine's graph checks). Each case runs `astro sync` in a scratch copy.
let project: string;

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'crm-scenarios-'));
  for (const path of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'scripts']) cpSync(path, join(project, path), { recursive: true });
  symlinkSync(resolve('node_modules'), join(project, 'node_modules'));
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

describe('a broken role-play script fails the build, naming the file and the field', () => {
  it.each([
    ['a reply leading to a node that does not exist', (t: string) => t.replace('        next: angrier\n', '        next: angrer\n'), 'nodes.open.options.', '指向不存在的节点 angrer'],
    ['a misspelt field', (t: string) => t.replace('        next: details\n', '        nxet: details\n'), 'nxet', 'Unrecognized key'],
    ['a condition on a variable nobody declared', (t: string) => t.replace('      - if: apology == 0\n', '      - if: apologized == 0\n'), 'nodes.details.line.0.if', '未定义的变量 apologized'],
  ])('%s', { timeout: 120_000 }, (_, edit, field, message) => {
    const { status, output } = syncWith('scenarios/parcel-delay.yaml', edit);
    expect(status).not.toBe(0);
    expect(output).toContain('parcel-delay');
    expect(output).toContain(field);
    expect(output).toContain(message);
  });
});
