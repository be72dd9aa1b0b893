#!/usr/bin/env node
// Gives src/engine/ its second level: one folder per section of src/engine/README.md, each with an index.ts.
// From the table of moves below it moves each engine file or folder and its tests (tests/engine/ mirrors
// src/engine/) with `git mv`, rewrites every relative and `~/engine/…` import (and `new URL('…', import.meta.url)`)
// in src/, tests/ and scripts/ to the new paths, re-exports each moved module from its new folder's index.ts up
// to src/engine/index.ts, and rewrites `src/engine/<old path>` where text names it.
//
// Safe to run again: what is already in place is left alone, so a second run changes nothing. Files that the
// table does not name stay where they are; the ones left at the engine's top level are listed at the end.
//
//   node scripts/codemods/engine-folders.mjs           move and rewrite
//   node scripts/codemods/engine-folders.mjs --check   list what would move (exit 1 if anything would)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';

const ENGINE = 'src/engine';
const ENGINE_TESTS = 'tests/engine';

/** The sections: folder → the first line of its index.ts. */
export const SECTIONS = {
  core: 'Shared pieces: engine errors, argument guards, transaction types, dates, number text, CSV export, paged rows',
  ingest: 'Reading CSV files: encodings, delimiters, headers, dates and amounts, rows that cannot be read',
  models: 'Probability models: special functions, the optimiser, BG/NBD, Gamma-Gamma and shifted-beta-geometric fits',
  technology: 'Chapter 2 (CRM technology): Erlang C staffing, call volumes, association rules',
  selection: 'Chapters 3–4 (customer selection and acquisition): profitability, the card sorter, scorecards, acquisition cost',
  information: 'Chapter 5 (customer information): 5C credit rating and the customer record sheet',
  tiering: 'Chapter 6 (customer tiering): RFM, ABC and customer lifetime value',
  communication: 'Chapter 7 (customer communication): complaint measures and the complaint role-play',
  satisfaction: 'Chapter 8 (customer satisfaction): CSAT, NPS, IPA, SERVQUAL and questionnaires',
  loyalty: 'Chapters 9–10 (loyalty and win-back): repurchase, cohorts, the loyalty matrix, retention, churn and win-back',
  quiz: 'Self-check quizzes: questions, scoring, attempts and class mode',
  generate: 'Teaching datasets: seeded generators, byte for byte in every JavaScript engine',
  'answer-key': "The instructor's answer keys of generated datasets",
  crm: 'The practice CRM: ticket flow, duplicates, masking, audit diffs, the funnel, reminders, imports and seeded workspaces',
  exam: 'The exam bank: objective scoring, self-marking, the 错题本, practice sets, paper blueprints and A/B papers, score sheets and 课程目标达成度',
  'result-code': 'Result codes (提交码): the binary record, class binding and checksum, and what the class board makes of pasted codes',
};

/**
 * The moves, in paths under src/engine/: a file to a folder (`'clv.ts', 'tiering/'`, the name kept) or a folder
 * to its new path (`'rfm/', 'tiering/rfm/'`). A file named inside a moved folder goes where its own row says.
 */
