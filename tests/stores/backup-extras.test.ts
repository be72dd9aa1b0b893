import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extrasForBackup, mergeProgress, mergeSelfCheck, parseExtras } from '~/stores/backup-extras';
import { parseBackup, toBackup } from '~/stores/notebook/backup';
import type { ProgressData } from '~/stores/progress';
import type { SelfCheckData } from '~/stores/self-check';

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

describe('backup extras: progress and self-check results travel with the notebook', () => {
  it('round-trip through a backup file', () => {
    const text = toBackup({ answers: {} }, new Date('2026-11-25T00:00:00Z'), extrasForBackup(progressA, quizA));
    const parsed = parseBackup(text);
    expect(parsed).toEqual({ ok: true, data: { answers: {} }, extras: { progress: progressA, selfCheck: quizA } });
  });

  it('a backup without extras, or with unreadable ones, still imports its answers', () => {
    expect(parseExtras(undefined)).toEqual({});
    expect(parseExtras({ progress: { v: 99, data: {} }, selfCheck: { v: 1, data: { quizzes: [1] } } })).toEqual({});
  });

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
