import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * A scratch copy of the project for build checks: `astro sync` runs there against an edited copy of
 * content/. Its node_modules links each package but not the caches (node_modules/.astro holds Astro's
 * content store), so the real project's cache is never touched.
 */
export function createScratchProject(prefix: string): { syncWith: (file: string, edit: (text: string) => string) => { status: number | null; output: string }; remove: () => void } {
  const project = mkdtempSync(join(tmpdir(), prefix));
  for (const path of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'scripts']) cpSync(path, join(project, path), { recursive: true });
  mkdirSync(join(project, 'node_modules'));
  for (const name of readdirSync('node_modules')) {
    if (!name.startsWith('.')) symlinkSync(resolve('node_modules', name), join(project, 'node_modules', name));
  }

  /** Copies content/, applies `edit` to one file, runs `astro sync`; returns its exit status and output. */
  const syncWith = (file: string, edit: (text: string) => string) => {
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
  };
  return { syncWith, remove: () => rmSync(project, { recursive: true, force: true }) };
}
