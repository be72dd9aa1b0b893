#!/usr/bin/env node
// Rewrites citations of the external "SPEC §n" into citations of docs/contracts.md §n (same section numbers),
// in the tracked files of src/, tests/, scripts/, docs/ and the README. Safe to run again: a second run
// changes nothing. Prints each file it changes, then any cited section that docs/contracts.md lacks.
//
//   node scripts/codemods/spec-citations.mjs          rewrite
//   node scripts/codemods/spec-citations.mjs --check  only list what would change (exit 1 if anything would)
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const CONTRACTS = 'docs/contracts.md';
const ROOTS = ['src/', 'tests/', 'scripts/', 'docs/', 'README.md'];
const TEXT = /\.(ts|tsx|mts|js|mjs|astro|md|mdx|css|ya?ml)$/;

/** [pattern, replacement], applied in order. */
export const REWRITES = [
  [/\bSPEC §/g, `${CONTRACTS} §`],
  [/\bin SPEC order\b/g, `in the order of ${CONTRACTS} §5`],
];

/** The text with every citation rewritten. */
export function rewriteCitations(text) {
  return REWRITES.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}

/** Section numbers cited as `docs/contracts.md §n` (and `§n–§m`) in a text. */
export function citedSections(text) {
  const found = new Set();
  for (const m of text.matchAll(/docs\/contracts\.md §(\d+)(?:[–-]§(\d+))?/g)) {
    found.add(Number(m[1]));
    if (m[2]) found.add(Number(m[2]));
  }
  return found;
}

/** Section numbers that docs/contracts.md has (`## n. Title`). */
export function contractSections(text) {
  return new Set([...text.matchAll(/^## (\d+)\. /gm)].map((m) => Number(m[1])));
}

/** The files whose citations a rewrite would change (with their new text), and cited sections the contracts lack. */
export function scan(root) {
  const files = execFileSync('git', ['ls-files', '-z', '--', ...ROOTS], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter((f) => f && TEXT.test(f) && !f.startsWith('scripts/codemods/') && f !== CONTRACTS);
  const cited = new Set();
  const changes = [];
  for (const file of files) {
    let text;
    try {
      text = readFileSync(join(root, file), 'utf8');
    } catch {
      continue; // listed by git but deleted in the work tree
    }
    const next = rewriteCitations(text);
    for (const n of citedSections(next)) cited.add(n);
    if (next !== text) changes.push({ file, text: next });
  }
  const sections = contractSections(readFileSync(join(root, CONTRACTS), 'utf8'));
  const missing = [...cited].filter((n) => !sections.has(n)).sort((a, b) => a - b);
  return { changes, missing };
}

function main(root, check) {
  const { changes, missing } = scan(root);
  for (const { file, text } of changes) {
    console.log(`${check ? 'would rewrite' : 'rewrote'} ${file}`);
    if (!check) writeFileSync(join(root, file), text);
  }
  if (missing.length > 0) console.log(`${CONTRACTS} has no section ${missing.map((n) => `§${n}`).join(', ')}, yet it is cited`);
  console.log(`${changes.length} file(s) ${check ? 'to rewrite' : 'rewritten'}`);
  return (check && changes.length > 0) || missing.length > 0 ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = main(process.cwd(), process.argv.includes('--check'));
}
