// Converts the ASCII punctuation , : ; ? ! ( ) that sits in Chinese prose to full-width ，：；？！（）, and leaves
// alone what is not prose: inline code, JSX tags and expressions (but not their quoted attribute values, which are
// titles), also when a tag or expression spans lines, import/export blocks, YAML keys and flow-list separators,
// URLs, numbers such as 1,234 and 10:00, formulas such as `120 ÷ (1.1 − 0.7)` and function notation such as
// P(alive), English phrases. Markdown (`.md`, `.mdx`) and YAML here; in `.ts`/`.tsx` only string literals, template
// text and JSX text are prose (scripts/fullwidth-punctuation-code.ts).
//
//   npx tsx scripts/fullwidth-punctuation.ts <files…>           dry run: prints each changed line, old and new
//   npx tsx scripts/fullwidth-punctuation.ts --write <files…>   saves the files
//
// Both modes then parse each converted MDX file and list bold markers (`**`) that no longer render (CommonMark
// does not close `**客户满意度（CSAT）**是`: punctuation before the closing `**` and a letter after it). The
// common cases are fixed on the way (the parenthesis or the trailing colon moves out of the bold); the rest are
// listed for a human. Review the dry run by eye before writing.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** How a character takes part: editable prose, protected text that reads as Latin, invisible markup, or a hard boundary. */
export type Kind = 'text' | 'code' | 'mark' | 'edge';
/** Class of the neighbour a rule looks at: Chinese, space, digit, Latin letter, other, or the end of the prose. */
type Class = 'C' | 'S' | 'D' | 'A' | 'O' | 'E';
type Mode = 'prose' | 'flow';

