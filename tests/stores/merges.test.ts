import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeNotebooks, type NotebookData } from '~/stores/notebook/schema';
import { mergeProfileDrafts } from '~/stores/profile-drafts';
import { mergeProgress, type ProgressData } from '~/stores/progress';
import { mergeSelfCheck, type SelfCheckData } from '~/stores/self-check';

const progressA: ProgressData = Object.freeze({
  chapters: { '01-crm-philosophy': { visitedAt: '2026-10-02T08:00:00.000Z', widgets: ['think-practice'] }, '06-customer-tiering': { widgets: ['rfm-calculator'] } },
});
const progressB: ProgressData = Object.freeze({
  chapters: { '01-crm-philosophy': { visitedAt: '2026-09-01T08:00:00.000Z', widgets: ['self-check'] }, '03-customer-selection': { visitedAt: '2026-09-05T08:00:00.000Z', widgets: [] } },
});
const result = (finishedAt: string, seed: number, points: number) => ({ finishedAt, seed, points, total: 8 });
const quizA: SelfCheckData = Object.freeze({ quizzes: { '01-crm-philosophy/self-check': { attempt: null, history: [result('2026-10-01T00:00:00Z', 1, 6), result('2026-10-03T00:00:00Z', 2, 7)] } } });
const quizB: SelfCheckData = Object.freeze({
  quizzes: {
    '01-crm-philosophy/self-check': { attempt: null, history: [result('2026-10-01T00:00:00Z', 1, 6), result('2026-09-20T00:00:00Z', 9, 4)] },
    '06-customer-tiering/self-check': { attempt: null, history: [result('2026-10-05T00:00:00Z', 3, 8)] },
  },
});

describe('merging two copies of the learner’s data (another tab, an imported backup)', () => {
  it('merge progress: the earlier visit and every widget of both sides', () => {
    expect(mergeProgress(progressA, progressB)).toEqual({
      chapters: {
        '01-crm-philosophy': { visitedAt: '2026-09-01T08:00:00.000Z', widgets: ['think-practice', 'self-check'] },
        '03-customer-selection': { visitedAt: '2026-09-05T08:00:00.000Z', widgets: [] },
        '06-customer-tiering': { widgets: ['rfm-calculator'] },
      },
    });
  });

  it('merge self-check results: each finished attempt once, in time order', () => {
    const merged = mergeSelfCheck(quizA, quizB);
    expect(merged.quizzes['01-crm-philosophy/self-check']?.history.map((r) => r.seed)).toEqual([9, 1, 2]);
    expect(merged.quizzes['06-customer-tiering/self-check']?.history).toHaveLength(1);
  });

  it('merging is idempotent and never loses a local record (property)', () => {
    const resultArb = fc.record({
      finishedAt: fc.date({ min: new Date('2026-01-01'), max: new Date('2026-12-31'), noInvalidDate: true }).map((d) => d.toISOString()),
      seed: fc.integer({ min: 0, max: 50 }),
      points: fc.integer({ min: 0, max: 8 }),
      total: fc.constant(8),
    });
    const dataArb = fc
      .dictionary(fc.constantFrom('a/self-check', 'b/self-check'), fc.record({ attempt: fc.constant(null), history: fc.array(resultArb, { maxLength: 5 }) }))
      .map((quizzes) => ({ quizzes }) as SelfCheckData);
    fc.assert(
      fc.property(dataArb, dataArb, (mine, theirs) => {
        const merged = mergeSelfCheck(mine, theirs);
        expect(mergeSelfCheck(merged, theirs)).toEqual(merged);
        for (const [key, record] of Object.entries(mine.quizzes)) {
          for (const r of record.history) expect(merged.quizzes[key]?.history.some((m) => m.finishedAt === r.finishedAt && m.seed === r.seed)).toBe(true);
        }
      }),
    );
  });
});

describe('mergeNotebooks: answer by answer, the one edited last wins', () => {
  const answer = (text: string, updatedAt: string) => ({ text, updatedAt });
  const mine: NotebookData = Object.freeze({ answers: { '01-crm-philosophy': { q1: answer('本页新写的', '2026-11-02T00:00:00.000Z'), q2: answer('旧的', '2026-11-01T00:00:00.000Z') } } });
  const theirs: NotebookData = Object.freeze({
    answers: { '01-crm-philosophy': { q2: answer('另一页改过的', '2026-11-03T00:00:00.000Z'), q3: answer('另一页新写的', '2026-11-03T00:00:00.000Z') }, '02-crm-technology': { q1: answer('第二章', '') } },
  });

  it('keeps every answer of both sides, the newer text where both have one', () => {
    expect(mergeNotebooks(mine, theirs)).toEqual({
      answers: {
        '01-crm-philosophy': { q1: mine.answers['01-crm-philosophy']!.q1, q2: theirs.answers['01-crm-philosophy']!.q2, q3: theirs.answers['01-crm-philosophy']!.q3 },
        '02-crm-technology': { q1: answer('第二章', '') },
      },
    });
  });

  it('on a tie, this tab’s own answer stays', () => {
    const same = { answers: { '01-crm-philosophy': { q1: answer('另一页', '2026-11-02T00:00:00.000Z') } } };
    expect(mergeNotebooks(mine, same).answers['01-crm-philosophy']?.q1?.text).toBe('本页新写的');
  });

  it('builds maps no key can reach the prototype through', () => {
    const crafted = JSON.parse('{"answers":{"constructor":{"q1":{"text":"x","updatedAt":"z"}}}}') as NotebookData;
    const merged = mergeNotebooks({ answers: {} }, crafted);
    expect(Object.getPrototypeOf(merged.answers)).toBeNull();
    expect((Object as unknown as Record<string, unknown>).q1).toBeUndefined();
  });
});

describe('mergeProfileDrafts', () => {
  it('takes the later draft of each card and keeps the card open here', () => {
    const draft = (note: string, updatedAt: string) => ({ fields: [{ id: 'mobile', required: true, note }], updatedAt });
    const merged = mergeProfileDrafts(
      { scenario: 'supermarket-member', drafts: { 'supermarket-member': draft('本页', '2026-11-02T00:00:00Z'), 'logistics-b2b': draft('旧', '2026-11-01T00:00:00Z') } },
      { scenario: 'logistics-b2b', drafts: { 'supermarket-member': draft('旧的', '2026-11-01T00:00:00Z'), 'logistics-b2b': draft('新', '2026-11-03T00:00:00Z') } },
    );
    expect(merged.scenario).toBe('supermarket-member');
    expect(merged.drafts['supermarket-member']?.fields[0]?.note).toBe('本页');
    expect(merged.drafts['logistics-b2b']?.fields[0]?.note).toBe('新');
  });
});
