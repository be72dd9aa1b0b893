import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { loadChapters } from './load';

/*
 * The glossary (content/glossary/terms.yaml) must say what the chapters teach: a learner who hovers over a
 * term in chapter 8 should not read 魅力型 where the chapter and its quiz say 兴奋型.
 */

interface GlossaryTerm {
  id: string;
  term: string;
  definition: string;
  chapters: number[];
}

const terms = yaml.load(readFileSync('content/glossary/terms.yaml', 'utf8')) as GlossaryTerm[];
const chapters = loadChapters();

/** A chapter's words as a reader sees them: no <Term> tags, no spaces, ranges written one way (0–10, 0~10 → 0-10). */
function plain(text: string): string {
  return text
    .replace(/<\/?Term\b[^>]*>/g, '')
    .replace(/\*\*/g, '')
    .replace(/\s+/g, '')
    .replace(/[–~～—]/g, '-');
}

const chapterText = (numbers: number[]) => plain(numbers.map((n) => chapters.find((c) => c.data.number === n)!.body).join('\n'));

/** Category labels such as 基本型、期望型 (not 类型, 模型, 典型 or 大型). */
const TYPE_LABEL = /([\u4e00-\u9fff]{2})型(?=[、，和与或及（]|等|需求|CRM|$)/g;
const NOT_LABELS = /[类模典大小中新转重]$/;

/**
 * The words in a definition that a chapter must use too: percentages and number ranges, the English names given
 * in brackets (Volume, Recency) and category labels ending in 型.
 */
export function keyWords(definition: string): string[] {
  const words = new Set<string>();
  for (const m of definition.matchAll(/\d+(?:\.\d+)?\s?%|\d+\s?[~～–-]\s?\d+/g)) words.add(plain(m[0]));
  for (const m of definition.matchAll(/（([A-Za-z][A-Za-z .-]*)）/g)) words.add(m[1]!.trim());
  for (const m of definition.matchAll(TYPE_LABEL)) if (!NOT_LABELS.test(m[1]!)) words.add(`${m[1]}型`);
  return [...words];
}

/**
 * Lists a chapter teaches in full: every item must be in the term's definition as well as in the chapter, so a
 * definition cannot give three of four Vs, another name for a category, or a vaguer rule than the chapter's.
 */
const TAUGHT: { id: string; chapter: number; words: string[] }[] = [
  { id: 'big-data', chapter: 2, words: ['Volume', 'Velocity', 'Variety', 'Value', '4V'] },
  { id: 'kano-model', chapter: 8, words: ['基本型', '期望型', '兴奋型'] },
  { id: 'abc-analysis', chapter: 6, words: ['前面的客户的累计占比', '低于70%', '低于90%'] },
  { id: 'rfm-analysis', chapter: 6, words: ['最近一次消费', '消费频率', '消费金额'] },
  { id: 'net-promoter-score', chapter: 8, words: ['9-10', '0-6', '推荐者', '贬损者'] },
  { id: 'servqual', chapter: 8, words: ['有形性', '可靠性', '响应性', '保证性', '移情性'] },
  { id: 'five-c-credit', chapter: 5, words: ['品格', '能力', '资本', '抵押', '条件'] },
  { id: 'operational-crm', chapter: 2, words: ['营销', '销售', '服务'] },
  { id: 'collaborative-crm', chapter: 2, words: ['沟通', '呼叫中心'] },
];

const term = (id: string) => {
  const found = terms.find((t) => t.id === id);
  if (!found) throw new Error(`no glossary term ${id}`);
  return found;
};

describe('the glossary agrees with the chapters that teach its terms', () => {
  it.each(terms.map((t) => [t.id, t] as const))('%s: its numbers, English names and type labels are the chapters’ own', (_id, t) => {
    const text = chapterText(t.chapters);
    expect(keyWords(t.definition).filter((word) => !text.includes(plain(word)))).toEqual([]);
  });

  it.each(TAUGHT.map((row) => [row.id, row] as const))('%s: every item the chapter teaches is in the definition', (_id, { id, chapter, words }) => {
    const definition = plain(term(id).definition);
    const text = chapterText([chapter]);
    for (const word of words) {
      expect(text, `chapter ${chapter} teaches ${word}`).toContain(plain(word));
      expect(definition, `${id} should say ${word}`).toContain(plain(word));
    }
  });

  it('客户 and 潜在客户 do not overlap: a customer has bought, a prospect has not yet, and neither definition says otherwise', () => {
    const customer = term('customer').definition;
    const prospect = term('prospect').definition;
    expect(prospect).toContain('尚未购买');
    expect(customer).not.toMatch(/可能购买/);
    // “Not every buyer is a customer” contradicts a definition of the customer as the buyer.
    expect(customer).not.toMatch(/不是所有(?:的)?购买者都是/);
    expect(customer).toContain('潜在客户');
  });

  it('finds the key words a definition gives', () => {
    expect(keyWords('分为基本型、期望型和魅力型等类别的需求分析模型')).toEqual(['基本型', '期望型', '魅力型']);
    expect(keyWords('规模巨大（Volume）、类型多样（Variety）')).toEqual(['Volume', 'Variety']);
    expect(keyWords('打 9~10 分的推荐者，约前 70% 的为 A 类')).toEqual(['9-10', '70%']);
  });
});