export const MOVES = [
  ['errors.ts', 'core/'],
  ['pass-mark.ts', 'core/'],
  ['types.ts', 'core/'],
  ['guards.ts', 'core/'],
  ['dates.ts', 'core/'],
  ['number-text.ts', 'core/'],
  ['csv-export.ts', 'core/'],
  ['query-rows.ts', 'core/'],
  ['transactions-from-records.ts', 'core/'],
  ['transaction-date-range.ts', 'core/'],
  ['customer-purchase-days.ts', 'core/'],

  ['special-functions.ts', 'models/'],
  ['optimize.ts', 'models/'],
  ['bgnbd-summary.ts', 'models/'],
  ['bgnbd.ts', 'models/'],
  ['gamma-gamma.ts', 'models/'],
  ['bgnbd-clv.ts', 'models/'],
  ['sbg.ts', 'models/'],
  ['sbg-fit-table.ts', 'models/'],

  ['erlang-c/', 'technology/erlang-c/'],
  ['call-volume/', 'technology/call-volume/'],
  ['association-rule.ts', 'technology/'],

  ['profitability/', 'selection/profitability/'],
  ['profitability-inputs.ts', 'selection/profitability/'],
  ['sorter/', 'selection/sorter/'],
  ['weighted-scorecard.ts', 'selection/'],
  ['acquisition-cost.ts', 'selection/'],

  ['credit-5c.ts', 'information/credit/'],
  ['credit-5c-chapter-example.ts', 'information/credit/'],
  ['credit-weight-percents.ts', 'information/credit/'],
  ['credit-grade-distribution.ts', 'information/credit/'],
  ['credit-risk-ranking.ts', 'information/credit/'],
  ['credit-score-separation.ts', 'information/credit/'],
  ['credit-default-flag.ts', 'information/credit/'],
  ['customer-profile/', 'information/customer-profile/'],

  ['rfm/', 'tiering/rfm/'],
  ['abc/', 'tiering/abc/'],
  ['clv.ts', 'tiering/'],
  ['clv-compare.ts', 'tiering/'],

  ['complaints/', 'communication/complaints/'],
  ['complaint-iceberg.ts', 'communication/complaints/'],
  ['complaint-handling-kpis.ts', 'communication/complaints/'],
  ['roleplay/', 'communication/roleplay/'],

  ['loyalty-matrix/', 'loyalty/matrix/'],
  ['retention/', 'loyalty/retention/'],
  ['retention/churn-rate.ts', 'loyalty/churn/'],
  ['retention/churn-cost.ts', 'loyalty/churn/'],
  ['loyalty/churn-by-inactivity.ts', 'loyalty/churn/'],
  ['loyalty/churn-rule-agreement.ts', 'loyalty/churn/'],
  ['loyalty/win-back-priority.ts', 'loyalty/churn/'],
  ['loyalty/win-back-candidates.ts', 'loyalty/churn/'],
  ['loyalty/win-back-chapter-example.ts', 'loyalty/churn/'],
  ['loyalty/p-alive-histogram.ts', 'loyalty/churn/'],
  ['loyalty/p-alive-over-silence.ts', 'loyalty/churn/'],
  ['loyalty/spend-by-customer.ts', 'loyalty/churn/'],
  ['share-of-wallet.ts', 'loyalty/'],
];

/** The first line of index.ts in folders whose contents the moves change (kept in step on every run). */
export const INDEX_HEADERS = {
  loyalty: SECTIONS.loyalty,
  'loyalty/churn': 'Churn and win-back: churn rules, churn rate and cost, P(alive), the win-back list',
  'loyalty/retention': 'Retention: rates, survivor curves and projections, the Fader & Hardie cohorts',
  'information/credit': '5C credit rating: the rating, weights, grade distribution, risk ranking, score separation',
  'communication/complaints': 'Complaint measures: counts by type, first-contact resolution, the complaint iceberg, handling KPIs',
};

/** Tests whose names do not follow one module, in paths under tests/engine/. */
export const TEST_MOVES = [
  ['credit-5c-teaching.test.ts', 'information/credit/'],
  ['loyalty/win-back-helpers.test.ts', 'loyalty/churn/'],
];

const SOURCE = /\.(ts|tsx|mts|js|mjs|astro|mdx)$/;
const TEXT = /\.(ts|tsx|mts|js|mjs|astro|mdx|md|json)$/;
const RESOLVE = ['', '.ts', '.tsx', '.mts', '.js', '.mjs', '/index.ts', '/index.tsx'];

function walk(root, dir, found = []) {
  if (!existsSync(join(root, dir))) return found;
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = posix.join(dir, entry.name);
    if (entry.isDirectory()) walk(root, path, found);
    else found.push(path);
  }
  return found;
}

