import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ABC_CHAPTER_EXAMPLE, abcCustomersToCsv, classifyAbc } from '~/engine/tiering/abc';

interface AbcCase { id: string; input: { customers: { customer: string; value: number }[] }; expected: { customers: { customer: string; value: number; share: number; cumulative: number; class: string }[]; summary: { class: 'A' | 'B' | 'C'; customers: number; value: number; share: number }[] } }
const fixture = (JSON.parse(readFileSync(new URL('../../../fixtures/chapter-examples/06-customer-tiering.json', import.meta.url), 'utf8')) as { kind: string }[])
  .find((c) => c.kind === 'abc') as unknown as AbcCase;

describe('ABC_CHAPTER_EXAMPLE (佳味食品批发)', () => {
  const result = classifyAbc(ABC_CHAPTER_EXAMPLE.customers);

  it('holds the chapter’s ten customers', () => {
    expect(ABC_CHAPTER_EXAMPLE.customers.map(({ customer, value }) => ({ customer, value }))).toEqual(fixture.input.customers.map(({ customer, value }) => ({ customer, value })));
  });

  it('classifies them as the chapter does by hand: AAAA BB CCCC, A 4 / 790 / 79 %', () => {
    result.customers.forEach((c, i) => {
      const want = fixture.expected.customers[i]!;
      expect(c.customer).toBe(want.customer);
      expect(c.class).toBe(want.class);
      expect(c.share).toBeCloseTo(want.share, 9);
      expect(c.cumulative).toBeCloseTo(want.cumulative, 9);
    });
    for (const s of fixture.expected.summary) {
      expect(result.summary[s.class].customers).toBe(s.customers);
      expect(result.summary[s.class].value).toBe(s.value);
      expect(result.summary[s.class].valueShare).toBeCloseTo(s.share, 9);
    }
  });

  it('exports the columns `crm abc --out` writes', () => {
    const lines = abcCustomersToCsv(result.customers).split('\r\n');
    expect(lines[0]).toBe('\uFEFF排名,客户,金额,占比,累计占比,类别');
    expect(lines[1]).toBe('1,K01,300,0.3,0.3,A');
    expect(lines[4]).toBe('4,K04,110,0.11,0.79,A'); // cumulative 790 / 1000
  });
});
