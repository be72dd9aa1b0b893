import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PASS_MARK } from '~/engine/core/pass-mark';
import {
  chapterReport,
  decodeSuspendData,
  encodeSuspendData,
  notBelow,
  scoreRaw,
  SUSPEND_DATA_LIMIT,
  workSince,
  type ChapterWork,
} from '~/scripts/scorm-report';
import type { QuizRecord, QuizResult } from '~/stores/self-check';

const SLUG = '06-customer-tiering';
const QUESTIONS = ['q1', 'q2', 'q3', 'q4'];
const answer = (text: string, updatedAt = '2026-03-02T08:00:00.000Z') => ({ text, updatedAt });
const result = (points: number, finishedAt = '2026-03-02T09:00:00.000Z', total = 8): QuizResult => ({ finishedAt, seed: 1, points, total });
const record = (...history: QuizResult[]): QuizRecord => ({ attempt: null, history });
const work = (answers: ChapterWork['answers'], quizzes: ChapterWork['quizzes'] = {}): ChapterWork => Object.freeze({ answers, quizzes });
const allAnswered = { q1: answer('甲'), q2: answer('乙'), q3: answer('丙'), q4: answer('丁') };

describe('scoreRaw', () => {
  it.each([
    [6.5, 8, '81.25'], // 6.5 ÷ 8 = 0.8125
    [4.8, 8, '60'], // 0.6 exactly, although 0.6 × 10,000 is 5999.999… in floating point
    [2 / 3, 1, '66.66'], // 66.666… cut, not rounded to 66.67
    [0, 8, '0'],
    [8, 8, '100'],
  ])('%s of %s points → %s', (points, total, raw) => {
    expect(scoreRaw({ points, total })).toBe(raw);
  });

  it('is never above the share of points, so a pass on the platform is a pass on the site', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 120 }), fc.integer({ min: 1, max: 3 }), (total, n, d) => {
        const points = Math.min(total, n / d);
        const raw = Number(scoreRaw({ points, total }));
        expect(raw).toBeLessThanOrEqual((points / total) * 100 + 1e-9);
        expect((points / total) * 100 - raw).toBeLessThan(0.01 + 1e-9);
        expect(raw >= PASS_MARK).toBe((points / total) * 100 >= PASS_MARK - 1e-9);
      }),
    );
  });
});

describe('chapterReport', () => {
  it('is incomplete when opened, completed when every question has an answer', () => {
    expect(chapterReport(work({}), QUESTIONS, SLUG)).toEqual({ status: 'incomplete', raw: null });
    expect(chapterReport(work({ ...allAnswered, q4: answer('  ') }), QUESTIONS, SLUG)).toEqual({ status: 'incomplete', raw: null });
    expect(chapterReport(work(allAnswered), QUESTIONS, SLUG)).toEqual({ status: 'completed', raw: null });
  });

  it('is passed or failed by the self-check’s best score against the pass mark, answers or not', () => {
    const quiz = (...history: QuizResult[]) => ({ [`${SLUG}/self-check`]: record(...history) });
    expect(chapterReport(work({}, quiz(result(4.5), result(5), result(3))), QUESTIONS, SLUG)).toEqual({ status: 'passed', raw: '62.5' });
    expect(chapterReport(work(allAnswered, quiz(result(4.75))), QUESTIONS, SLUG)).toEqual({ status: 'failed', raw: '59.37' });
    // Another set of the chapter (a scenario quiz) is not the self-check.
    expect(chapterReport(work({}, { [`${SLUG}/crm-functions-quiz`]: record(result(8)) }), QUESTIONS, SLUG).status).toBe('incomplete');
  });
});

describe('notBelow', () => {
  it('never reports less than the platform holds', () => {
    expect(notBelow({ status: 'incomplete', raw: null }, { status: 'passed', raw: '75' })).toEqual({ status: 'passed', raw: '75' });
    expect(notBelow({ status: 'failed', raw: '50' }, { status: 'completed', raw: '' })).toEqual({ status: 'failed', raw: '50' });
    expect(notBelow({ status: 'passed', raw: '62.5' }, { status: 'failed', raw: '40' })).toEqual({ status: 'passed', raw: '62.5' });
    expect(notBelow({ status: 'incomplete', raw: null }, { status: 'not attempted', raw: '' })).toEqual({ status: 'incomplete', raw: null });
    expect(notBelow({ status: 'completed', raw: null }, { status: 'unknown', raw: 'x' })).toEqual({ status: 'completed', raw: null });
  });
});