/** Old path → new path (from the repository root) of every file the table moves that is not in place yet. */
export function planMoves(root) {
  const plan = new Map();
  const taken = new Set();
  const add = (from, to) => {
    if (from === to || taken.has(from)) return;
    taken.add(from);
    if (existsSync(join(root, to))) throw new Error(`${to} exists already: will not move ${from} over it`);
    plan.set(from, to);
  };
  const files = walk(root, ENGINE);
  const tests = walk(root, ENGINE_TESTS);
  const rows = [...MOVES].sort(([a], [b]) => Number(a.endsWith('/')) - Number(b.endsWith('/'))); // files first
  for (const [old, to] of TEST_MOVES) {
    const from = `${ENGINE_TESTS}/${old}`;
    if (tests.includes(from)) add(from, `${ENGINE_TESTS}/${to}${posix.basename(old)}`);
  }
  for (const [old, to] of rows) {
    if (old.endsWith('/')) {
      for (const [base, list] of [[ENGINE, files], [ENGINE_TESTS, tests]]) {
        for (const file of list.filter((f) => f.startsWith(`${base}/${old}`))) add(file, `${base}/${to}${file.slice(`${base}/${old}`.length)}`);
      }
      continue;
    }
    const from = `${ENGINE}/${old}`;
    if (!files.includes(from)) continue;
    add(from, `${ENGINE}/${to}${posix.basename(old)}`);
    // Its tests: files beside the mirrored path named after the module (`clv.test.ts`, `clv.property.test.ts`).
    const stem = posix.basename(old).replace(/\.tsx?$/, '');
    const testDir = posix.dirname(`${ENGINE_TESTS}/${old}`);
    for (const test of tests.filter((t) => posix.dirname(t) === testDir && posix.basename(t).startsWith(`${stem}.`))) {
      add(test, `${ENGINE_TESTS}/${to}${posix.basename(test)}`);
    }
  }
  return plan;
}

