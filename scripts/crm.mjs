// `npm run crm -- …`: runs the command line from a bundle of src/cli + src/engine made by esbuild.
// A bundle starts in ~0.1 s where `tsx src/cli/crm.ts` compiles every module on each start; it is
// rebuilt (about 0.2 s) whenever a source file under src/ is newer than it.
import { mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'node_modules', '.cache', 'crm-cli', 'crm.mjs');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.(ts|js|mjs|json)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function bundleTime() {
  try {
    return statSync(bundle).mtimeMs;
  } catch {
    return -1;
  }
}

const sources = Math.max(newestSource(join(root, 'src', 'cli')), newestSource(join(root, 'src', 'engine')), statSync(join(root, 'package.json')).mtimeMs);
if (bundleTime() < sources) {
  const { build } = await import('esbuild');
  mkdirSync(dirname(bundle), { recursive: true });
  const temporary = `${bundle}.${process.pid}.tmp`;
  await build({
    entryPoints: [join(root, 'src', 'cli', 'crm.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: temporary,
    alias: { '~': join(root, 'src') },
    logLevel: 'error',
  });
  renameSync(temporary, bundle); // atomic: a concurrent run sees the old or the new bundle, never half
}
await import(pathToFileURL(bundle).href);
