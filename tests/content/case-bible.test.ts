import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { caseBibleSchema, type CaseCompany } from '~/lib/case-bible-schema';
import { quantityRange } from './quantity';

/*
 * One world of cases: the companies in content/cases.yaml are the same companies wherever they appear. Every
 * figure a chapter, lab, supplement, scenario, quiz, exam item or dataset description quotes about a company (found by the
 * bible's patterns, in a paragraph, case or example that names the company) must agree with the bible, and the
 * bible's dataset figures with the data itself.
 */

const bible = caseBibleSchema.parse(yaml.load(readFileSync('content/cases.yaml', 'utf8')));
const FOLDERS = ['chapters', 'labs', 'supplements', 'scenarios', 'quizzes', 'exam'];

interface Source {
  /** chapters/01-crm-philosophy, datasets/retail-transactions … */
  where: string;
  text: string;
  /** Passages a figure is read from: paragraphs, and whole cases and examples. */
  blocks: string[];
  /** A scenario's `company:`: the whole file is about it. */
  company?: string;
}

const squash = (text: string) => text.replace(/[\s*]/g, '');

function blocksOf(text: string): string[] {
  const spans = [...text.matchAll(/<(Case|Example)\b[^>]*>[\s\S]*?<\/\1>/g)].map((m) => m[0]);
  return [...text.split(/\n\s*\n/), ...spans];
}

function contentSources(): Source[] {
  return FOLDERS.flatMap((folder) => {
    const dir = join('content', folder);
    let names: string[] = [];
    try {
      names = readdirSync(dir).filter((n) => /\.(mdx|yaml)$/.test(n));
    } catch {
      return []; // a folder that does not exist yet
    }
    return names.sort().map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      const company = folder === 'scenarios' ? (/^company:\s*(\S+)/m.exec(text)?.[1] ?? undefined) : undefined;
      return { where: `${folder}/${name.replace(/\.(mdx|yaml)$/, '')}`, text, blocks: blocksOf(text), company };
    });
  });
}

interface ManifestEntry {
  id: string;
  rows: number;
  file: string;
  description: string;
  story: string;
}
const manifest = JSON.parse(readFileSync('public/datasets/manifest.json', 'utf8')) as ManifestEntry[];
const datasetSources: Source[] = manifest.map((d) => ({ where: `datasets/${d.id}`, text: `${d.description}\n${d.story}`, blocks: [d.description, d.story] }));
const sources = [...contentSources(), ...datasetSources];

const namesOf = (company: CaseCompany) => [company.name, ...company.aliases];
const mentions = (text: string, company: CaseCompany) => namesOf(company).some((name) => text.includes(name));
const isAbout = (source: Source, block: string, company: CaseCompany) =>
  source.company === company.name || mentions(block, company) || company.datasets.some((id) => source.where === `datasets/${id}`);

const QUANTITY = '([0-9][0-9,]*(?:\\.[0-9]+)?万?|[零一二两三四五六七八九十百千万几多数上]+)';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const patternRegex = (pattern: string) =>
  new RegExp(escape(pattern).replace('\\{n\\}', QUANTITY).replace('\\{t\\}', '(\\p{Script=Han}{2})'), 'gu');

interface Quote {
  where: string;
  quoted: string;
  context: string;
}

/** Every quotation of one figure in the passages about the company. */
function quotes(company: CaseCompany, patterns: string[]): Quote[] {
  const found: Quote[] = [];
  for (const source of sources) {
    const seen = new Set<number>();
    for (const block of source.blocks) {
      if (!isAbout(source, block, company)) continue;
      const text = squash(block);
      for (const pattern of patterns) {
        for (const match of text.matchAll(patternRegex(pattern))) {
          const at = squash(source.text).indexOf(match[0]);
          const key = at * 1000 + patterns.indexOf(pattern);
          if (seen.has(key)) continue; // a paragraph inside a case is read twice
          seen.add(key);
          found.push({ where: source.where, quoted: match[1]!, context: text.slice(Math.max(0, match.index! - 12), match.index! + match[0].length + 4) });
        }
      }
    }
  }
  return found;
}

function agrees(value: number | string, tolerance: number, quoted: string): boolean {
  if (typeof value === 'string') return quoted === value;
  const range = quantityRange(quoted);
  if (!range) return false;
  const slack = value * tolerance;
  return range[0] - slack <= value && value <= range[1] + slack;
}

