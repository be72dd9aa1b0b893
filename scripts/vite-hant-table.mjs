// Builds `virtual:hant-table`: the Simplified → Traditional table the browser needs for text that widgets
// render at run time (their own strings, engine messages and dataset values). Pages themselves are converted
// whole at build time (src/middleware.ts), so this table only covers what client code can show.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import * as OpenCC from 'opencc-js';
import { convertWithPhrases } from '../src/i18n/hant-convert.ts';

const ID = 'virtual:hant-table';
const RESOLVED = '\0' + ID;
// The exam bank and the lessons' 参考要点 are shown by islands (exam practice and papers, 思考与实践 self-marking).
const SOURCE_DIRS = ['src', 'content/scenarios', 'public/datasets', 'content/exam', 'content/chapters', 'content/supplements'];
// `.md`: a widget's MODEL.md is shown inside it (模型说明, `import('./MODEL.md?raw')`).
const SOURCE_EXT = new Set(['.ts', '.tsx', '.astro', '.yaml', '.json', '.csv', '.mdx', '.md']);
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

const MAX_PHRASE = 4;

/** The pieces of a run that OpenCC converts: what lies between the project's own phrases (src/i18n/hant-phrases.ts). */
function gapsOf(run) {
  const gaps = [];
  convertWithPhrases(run, (gap) => (gaps.push(gap), gap), (name) => name);
  return gaps.filter((gap) => gap.length > 0);
}

/**
 * `{ pairs, phrases }`: `pairs` alternates a Simplified character and its Traditional form; `phrases` holds the
 * words (2–4 characters) that OpenCC converts differently from character by character (软件 → 軟體), keeping
 * only those that occur in the sources, between the project's own phrases, and that shorter phrases do not
 * already explain. The browser converts greedily, longest phrase first, as OpenCC does, so it agrees with the
 * pages converted at build time.
 */
export function buildHantTable(root = '.') {
  const convert = OpenCC.Converter({ from: 'cn', to: 'twp' });
  const runs = new Set();
  for (const dir of SOURCE_DIRS) {
    for (const file of walk(join(root, dir))) {
      for (const run of readFileSync(file, 'utf8').match(CJK_RUN) ?? []) runs.add(run);
    }
  }
  const charMap = new Map();
  for (const run of runs) {
    for (const ch of run) {
      if (charMap.has(ch)) continue;
      const to = convert(ch);
      charMap.set(ch, [...to].length === 1 ? to : ch);
    }
  }
  const phrases = {};
  const withTable = (text) => {
    let out = '';
    for (let i = 0; i < text.length; ) {
      let step = 1;
      for (let n = Math.min(MAX_PHRASE, text.length - i); n >= 2; n -= 1) {
        const hit = phrases[text.slice(i, i + n)];
        if (hit !== undefined) { out += hit; step = n; break; }
      }
      if (step === 1) out += charMap.get(text[i]) ?? text[i];
      i += step;
    }
    return out;
  };
  const gaps = new Set([...runs].flatMap(gapsOf));
  for (let n = 2; n <= MAX_PHRASE; n += 1) {
    const seen = new Set();
    for (const run of gaps) {
      for (let i = 0; i + n <= run.length; i += 1) {
        const piece = run.slice(i, i + n);
        if (seen.has(piece)) continue;
        seen.add(piece);
        const to = convert(piece);
        if (to !== withTable(piece)) phrases[piece] = to;
      }
    }
  }
  let pairs = '';
  for (const [from, to] of [...charMap].sort()) if (from !== to) pairs += from + to;
  return { pairs, phrases };
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