/** Resolves `spec` written in `file` against the files that exist (paths from the root); null when it names none. */
function resolveIn(exists, file, spec) {
  const bare = spec.replace(/[?#].*$/, '');
  const base = bare.startsWith('~/') ? posix.join('src', bare.slice(2)) : bare.startsWith('.') ? posix.join(posix.dirname(file), bare) : null;
  if (base === null) return null;
  for (const suffix of RESOLVE) if (exists.has(base + suffix)) return { target: base + suffix, suffix };
  if (/\.m?js$/.test(base)) for (const ext of ['.ts', '.tsx']) if (exists.has(base.replace(/\.m?js$/, ext))) return { target: base.replace(/\.m?js$/, ext), suffix: 'js' };
  return null;
}

/** The specifier for `target` written from `file`, in the style of the original (alias, extension, index). */
function specifierFor(file, original, target, suffix) {
  let path = target;
  if (suffix === 'js') path = target.replace(/\.tsx?$/, original.match(/\.m?js(?=[?#]|$)/)[0]);
  else if (suffix) path = target.slice(0, -suffix.length);
  const query = original.match(/[?#].*$/)?.[0] ?? '';
  if (original.startsWith('~/')) return `~/${posix.relative('src', path)}${query}`;
  let rel = posix.relative(posix.dirname(file), path) || '.';
  if (!rel.startsWith('.')) rel = `./${rel}`;
  return rel + query;
}

const SPECIFIER = /(\bfrom\s*|\bimport\s*\(?\s*|\bvi\.(?:mock|doMock|importActual)\(\s*|\brequire\(\s*)(['"])([.~][^'"\n]*)\2/g;
const URL_SPEC = /(new URL\(\s*)(['"`])(\.{1,2}\/?[^'"`$\n]*?)(?=\$\{|\2)/g;

/** `text` of the file at `file` (old path), which will live at `moved`, with its imports pointing at the new places. */
export function rewriteImports(text, file, moved, exists, plan, widened = new Map()) {
  const where = (target) => widened.get(target) ?? plan.get(target) ?? target;
  let out = text.replace(SPECIFIER, (whole, lead, quote, spec) => {
    const hit = resolveIn(exists, file, spec);
    if (!hit) return whole;
    const next = specifierFor(moved, spec, where(hit.target), hit.suffix);
    return next === spec ? whole : `${lead}${quote}${next}${quote}`;
  });
  // new URL('../../fixtures/x.json', import.meta.url): a file or folder outside the moved trees, seen from the new place.
  out = out.replace(URL_SPEC, (whole, lead, quote, spec) => {
    if (moved === file) return whole;
    const trailing = spec.endsWith('/') ? '/' : '';
    const target = posix.join(posix.dirname(file), spec);
    let rel = posix.relative(posix.dirname(moved), where(target)) || '.';
    if (!rel.startsWith('.')) rel = `./${rel}`;
    return `${lead}${quote}${rel}${trailing && !rel.endsWith('/') ? '/' : ''}`;
  });
  return out;
}

/**
 * A folder some of whose modules leave it for another folder (retention/ → loyalty/retention/, its churn modules
 * → loyalty/churn/): an import of its index goes to the index of the nearest folder holding all of them, which
 * re-exports every name the old index did. Old index path → new index path.
 */
export function widenedIndexes(plan, exists) {
  const widened = new Map();
  for (const index of [...exists].filter((f) => f.startsWith(`${ENGINE}/`) && f.endsWith('/index.ts'))) {
    const from = posix.dirname(index);
    const to = posix.dirname(plan.get(index) ?? index);
    const left = [...exists].filter((f) => f.startsWith(`${from}/`) && !(plan.get(f) ?? f).startsWith(`${to}/`)).map((f) => plan.get(f) ?? f);
    if (left.length === 0) continue;
    let common = to;
    while (!left.every((f) => f.startsWith(`${common}/`))) common = posix.dirname(common);
    widened.set(index, `${common}/index.ts`);
  }
  return widened;
}

/** `src/engine/<old>` named in prose or strings, for each moved file and folder. */
export function rewritePathMentions(text) {
  let out = text;
  for (const [old, to] of [...MOVES].sort(([a], [b]) => b.length - a.length)) {
    const from = `${ENGINE}/${old.replace(/\/$/, '')}`;
    const dest = old.endsWith('/') ? `${ENGINE}/${to.replace(/\/$/, '')}` : `${ENGINE}/${to}${posix.basename(old)}`;
    out = out.replace(new RegExp(`${from.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')}(?![\\w.-])`, 'g'), dest);
  }
  return out;
}

const REEXPORT = /^export \* from '(\.[^']+)';$/;

/** Makes each index.ts re-export its direct children only, pushing deeper re-exports down, and gives every folder one. */
function settleIndexes(root, written) {
  const read = (path) => written.get(path) ?? (existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : null);
  const indexes = new Map(); // folder → lines
  const load = (folder) => {
    if (!indexes.has(folder)) {
      const text = read(`${folder}/index.ts`);
      const name = folder.slice(ENGINE.length + 1);
      const header = INDEX_HEADERS[name] ?? SECTIONS[name];
      const lines = text === null ? [`// ${header ?? posix.basename(folder)}. Re-exports only.`] : text.replace(/\n$/, '').split('\n');
      if (INDEX_HEADERS[name] && lines[0].startsWith('//')) lines[0] = `// ${INDEX_HEADERS[name]}. Re-exports only.`;
      indexes.set(folder, lines);
    }
    return indexes.get(folder);
  };
  const modulePath = (folder, spec) => posix.join(folder, spec);
  /** Adds a re-export of `target` (a module path without extension) to `folder`'s index, through each folder between. */
  const exportFrom = (folder, target) => {
    const rest = posix.relative(folder, target).split('/');
    const line = `export * from './${rest[0]}';`;
    const lines = load(folder);
    if (!lines.includes(line)) lines.push(line);
    if (rest.length > 1) exportFrom(`${folder}/${rest[0]}`, target);
  };
  const folders = new Set(walk(root, ENGINE).filter((f) => f.endsWith('/index.ts')).map((f) => posix.dirname(f)));
  for (const path of written.keys()) if (path.startsWith(`${ENGINE}/`) && path.endsWith('/index.ts')) folders.add(posix.dirname(path));
  for (const [, to] of MOVES) {
    const parts = `${ENGINE}/${to}`.replace(/\/$/, '').split('/');
    for (let i = 3; i <= parts.length; i++) folders.add(parts.slice(0, i).join('/'));
  }
  // Shallow folders first, so a pushed line lands before the deeper index is settled.
  for (const folder of [...folders].sort((a, b) => a.split('/').length - b.split('/').length)) {
    const lines = load(folder);
    const kept = [];
    const pushes = [];
    for (const line of lines) {
      const m = REEXPORT.exec(line);
      if (!m) {
        kept.push(line);
        continue;
      }
      const target = modulePath(folder, m[1]);
      const rel = posix.relative(folder, target);
      if (rel.startsWith('..')) {
        pushes.push(target); // re-exported from the nearest folder that holds both
        continue;
      }
      const parts = rel.split('/');
      const child = `export * from './${parts[0]}';`;
      if (!kept.includes(child)) kept.push(child);
      if (parts.length > 1) exportFrom(`${folder}/${parts[0]}`, target);
    }
    indexes.set(folder, kept);
    for (const target of pushes) {
      let common = folder;
      while (!target.startsWith(`${common}/`)) common = posix.dirname(common);
      exportFrom(common, target);
    }
  }
  // The engine's own index lists the sections in the README's order, then anything else.
  const order = Object.keys(SECTIONS).map((name) => `export * from './${name}';`);
  const rank = (line) => (order.includes(line) ? order.indexOf(line) : order.length);
  const top = indexes.get(ENGINE);
  if (top) indexes.set(ENGINE, [...top.filter((l) => !REEXPORT.test(l)), ...top.filter((l) => REEXPORT.test(l)).sort((a, b) => rank(a) - rank(b))]);
  const changed = new Map();
  for (const [folder, lines] of indexes) {
    const path = `${folder}/index.ts`;
    const text = `${lines.join('\n')}\n`;
    if (text !== read(path)) changed.set(path, text);
  }
  return changed;
}

function git(root, ...args) {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The codemod and its test name the old layout on purpose: never rewritten. */
const OWN_FILES = ['scripts/codemods/engine-folders.mjs', 'tests/architecture/engine-folders-codemod.test.ts'];

function main(root, check) {
  const plan = planMoves(root);
  for (const [from, to] of plan) console.log(`${check ? 'would move' : 'move'} ${from} → ${to}`);
  if (check) {
    console.log(`${plan.size} file(s) to move`);
    return plan.size > 0 ? 1 : 0;
  }
  const everything = ['src', 'tests', 'scripts'].flatMap((dir) => walk(root, dir));
  const exists = new Set(everything);
  const widened = widenedIndexes(plan, exists);
  const written = new Map(); // new path → text
  for (const file of everything.filter((f) => TEXT.test(f) && !OWN_FILES.includes(f))) {
    const text = readFileSync(join(root, file), 'utf8');
    const moved = plan.get(file) ?? file;
    // An engine index re-exports the folder itself, not the wider one that imports are sent to.
    const isIndex = file.startsWith(`${ENGINE}/`) && file.endsWith('/index.ts');
    let next = SOURCE.test(file) ? rewriteImports(text, file, moved, exists, plan, isIndex ? new Map() : widened) : text;
    next = rewritePathMentions(next);
    if (next !== text || moved !== file) written.set(moved, next);
  }
  const tracked = new Set(git(root, 'ls-files', '-z', '--', ENGINE, ENGINE_TESTS).split('\0'));
  for (const [from, to] of plan) {
    mkdirSync(dirname(join(root, to)), { recursive: true });
    if (tracked.has(from)) git(root, 'mv', from, to);
    else renameSync(join(root, from), join(root, to));
  }
  // Folders emptied by the moves go (git keeps no folders).
  for (const from of plan.keys()) {
    for (let dir = posix.dirname(from); dir !== ENGINE && dir !== ENGINE_TESTS && existsSync(join(root, dir)) && readdirSync(join(root, dir)).length === 0; dir = posix.dirname(dir)) {
      rmdirSync(join(root, dir));
    }
  }
  for (const [path, text] of settleIndexes(root, written)) written.set(path, text);
  let rewritten = 0;
  for (const [path, text] of written) {
    const before = existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : null;
    if (before === text) continue;
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
    rewritten += 1;
  }
  for (const path of written.keys()) if (path.endsWith('/index.ts') && !tracked.has(path)) git(root, 'add', path);
  const loose = readdirSync(join(root, ENGINE)).filter((name) => {
    const isDir = statSync(join(root, ENGINE, name)).isDirectory();
    return isDir ? !(name in SECTIONS) : !['index.ts', 'README.md'].includes(name);
  });
  console.log(`${plan.size} file(s) moved, ${rewritten} file(s) written`);
  if (loose.length > 0) console.log(`not in the table, left at the top of ${ENGINE}/: ${loose.join(', ')}`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = main(process.cwd(), process.argv.includes('--check'));
}