function csvColumn(file: string, column: string): string[] {
  const [header, ...lines] = readFileSync(join('public/datasets', file), 'utf8').trim().split('\n');
  const index = header!.split(',').indexOf(column);
  if (index < 0) throw new Error(`${file} has no column ${column}`);
  return lines.map((line) => line.split(',')[index]!);
}

describe('content/cases.yaml', () => {
  it('passes its schema, with unique ids, names and people', () => {
    expect(new Set(bible.map((c) => c.id)).size).toBe(bible.length);
    const names = bible.flatMap(namesOf);
    expect(new Set(names).size).toBe(names.length);
    const people = bible.flatMap((c) => c.people.map((p) => p.name));
    expect(new Set(people).size).toBe(people.length);
  });

  // The exam bank's items reuse the companies everywhere: their figures are checked below, their appearances not listed.
  it.each(bible.map((c) => [c.name, c] as const))('%s: appearsIn lists exactly the files that name it (the exam bank aside)', (_, company) => {
    const named = sources.filter((s) => !s.where.startsWith('exam/') && (s.company === company.name || mentions(s.text, company))).map((s) => s.where);
    const linked = company.datasets.map((id) => `datasets/${id}`).filter((where) => company.appearsIn.includes(where));
    expect([...new Set([...named, ...linked])].sort()).toEqual([...company.appearsIn].sort());
  });
});

const figures = bible.flatMap((company) => company.figures.map((figure) => [`${company.name} ${figure.label}`, company, figure] as const));

describe('figures quoted about each company agree with the bible', () => {
  it.each(figures)('%s', (_, company, figure) => {
    const found = quotes(company, figure.patterns);
    for (const pattern of figure.patterns) {
      expect(quotes(company, [pattern]).length, `pattern “${pattern}” matches nothing: fix the pattern or drop it`).toBeGreaterThan(0);
    }
    const wrong = found.filter((q) => !agrees(figure.value, figure.tolerance, q.quoted)).map((q) => `${q.where}: “${q.context}” (bible: ${figure.value})`);
    expect(wrong).toEqual([]);
  });

  it.each(figures.filter(([, , f]) => f.dataset))('%s matches its dataset', (_, _company, figure) => {
    const entry = manifest.find((d) => d.id === figure.dataset!.id);
    expect(entry, figure.dataset!.id).toBeDefined();
    const actual = figure.dataset!.distinct ? new Set(csvColumn(entry!.file, figure.dataset!.distinct)).size : entry!.rows;
    expect(actual).toBe(figure.value);
  });
});

describe('names', () => {
  const SUFFIXES = '(物流|冷链|快递|仓配|超市|电商|银行|酒店|公司|集团)';

  it.each(bible.filter((c) => c.aliases.length > 0).map((c) => [c.name, c] as const))('%s: its short name never starts another company’s name', (_, company) => {
    const other: string[] = [];
    for (const alias of company.aliases) {
      for (const source of sources) {
        for (const match of source.text.matchAll(new RegExp(`${escape(alias)}${SUFFIXES}`, 'g'))) {
          if (!namesOf(company).includes(match[0])) other.push(`${source.where}: ${match[0]}`);
        }
      }
    }
    expect(other).toEqual([]);
  });

  it.each(bible.flatMap((c) => c.people.map((p) => [p.name, c] as const)))('%s is always the same person: every file that names them names their company', (name, company) => {
    const strays = sources.filter((s) => s.text.includes(name) && !(s.company === company.name || mentions(s.text, company))).map((s) => s.where);
    expect(strays).toEqual([]);
  });
});

describe('quantityRange', () => {
  it.each([
    ['26', [26, 26]],
    ['3,750', [3750, 3750]],
    ['4.5万', [45_000, 45_000]],
    ['六', [6, 6]],
    ['二十六', [26, 26]],
    ['一百二十', [120, 120]],
    ['二十多', [21, 29]],
    ['十几', [11, 19]],
    ['几十', [20, 99]],
    ['几千', [2000, 9999]],
    ['几万', [20_000, 99_999]],
    ['一百多', [101, 199]],
    ['上百', [100, 199]],
    ['四', [4, 4]],
  ] as const)('%s → %j', (token, range) => {
    expect(quantityRange(token)).toEqual(range);
  });

  it('is null for words that are not quantities', () => {
    expect(quantityRange('多')).toBeNull();
    expect(quantityRange('家')).toBeNull();
  });
});