export const FULL: Readonly<Record<string, string>> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };
export const CHINESE = /[\u2014\u2018\u2019\u201c\u201d\u2026\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;
/** Characters that make a parenthesis part of a formula when they stand right before it (or after a Latin-only one). */
const OPERATORS = new Set(['×', '÷', '+', '−', '=', '^', 'Σ', '∑', '·', '/', '(', '<', '>', '≤', '≥', '≈']);
const LIST_NUMBER = /^\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*$/;

function classOf(ch: string): Class {
  if (CHINESE.test(ch)) return 'C';
  if (/\s/.test(ch)) return 'S';
  if (/[0-9]/.test(ch)) return 'D';
  if (/[A-Za-z]/.test(ch)) return 'A';
  return 'O';
}

/** A line split into characters, each with the part it plays. */
export interface Line {
  chars: string[];
  kinds: Kind[];
}

function mark(line: Line, from: number, to: number, kind: Kind): void {
  for (let i = from; i < to; i += 1) line.kinds[i] = kind;
}

/** What is still open at the end of a line: a JSX tag (and a quoted value in it) or a `{…}` expression, and its depth. */
interface Carry {
  tag: boolean;
  quote: string;
  depth: number;
}

const fresh = (): Carry => ({ tag: false, quote: '', depth: 0 });

/**
 * Kinds for a line of MDX prose: code spans, tags, expressions, entities, link targets and URLs are protected. A tag
 * or expression left open at the end of the line stays open in `carry` for the next line (multi-line islands).
 */
function segmentProse(text: string, carry: Carry = fresh()): Line {
  // One entry per UTF-16 code unit, so that chars[i] === s[i]; a character outside the BMP is two harmless halves.
  const line: Line = { chars: text.split(''), kinds: text.split('').map(() => 'text' as Kind) };
  const s = text;
  let i = 0;
  while (i < s.length) {
    const rest = s.slice(i);
    let m: RegExpMatchArray | null;
    if (carry.depth > 0) {
      // Inside a JavaScript expression (in text or in a tag's attribute): code.
      if (s[i] === '{') carry.depth += 1;
      if (s[i] === '}') carry.depth -= 1;
      line.kinds[i] = 'code';
      i += 1;
    } else if (carry.tag) {
      // A JSX/HTML tag: invisible markup, except quoted attribute values, which are prose (titles, labels).
      if (carry.quote) {
        if (s[i] === carry.quote) {
          line.kinds[i] = 'edge';
          carry.quote = '';
        }
      } else if (s[i] === '"' || s[i] === "'") {
        line.kinds[i] = 'edge';
        carry.quote = s[i]!;
      } else if (s[i] === '{') {
        line.kinds[i] = 'code';
        carry.depth = 1;
      } else {
        line.kinds[i] = 'mark';
        if (s[i] === '>') carry.tag = false;
      }
      i += 1;
    } else if (s[i] === '\\' && i + 1 < s.length) {
      mark(line, i, i + 2, 'code');
      i += 2;
    } else if (s[i] === '`') {
      const ticks = /^`+/.exec(rest)![0];
      const close = new RegExp(`(?<!\`)${ticks}(?!\`)`).exec(s.slice(i + ticks.length));
      const end = close ? i + ticks.length + close.index + ticks.length : i + ticks.length;
      mark(line, i, end, 'code');
      i = end;
    } else if (s[i] === '<' && /^<\/?[A-Za-z]/.test(rest)) {
      line.kinds[i] = 'mark';
      carry.tag = true;
      i += 1;
    } else if (s[i] === '{') {
      line.kinds[i] = 'code';
      carry.depth = 1;
      i += 1;
    } else if ((m = rest.match(/^&(#\d+|#x[0-9a-f]+|[a-z]+\d*);/i))) {
      mark(line, i, i + m[0].length, 'code');
      i += m[0].length;
    } else if ((m = rest.match(/^\]\([^)\s]*\)/))) {
      mark(line, i + 1, i + m[0].length, 'code');
      i += m[0].length;
    } else if ((m = rest.match(/^[a-z][a-z0-9+.-]*:\/\/[^\s)）]+/i))) {
      mark(line, i, i + m[0].length, 'code');
      i += m[0].length;
    } else {
      if (s[i] === '*') line.kinds[i] = 'mark';
      i += 1;
    }
  }
  return line;
}

function classAt(line: Line, j: number): Class {
  if (j < 0 || j >= line.chars.length) return 'E';
  const kind = line.kinds[j];
  if (kind === 'code') return 'A';
  if (kind === 'edge') return 'E';
  return classOf(line.chars[j]!);
}

/** Index of the nearest character before (step −1) or after (+1) i that is not invisible markup. */
function neighbour(line: Line, i: number, step: -1 | 1, skipSpaces = false): number {
  let j = i + step;
  while (j >= 0 && j < line.chars.length && (line.kinds[j] === 'mark' || (skipSpaces && line.kinds[j] === 'text' && /\s/.test(line.chars[j]!)))) j += step;
  return j;
}

const left = (line: Line, i: number, skipSpaces = false) => classAt(line, neighbour(line, i, -1, skipSpaces));
const right = (line: Line, i: number, skipSpaces = false) => classAt(line, neighbour(line, i, 1, skipSpaces));

/** True when the word just before i (Latin letters, digits, spaces) follows Chinese text: `社交化 CRM(`, `打开 App?`. */
function chineseBeforeWord(line: Line, i: number): boolean {
  let j = neighbour(line, i, -1);
  while (j >= 0) {
    const c = classAt(line, j);
    if (c === 'C') return true;
    if (c !== 'A' && c !== 'D' && c !== 'S') return false;
    j = neighbour(line, j, -1);
  }
  return false;
}

function isOperator(line: Line, j: number): boolean {
  return j >= 0 && j < line.chars.length && line.kinds[j] === 'text' && OPERATORS.has(line.chars[j]!);
}

/** Which parenthesis pairs to convert; returns the ranges inside converted pairs (where `,` `:` `;` are Chinese too). */
function convertParentheses(line: Line, warn: (message: string) => void): boolean[] {
  const inside = line.chars.map(() => false);
  const stack: number[] = [];
  const pairs: [number, number][] = [];
  line.chars.forEach((ch, i) => {
    if (line.kinds[i] !== 'text') return;
    if (ch === '(') stack.push(i);
    if (ch === ')') {
      const open = stack.pop();
      if (open === undefined) warn(`unmatched ")" at column ${i + 1}`);
      else pairs.push([open, i]);
    }
  });
  for (const open of stack) warn(`unmatched "(" at column ${open + 1}`);
  const lineIsChinese = line.chars.some((ch, i) => line.kinds[i] === 'text' && classOf(ch) === 'C');
  for (const [open, close] of pairs.sort((a, b) => a[0] - b[0])) {
    const content = line.chars.slice(open + 1, close).join('');
    const hasChinese = line.chars.slice(open + 1, close).some((ch, k) => line.kinds[open + 1 + k] === 'text' && classOf(ch) === 'C');
    const formula =
      isOperator(line, neighbour(line, open, -1, true)) || (!hasChinese && isOperator(line, neighbour(line, close, 1, true)));
    let run = 0;
    while (open - run - 1 >= 0 && /[A-Za-z0-9]/.test(line.chars[open - run - 1]!) && line.kinds[open - run - 1] !== 'mark') run += 1;
    // P(alive), f(x), floor(L ÷ 2); not C05(2,500 × 0.32 = 800), a label with its working in Chinese prose.
    const name = line.chars.slice(open - run, open).join('');
    const formulaArgument = /^[a-z]+$/.test(name) && [...content].some((ch) => OPERATORS.has(ch));
    const functionCall = run > 0 && !hasChinese && (run === 1 || /^[a-z]/.test(content) || formulaArgument);
    if (formula || functionCall) continue;
    const listNumber = lineIsChinese && LIST_NUMBER.test(content) && run === 0;
    if (hasChinese || left(line, open) === 'C' || right(line, close) === 'C' || listNumber || chineseBeforeWord(line, open)) {
      line.chars[open] = FULL['(']!;
      line.chars[close] = FULL[')']!;
      for (let k = open + 1; k < close; k += 1) inside[k] = true;
    }
  }
  return inside;
}

/** Drops the spaces after a converted mark when Chinese follows them (`注意: 这个` → `注意：这个`). */
function eatSpaces(line: Line, i: number): void {
  let j = i + 1;
  while (j < line.chars.length && line.kinds[j] === 'text' && line.chars[j] === ' ') j += 1;
  if (j === i + 1 || classAt(line, j) !== 'C') return;
  line.chars.splice(i + 1, j - i - 1);
  line.kinds.splice(i + 1, j - i - 1);
}

/** Decides one `,` `:` `;` `?` `!` in context; returns whether to convert it and whether to drop the spaces after it. */
function decide(line: Line, i: number, mode: Mode, inside: boolean, lineIsChinese: boolean): { convert: boolean; eat: boolean } {
  const ch = line.chars[i]!;
  const next = line.chars[i + 1];
  const L = left(line, i);
  const R = right(line, i);
  const nextKind = line.kinds[i + 1];
  const atEnd = next === undefined || nextKind === 'edge';
  const spaceAfter = next !== undefined && nextKind === 'text' && /\s/.test(next);
  const chineseAfterSpaces = right(line, i, true) === 'C';
  const no = { convert: false, eat: false };
  if (ch === ',' || ch === ':' || ch === ';') {
    if (ch === ',' && /[0-9]/.test(line.chars[i - 1] ?? '') && /^\d{3}(?!\d)/.test(line.chars.slice(i + 1, i + 5).join(''))) return no;
    if (ch === ':' && /[0-9]/.test(line.chars[i - 1] ?? '') && /[0-9]/.test(next ?? '')) return no;
    if (ch === ':' && next === '/') return no;
    // `;` has no job in numbers or English here; `70%:CLV` and `30%,而` are Chinese sentences too.
    const chineseLine = lineIsChinese && (ch === ';' || line.chars[neighbour(line, i, -1)] === '%');
    if (atEnd) return { convert: L === 'C' || lineIsChinese, eat: false };
    if (spaceAfter) return mode === 'prose' && L === 'C' && chineseAfterSpaces ? { convert: true, eat: true } : no;
    return { convert: L === 'C' || R === 'C' || inside || chineseLine, eat: false };
  }
  if (ch === '!' && (next === '[' || L !== 'C') && R !== 'C') return no;
  if (L === 'C' || R === 'C' || (ch === '?' && chineseBeforeWord(line, i))) return { convert: true, eat: spaceAfter && chineseAfterSpaces };
  return no;
}

/** Converts one line given its kinds; `warn` collects what a human should look at. */
export function convertLine(line: Line, mode: Mode, warn: (message: string) => void): string {
  const inside = convertParentheses(line, warn);
  const lineIsChinese = line.chars.some((ch, i) => line.kinds[i] === 'text' && classOf(ch) === 'C');
  // Two passes: a mark converted on the right can make its left neighbour Chinese context (`CRM;（2）`).
  for (let pass = 0; pass < 2; pass += 1) {
    for (let i = 0; i < line.chars.length; i += 1) {
      if (line.kinds[i] !== 'text' || !',:;?!'.includes(line.chars[i]!)) continue;
      const { convert, eat } = decide(line, i, mode, inside[i] ?? false, lineIsChinese);
      if (!convert) continue;
      line.chars[i] = FULL[line.chars[i]!]!;
      if (eat) {
        const before = line.chars.length;
        eatSpaces(line, i);
        inside.splice(i + 1, before - line.chars.length);
      }
    }
  }
  return line.chars.join('');
}

const PUNCT_OR_SPACE = /[\s\p{P}\p{S}]/u;
/**
 * Moves full-width punctuation out of a bold span whose closing `**` it would break: `**客户满意度（CSAT）**是` →
 * `**客户满意度**（CSAT）是`, `**定义：**客户` → `**定义**：客户`. Only when the character after `**` is a letter.
 */
export function fixBold(text: string): string {
  // Pairs `**` from the left, as CommonMark does on a line whose bold all renders.
  return text.replace(/\*\*([^*\n]+?)\*\*/g, (whole: string, inner: string, offset: number) => {
    if (PUNCT_OR_SPACE.test(text[offset + whole.length] ?? ' ')) return whole;
    const gloss = /^(.*[^\s（])（([^（）]*)）$/u.exec(inner);
    if (gloss) return `**${gloss[1]}**（${gloss[2]}）`;
    const trailing = /^(.*[^\s\p{P}\p{S}])([：；，、。]+)$/u.exec(inner);
    if (trailing) return `**${trailing[1]}**${trailing[2]}`;
    return whole;
  });
}

/** Where a bold marker cannot open or close (CommonMark flanking rules, \p{P}/\p{S} as punctuation). */
export function brokenBold(text: string): string[] {
  const problems: string[] = [];
  const runs = [...text.matchAll(/(?<![*\\])\*\*(?!\*)/g)];
  runs.forEach((m, k) => {
    const before = text[m.index! - 1] ?? ' ';
    const after = text[m.index! + 2] ?? ' ';
    const leftFlanking = !/\s/.test(after) && (!PUNCT_OR_SPACE.test(after) || PUNCT_OR_SPACE.test(before));
    const rightFlanking = !/\s/.test(before) && (!PUNCT_OR_SPACE.test(before) || PUNCT_OR_SPACE.test(after));
    const opening = k % 2 === 0;
    if (opening ? !leftFlanking : !rightFlanking) problems.push(`${opening ? 'opening' : 'closing'} ** at column ${m.index! + 1}: …${text.slice(Math.max(0, m.index! - 8), m.index! + 10)}…`);
  });
  return problems;
}

/** YAML line: protects indentation, list dashes, the key and its colon, quotes and flow-list syntax. */
function segmentYaml(text: string): { line: Line; mode: Mode; block: boolean } {
  const prefix = /^(\s*(?:-\s+)*)(?:([A-Za-z_][\w-]*):(?=\s|$))?\s*/.exec(text)![0];
  const value = text.slice(prefix.length);
  const line = segmentProse(value);
  // Markdown-ish protection is harmless here except `*`, which YAML strings do not use as markup.
  line.kinds = line.kinds.map((k, i) => (k === 'mark' && value[i] === '*' ? 'text' : k));
  let mode: Mode = 'prose';
  const block = /^[|>][+-]?\d*\s*$/.test(value);
  if (block || value.startsWith('#') || value.startsWith('{') || value.startsWith('&') || value.startsWith('!')) {
    mark(line, 0, value.length, 'edge');
  } else if (value.startsWith('[')) {
    mode = 'flow';
    line.chars.forEach((ch, i) => {
      if (ch === '[' || ch === ']' || (ch === ',' && /\s/.test(value[i + 1] ?? ''))) line.kinds[i] = 'edge';
    });
  } else if (/^["']/.test(value) && value.endsWith(value[0]!)) {
    line.kinds[0] = 'edge';
    line.kinds[value.length - 1] = 'edge';
  }
  const head: Line = { chars: prefix.split(''), kinds: prefix.split('').map(() => 'edge' as Kind) };
  return { line: { chars: [...head.chars, ...line.chars], kinds: [...head.kinds, ...line.kinds] }, mode, block };
}

export interface Change {
  line: number;
  before: string;
  after: string;
}

/** Converts a whole file's text: `.yaml`, or `.mdx` with YAML frontmatter. Returns the new text, changes and warnings. */
export function convertFile(text: string, kind: 'mdx' | 'yaml'): { text: string; changes: Change[]; warnings: string[] } {
  const lines = text.split('\n');
  const changes: Change[] = [];
  const warnings: string[] = [];
  let inYaml = kind === 'yaml';
  let fence = '';
  let blockIndent = -1; // indentation of the key that opened a YAML block scalar, −1 when not in one
  let esm = false; // inside an import/export block: MDX ends it at a blank line; a statement's closing `;` ends it here too
  const carry = fresh();
  lines.forEach((original, index) => {
    const warn = (message: string) => warnings.push(`${index + 1}: ${message}`);
    if (kind === 'mdx' && original === '---' && (index === 0 || inYaml)) {
      inYaml = index === 0;
      blockIndent = -1;
      return;
    }
    let converted = original;
    if (inYaml) {
      const indent = original.length - original.trimStart().length;
      if (blockIndent >= 0 && (original.trim() === '' || indent > blockIndent)) {
        converted = convertLine(segmentProse(original), 'prose', warn);
      } else {
        blockIndent = -1;
        if (/^\s*#/.test(original)) return;
        const { line, mode, block } = segmentYaml(original);
        if (block) blockIndent = indent;
        converted = convertLine(line, mode, warn);
      }
    } else {
      const opener = /^\s*(`{3,}|~{3,})/.exec(original);
      if (fence) {
        if (opener && opener[1]!.startsWith(fence)) fence = '';
        return;
      }
      if (opener) {
        fence = opener[1]!;
        return;
      }
      const open = carry.tag || carry.depth > 0;
      if (!open && /^(import|export)\s/.test(original)) esm = true;
      if (esm) {
        if (original.trim() === '' || /;\s*$/.test(original)) esm = false;
        return;
      }
      converted = fixBold(convertLine(segmentProse(original, carry), 'prose', warn));
      for (const problem of brokenBold(converted)) warn(problem);
    }
    if (converted !== original) {
      lines[index] = converted;
      changes.push({ line: index + 1, before: original, after: converted });
    }
  });
  if (carry.tag || carry.depth > 0) warnings.push(`${lines.length}: a JSX tag or {expression} is still open at the end of the file`);
  return { text: lines.join('\n'), changes, warnings };
}

/** Markdown text nodes that still contain `**` after parsing: bold that does not render. */
async function strayBold(path: string, text: string): Promise<string[]> {
  const [{ createProcessor }, { default: remarkGfm }] = await Promise.all([import('@mdx-js/mdx'), import('remark-gfm')]);
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, (fm) => '\n'.repeat(fm.split('\n').length - 1));
  const tree = createProcessor({ remarkPlugins: [remarkGfm] }).parse(body);
  const found: string[] = [];
  const walk = (node: { type: string; value?: string; position?: { start: { line: number } }; children?: unknown[] }) => {
    if (node.type === 'text' && node.value?.includes('**')) found.push(`${path}:${node.position?.start.line}: stray ** in “${node.value.trim().slice(0, 40)}”`);
    for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
  };
  walk(tree as never);
  return found;
}

async function main(argv: string[]): Promise<void> {
  const write = argv.includes('--write');
  const files = argv.filter((a) => !a.startsWith('--'));
  if (files.length === 0) {
    console.error('usage: npx tsx scripts/fullwidth-punctuation.ts [--write] <files…>');
    process.exit(2);
  }
  let total = 0;
  for (const path of files) {
    const source = readFileSync(path, 'utf8');
    const code = /\.tsx?$/.test(path);
    const result = code
      ? (await import('./fullwidth-punctuation-code')).convertCode(source, path.endsWith('.tsx'))
      : convertFile(source, /\.mdx?$/.test(path) ? 'mdx' : 'yaml');
    total += result.changes.length;
    for (const change of result.changes) console.log(`${path}:${change.line}\n- ${change.before}\n+ ${change.after}`);
    for (const warning of result.warnings) console.log(`WARN ${path}:${warning}`);
    if (/\.mdx?$/.test(path)) for (const stray of await strayBold(path, result.text)) console.log(`WARN ${stray}`);
    if (write && result.changes.length > 0) writeFileSync(path, result.text);
  }
  console.log(`${total} changed lines${write ? ' written' : ' (dry run; --write to save)'}`);
}

// Not awaited at the top level: the `.ts` converter imports this module, which must first finish loading.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main(process.argv.slice(2));