describe('workSince', () => {
  const since = '2026-03-02T08:30:00.000Z';

  it('reports what came back from the platform and what was done since launch, not older work in this browser', () => {
    const local = work(
      { q1: answer('上一位同学的回答', '2026-03-01T10:00:00.000Z'), q2: answer('本次写的', '2026-03-02T08:31:00.000Z') },
      { [`${SLUG}/self-check`]: record(result(8, '2026-03-01T11:00:00.000Z'), result(3, '2026-03-02T08:40:00.000Z')) },
    );
    const restored = work({ q3: answer('平台保存的', '2026-02-20T08:00:00.000Z') });
    const reported = workSince(local, restored, since);
    expect(Object.keys(reported.answers).sort()).toEqual(['q2', 'q3']);
    expect(reported.quizzes[`${SLUG}/self-check`]!.history.map((r) => r.points)).toEqual([3]);
  });

  it('keeps an attempt in progress that was resumed from the platform', () => {
    const attempt = { seed: 2, startedAt: '2026-02-20T08:00:00.000Z', responses: { q1: { kind: 'true-false' as const, value: true } } };
    const more = { ...attempt, responses: { ...attempt.responses, q2: { kind: 'true-false' as const, value: false } } };
    const reported = workSince(work({}, { [`${SLUG}/self-check`]: { attempt: more, history: [] } }), work({}, { [`${SLUG}/self-check`]: { attempt, history: [] } }), since);
    expect(reported.quizzes[`${SLUG}/self-check`]!.attempt).toEqual(more);
  });
});

describe('suspend data', () => {
  it('round-trips a chapter’s answers and quiz sets through the stores’ own readers', () => {
    const attempt = { seed: 3, startedAt: '2026-03-02T09:10:00.000Z', responses: { q1: { kind: 'single' as const, choice: 'b' } } };
    const history = [result(2, '2026-03-01T09:00:00.000Z'), result(7, '2026-03-01T10:00:00.000Z'), result(5, '2026-03-02T09:00:00.000Z')];
    const original = work(allAnswered, { [`${SLUG}/self-check`]: { attempt, history } });
    const { text, left } = encodeSuspendData(SLUG, original, QUESTIONS);
    expect(left).toEqual([]);
    const read = decodeSuspendData(text, SLUG);
    expect(read).toEqual({ ok: true, work: { answers: allAnswered, quizzes: { [`${SLUG}/self-check`]: { attempt, history: [history[1], history[2]] } } } });
  });

  it('stays within 4,096 characters, leaving out whole answers that do not fit', () => {
    const long = (n: number) => answer('长'.repeat(n));
    const { text, left } = encodeSuspendData(SLUG, work({ q1: long(1500), q2: long(2000), q3: long(1000), q4: long(100) }), QUESTIONS);
    expect(text.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    expect(left).toEqual(['q3']);
    const read = decodeSuspendData(text, SLUG);
    expect(read.ok && Object.keys(read.work.answers)).toEqual(['q1', 'q2', 'q4']);
    expect(read.ok && read.work.answers.q1!.text).toBe('长'.repeat(1500));
  });

  it('never exceeds the limit and carries only what it was given, whatever the work', () => {
    const text = fc.string({ unit: fc.constantFrom('a', '客', '"', '\\', '\n', '😀'), maxLength: 3000 });
    const answers = fc.dictionary(fc.constantFrom('q1', 'q2', 'q3', 'q4', 'q5'), fc.record({ text, updatedAt: fc.constant('2026-03-02T08:00:00.000Z') }));
    fc.assert(
      fc.property(answers, fc.integer({ min: 0, max: 25 }), (given, finished) => {
        const history = Array.from({ length: finished }, (_, i) => result(i % 9, `2026-03-0${1 + (i % 9)}T0${i % 10}:00:00.000Z`));
        const encoded = encodeSuspendData(SLUG, work(given, { [`${SLUG}/self-check`]: record(...history) }), QUESTIONS);
        expect(encoded.text.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
        const read = decodeSuspendData(encoded.text, SLUG);
        if (!read.ok) throw new Error('unreadable');
        for (const [id, kept] of Object.entries(read.work.answers)) expect(kept).toEqual(given[id]);
        const carried = new Set([...Object.keys(read.work.answers), ...encoded.left]);
        expect([...carried].sort()).toEqual(Object.keys(given).filter((id) => given[id]!.text.trim() !== '').sort());
      }),
      { numRuns: 60 },
    );
  });

  it.each([
    ['', { ok: true, work: { answers: {}, quizzes: {} } }],
    ['not json', { ok: false, kind: 'corrupt' }],
    ['{"v":2}', { ok: false, kind: 'newer' }],
    ['{"v":1,"extra":1}', { ok: false, kind: 'corrupt' }],
    ['{"v":1,"notebook":{"v":9,"data":{}}}', { ok: false, kind: 'newer' }],
    ['{"v":1,"notebook":{"v":2,"data":{"answers":{"x":{"q1":"bare text"}}}}}', { ok: false, kind: 'corrupt' }],
    ['{"v":1,"__proto__":{"polluted":true}}', { ok: false, kind: 'corrupt' }],
  ])('reads %j as %j', (text, expected) => {
    expect(decodeSuspendData(text, SLUG)).toEqual(expected);
  });

  it('reads a version-1 notebook (plain strings) through its migration, and only this chapter’s part', () => {
    const text = JSON.stringify({ v: 1, notebook: { v: 1, data: { answers: { [SLUG]: { q1: '旧版的回答' }, 'other-chapter': { q1: '别的章' } } } } });
    expect(decodeSuspendData(text, SLUG)).toEqual({ ok: true, work: { answers: { q1: { text: '旧版的回答', updatedAt: '' } }, quizzes: {} } });
  });
});
