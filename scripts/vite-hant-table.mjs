// Builds `virtual:hant-table`: the Simplified → Traditional table the browser needs for text that widgets
// render at run time (their own strings, engine messages and dataset values). Pages themselves are converted
// whole at build time (src/middleware.ts), so this table only covers what client code can show.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import * as OpenCC from 'opencc-js';

const ID = 'virtual:hant-table';
const RESOLVED = '\0' + ID;
const SOURCE_DIRS = ['src', 'content/scenarios', 'public/datasets'];
const SOURCE_EXT = new Set(['.ts', '.tsx', '.astro', '.yaml', '.json', '.csv']);
const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g;

function* walk(dir) {
  let names;
  try { names = readdirSync(dir); } catch { return; }
  for (const name of names) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else if (SOURCE_EXT.has(extname(name))) yield path;
  }
}

/** `{ pairs, runs }`: `pairs` alternates a Simplified character and its Traditional form; `runs` holds phrases OpenCC converts differently from character by character. */
export function buildHantTable(root = '.') {
  const convert = OpenCC.Converter({ from: 'cn', to: 'twp' });
  const runs = new Set();
  const chars = new Set();
  for (const dir of SOURCE_DIRS) {
    for (const file of walk(join(root, dir))) {
      const isData = file.endsWith('.csv');
      for (const run of readFileSync(file, 'utf8').match(CJK_RUN) ?? []) {
        for (const ch of run) chars.add(ch);
        if (!isData && run.length > 1) runs.add(run);
      }
    }
  }
  const charMap = new Map();
  let pairs = '';
  for (const ch of [...chars].sort()) {
    const to = convert(ch);
    if (to !== ch && [...to].length === 1) { charMap.set(ch, to); pairs += ch + to; }
  }
  const byChar = (s) => [...s].map((c) => charMap.get(c) ?? c).join('');
  const phraseRuns = {};
  for (const run of [...runs].sort()) {
    const to = convert(run);
    if (to !== byChar(run)) phraseRuns[run] = to;
  }
  return { pairs, runs: phraseRuns };
}

export function hantTablePlugin() {
  return {
    name: 'crm-lab-hant-table',
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      return `export default ${JSON.stringify(buildHantTable())};`;
    },
  };
}
