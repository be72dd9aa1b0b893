import { readFileSync } from 'node:fs';

/** Chapter 6's worked examples (tests/fixtures/chapter-examples/06-customer-tiering.json), checked by hand and with Python. */
export interface ChapterRfmCase {
  id: string;
  input: { transactions: { customer: string; date: string; amount: number }[]; asOf: string; bins: number };
  expected: {
    asOf: string;
    meanScores: { r: number; f: number; m: number };
    customers: { customer: string; recency: number; frequency: number; monetary: number; r: number; f: number; m: number; code: string; segment: string }[];
    segments: { segment: string; customers: number; orders: number; revenue: number }[];
  };
}

const fixture = JSON.parse(readFileSync(new URL('../../../fixtures/chapter-examples/06-customer-tiering.json', import.meta.url), 'utf8')) as { id: string; kind: string }[];

export function chapterCase(id: string): ChapterRfmCase {
  const found = fixture.find((c) => c.id === id);
  if (!found) throw new Error(`no chapter example ${id}`);
  return found as unknown as ChapterRfmCase;
}

export function chapterCaseOfKind<T>(id: string): T {
  return chapterCase(id) as unknown as T;
}
