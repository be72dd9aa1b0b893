import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

interface GlossaryTerm {
  id: string;
  term: string;
  aliases?: string[];
}

const terms = yaml.load(readFileSync('content/glossary/terms.yaml', 'utf8')) as GlossaryTerm[];
/** Spaces aside, “RFM 分析” and “RFM分析” are the same words: the glossary listed such pairs twice. */
const words = (text: string) => text.replace(/\s+/g, '').toLowerCase();

describe('glossary aliases', () => {
  it.each(terms.map((t) => [t.id, t] as const))('%s: no alias repeats the term or another alias, spaces aside', (_id, t) => {
    const seen = [words(t.term)];
    const repeats: string[] = [];
    for (const alias of t.aliases ?? []) {
      if (seen.includes(words(alias))) repeats.push(alias);
      seen.push(words(alias));
    }
    expect(repeats).toEqual([]);
  });
});
