// The `.ts`/`.tsx` side of scripts/fullwidth-punctuation.ts: the same line rules, applied only to what a user reads
// in source code — string literals, template text (not its ${…}), JSX text and quoted JSX attribute values. Left
// alone: everything else (comments included), object keys, the values of `name:` and `header:` (column names of data
// files), module names, literal types, strings without a Chinese character (separators such as ',' in a join) and
// the English of the error form `中文(English)` (a bracket with no Chinese that holds a lowercase phrase).
// What syntax cannot tell must be caught in the dry run: a CSV header built in a template, a column name passed to a
// function (`push('申请额度(万元)', …)`) or a map, data cells, format patterns (`年-月-日 时:分`), English citations.
import ts from 'typescript';
import { CHINESE, convertLine, FULL, type Change, type Kind, type Line } from './fullwidth-punctuation';

/** Properties whose string value names a column of a data file: `{ name: '年营收(万元)' }`, `{ header: '最近购买距今(天)' }`. */
const COLUMN_NAME_KEYS = new Set(['name', 'header']);

function keyText(name: ts.PropertyName): string | undefined {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
}

/** A literal that is syntax or a data name rather than text for a reader. */
function isNotProse(node: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression): boolean {
  const parent = node.parent;
  if (ts.isPropertyAssignment(parent)) return parent.name === node || COLUMN_NAME_KEYS.has(keyText(parent.name) ?? '');
  return (
    ts.isElementAccessExpression(parent) ||
    ts.isLiteralTypeNode(parent) ||
    ts.isImportDeclaration(parent) ||
    ts.isExportDeclaration(parent) ||
    ts.isExternalModuleReference(parent)
  );
}

/**
 * Kinds for every character of a source file: prose is `text`, JSX tags are `mark`, `${…}` and `{…}` are `code`.
 * `ends` maps the offset just after each `${…}` or `{…}` in text to its source.
 */
function sourceKinds(source: ts.SourceFile): { kinds: Kind[]; ends: Map<number, string> } {
  const text = source.text;
  const kinds: Kind[] = text.split('').map(() => 'edge');
  const ends = new Map<number, string>();
  const set = (from: number, to: number, kind: Kind) => {
    for (let i = from; i < to; i += 1) kinds[i] = kind;
  };
  const literal = (from: number, to: number) => {
    const body = text.slice(from + 1, to - 1);
    if (!CHINESE.test(body)) return;
    kinds[from] = 'edge';
    kinds[to - 1] = 'edge';
    set(from + 1, to - 1, 'text');
    for (let i = from + 1; i < to - 1; i += 1) {
      if (text[i] === '\\') {
        set(i, i + 2, 'code');
        i += 1;
      }
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (!isNotProse(node)) literal(node.getStart(source), node.end);
      return;
    }
    if (ts.isTemplateExpression(node)) {
      if (isNotProse(node)) return;
      literal(node.getStart(source), node.end);
      let previous: ts.Node = node.head;
      for (const span of node.templateSpans) {
        set(previous.end - 2, span.literal.getStart(source) + 1, 'code');
        ends.set(span.literal.getStart(source) + 1, text.slice(previous.end - 2, span.literal.getStart(source) + 1));
        previous = span.literal;
      }
    } else if (ts.isJsxText(node)) {
      if (!node.containsOnlyTriviaWhiteSpaces) set(node.pos, node.end, 'text');
    } else if (ts.isJsxExpression(node)) {
      set(node.getStart(source), node.end, 'code');
      if (!ts.isJsxAttribute(node.parent)) ends.set(node.end, node.getText(source));
    } else if (ts.isJsxOpeningElement(node) || ts.isJsxClosingElement(node) || ts.isJsxSelfClosingElement(node) || ts.isJsxOpeningFragment(node) || ts.isJsxClosingFragment(node)) {
      set(node.getStart(source), node.end, 'mark');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { kinds, ends };
}

/**
 * A `,` or `;` right after an expression in Chinese text, with no space after it, is Chinese (`${a},B 类`,
 * `{w.n},{w.bins} 档`) unless a digit follows; a `:` only when the expression holds Chinese itself
 * (`{ok ? '正确' : '不对'}:{label}`), so that a clock time `${h}:${m}` stays.
 */
function marksAfterExpressions(line: Line, start: number, ends: ReadonlyMap<number, string>): void {
  line.chars.forEach((ch, i) => {
    const expression = ends.get(start + i);
    const next = line.chars[i + 1];
    if (expression === undefined || line.kinds[i] !== 'text' || next === undefined || /[\s0-9]/.test(next)) return;
    if (ch === ',' || ch === ';' || (ch === ':' && CHINESE.test(expression))) line.chars[i] = FULL[ch]!;
  });
}

/**
 * The English of the error form `中文(English)` keeps its ASCII brackets and marks: a bracket with no Chinese that
 * holds a phrase starting with a lowercase letter (`(file not found)`, `(${en} must be one of …)`). A bracket of
 * code only (`(${error.message})`), one word (`(rfm10)`, `(buy-till-you-die)`) or an abbreviation (`(NPS)`) is a
 * gloss in Chinese text and is converted.
 */
function protectEnglish(line: Line): void {
  const stack: number[] = [];
  line.chars.forEach((ch, i) => {
    if (line.kinds[i] !== 'text') return;
    if (ch === '(') stack.push(i);
    if (ch !== ')' || stack.length === 0) return;
    const open = stack.pop()!;
    const words = line.chars.filter((_, k) => k > open && k < i && line.kinds[k] === 'text').join('');
    if (CHINESE.test(words) || !/^\s*[a-z]\S*\s+\S/.test(words)) return;
    for (let k = open; k <= i; k += 1) if (line.kinds[k] === 'text') line.kinds[k] = 'code';
  });
}

/** URLs inside text read as code: `https://example.org/a,b` keeps its marks. */
function protectUrls(line: Line): void {
  const joined = line.chars.join('');
  for (const m of joined.matchAll(/[a-z][a-z0-9+.-]*:\/\/[^\s)）'"`]+/gi)) {
    for (let k = m.index!; k < m.index! + m[0].length; k += 1) if (line.kinds[k] === 'text') line.kinds[k] = 'code';
  }
}

/** Converts the reader-facing Chinese text of a `.ts` (`tsx` false) or `.tsx` file; returns the new text, changes and warnings. */
export function convertCode(text: string, tsx: boolean): { text: string; changes: Change[]; warnings: string[] } {
  const source = ts.createSourceFile(tsx ? 'file.tsx' : 'file.ts', text, ts.ScriptTarget.Latest, true, tsx ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const { kinds, ends } = sourceKinds(source);
  const changes: Change[] = [];
  const warnings: string[] = [];
  const out: string[] = [];
  let offset = 0;
  text.split('\n').forEach((original, index) => {
    const line: Line = { chars: original.split(''), kinds: kinds.slice(offset, offset + original.length) };
    offset += original.length + 1;
    if (!line.chars.some((ch, i) => line.kinds[i] === 'text' && CHINESE.test(ch))) {
      out.push(original);
      return;
    }
    protectEnglish(line);
    protectUrls(line);
    marksAfterExpressions(line, offset - original.length - 1, ends);
    const converted = convertLine(line, 'prose', (message) => warnings.push(`${index + 1}: ${message}`));
    out.push(converted);
    if (converted !== original) changes.push({ line: index + 1, before: original, after: converted });
  });
  return { text: out.join('\n'), changes, warnings };
}
