// `npm run crm -- …`: runs the command line from a bundle of src/cli + src/engine made by esbuild.
// A bundle starts in ~0.1 s where `tsx src/cli/crm.ts` compiles every module on each start; it is
// rebuilt (about 0.2 s) whenever one of the files it was built from (esbuild's metafile lists them) or
// package.json is newer than it, or one of them is gone. Checking those ~150 files costs a few ms; walking
// all of src/cli and src/engine on every start cost 20–70 ms on a busy machine.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'node_modules', '.cache', 'crm-cli', 'crm.mjs');
const inputsFile = `${bundle}.inputs.json`;

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return Infinity; // gone: a file the bundle was built from was moved or deleted
  }
}

/** True when the bundle is missing or older than a file it was built from (or package.json). */
function stale() {
  const built = mtime(bundle);
  if (built === Infinity) return true;
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(inputsFile, 'utf8'));
  } catch {
    return true;
  }
  return [join(root, 'package.json'), ...inputs.map((input) => join(root, input))].some((path) => mtime(path) > built);
}

if (stale()) {
  const { build } = await import('esbuild');
  mkdirSync(dirname(bundle), { recursive: true });
  const temporary = `${bundle}.${process.pid}.tmp`;
  const result = await build({
    entryPoints: [join(root, 'src', 'cli', 'crm.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: temporary,
    alias: { '~': join(root, 'src') },
    absWorkingDir: root,
    metafile: true,
    logLevel: 'error',
  });
  // The list first, then the bundle (atomic renames): a concurrent run sees the old or the new bundle, never half,
  // and a list never newer than its bundle.
  writeFileSync(`${inputsFile}.${process.pid}.tmp`, JSON.stringify(Object.keys(result.metafile.inputs)));
  renameSync(`${inputsFile}.${process.pid}.tmp`, inputsFile);
  renameSync(temporary, bundle);
}
await import(pathToFileURL(bundle).href);
