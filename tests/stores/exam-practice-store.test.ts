import { describe, expect, it } from 'vitest';
import { examPracticeSpec, mergeExamPractice, PRACTICE_HISTORY_LIMIT, type ExamPracticeData, type PracticeSet } from '~/stores/exam-practice';
import { readEnvelope } from '~/stores/storage/versioned';

const answer = (updatedAt: string, score: number) => ({ response: { kind: 'choice', choice: 'A' } as const, revealed: false, marks: null, score, verdict: 'right' as const, updatedAt });
const set = (startedAt: string, answers: PracticeSet['answers'], position = 0): PracticeSet => ({ seed: 1, startedAt, source: 'bank', ids: ['01-mc-001', '01-mc-002'], answers, position, finishedAt: null });
const empty: ExamPracticeData = { current: null, history: [], wrongBook: {} };

describe('the exam-practice store', () => {
  it('keeps the later set, and of the same set every answer (the later one of each) and the furthest position', () => {
    const mine = { ...empty, current: set('t1', { '01-mc-001': answer('a1', 1) }, 1) };
    const theirs = { ...empty, current: set('t1', { '01-mc-001': answer('a0', 0), '01-mc-002': answer('a2', 1) }, 0) };
    expect(mergeExamPractice(mine, theirs).current).toEqual(set('t1', { '01-mc-001': answer('a1', 1), '01-mc-002': answer('a2', 1) }, 1));
    expect(mergeExamPractice(mine, { ...empty, current: set('t2', {}) }).current?.startedAt).toBe('t2');
  });

  it('keeps every finished set once, oldest first, at most the limit', () => {
    const result = (i: number) => ({ finishedAt: `2026-03-${String(i).padStart(2, '0')}T00:00:00.000Z`, source: 'bank' as const, items: 10, score: 8, points: 10, missed: 2 });
    const mine = { ...empty, history: Array.from({ length: 30 }, (_, i) => result(i + 1)) };
    const theirs = { ...empty, history: Array.from({ length: 30 }, (_, i) => result(i + 20)) };
    const merged = mergeExamPractice(mine, theirs).history;
    expect(merged).toHaveLength(Math.min(49, PRACTICE_HISTORY_LIMIT));
    expect(merged.at(-1)?.finishedAt).toBe(result(49).finishedAt);
  });

  it('refuses a stored value with an unknown key, a bad item id or a response of no known kind', () => {
    expect(readEnvelope(examPracticeSpec, { v: 1, data: { ...empty, extra: 1 } })).toMatchObject({ ok: false, where: 'extra' });
    expect(readEnvelope(examPracticeSpec, { v: 1, data: { ...empty, wrongBook: { 'not an id': { wrongCount: 1, streak: 0, lastAnsweredAt: '', clearedAt: null } } } })).toMatchObject({ ok: false });
    expect(readEnvelope(examPracticeSpec, { v: 1, data: { ...empty, current: set('t', { '01-mc-001': { ...answer('a', 1), response: { kind: 'html', text: '<b>' } as never } }) } })).toMatchObject({ ok: false });
    expect(readEnvelope(examPracticeSpec, { v: 1, data: { ...empty, current: set('t', { '01-mc-001': answer('a', 1) }) } })).toMatchObject({ ok: true });
  });
});
