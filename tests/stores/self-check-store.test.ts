import { cleanStores } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { $selfCheck, HISTORY_LIMIT, recordQuizResult, saveQuizAttempt, selfCheckSpec } from '~/stores/self-check';
import { $storageNotices, clearNotices } from '~/stores/storage/notices';
import { useTestStorageEngine } from '~/stores/storage/persistent';
import { loadVersioned, readEnvelope } from '~/stores/storage/versioned';
import { MemoryStorage } from '../helpers/memory-storage';

const KEY = '06-customer-tiering/self-check';
const ATTEMPT = { seed: 3, startedAt: '2025-03-01T08:00:00.000Z', responses: { q1: { kind: 'single', choice: 'b' } as const } };

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  useTestStorageEngine(storage);
});
afterEach(() => {
  cleanStores($selfCheck);
  clearNotices();
  useTestStorageEngine(undefined);
});

describe('self-check store', () => {
  it('saves attempts and results under a versioned key, and reads them back', () => {
    const stop = $selfCheck.listen(() => undefined);
    saveQuizAttempt(KEY, ATTEMPT);
    recordQuizResult(KEY, { finishedAt: '2025-03-01T08:10:00.000Z', seed: 3, points: 6.5, total: 8 });
    const stored = JSON.parse(storage.getItem('crm-lab:self-check')!);
    expect(stored.v).toBe(1);
    expect(stored.data.quizzes[KEY]).toEqual({ attempt: ATTEMPT, history: [{ finishedAt: '2025-03-01T08:10:00.000Z', seed: 3, points: 6.5, total: 8 }] });
    stop();
    expect(loadVersioned(storage, selfCheckSpec).value.quizzes[KEY]?.attempt).toEqual(ATTEMPT);
  });

  it(`keeps the last ${HISTORY_LIMIT} results`, () => {
    const stop = $selfCheck.listen(() => undefined);
    for (let i = 1; i <= HISTORY_LIMIT + 5; i++) recordQuizResult(KEY, { finishedAt: new Date(Date.UTC(2025, 2, 1, 8, i)).toISOString(), seed: i, points: 1, total: 8 });
    const history = $selfCheck.get().quizzes[KEY]!.history;
    expect(history).toHaveLength(HISTORY_LIMIT);
    expect(history[0]!.seed).toBe(6);
    expect(history.at(-1)!.seed).toBe(HISTORY_LIMIT + 5);
    stop();
  });

  it('sets aside a value it cannot read and reports it, never overwriting the learner’s data silently', () => {
    storage.setItem('crm-lab:self-check', JSON.stringify({ v: 1, data: { quizzes: { [KEY]: { attempt: { seed: 'x' }, history: [] } } } }));
    const stop = $selfCheck.listen(() => undefined);
    expect($selfCheck.get()).toEqual({ quizzes: {} });
    expect($storageNotices.get().map((n) => n.kind)).toEqual(['corrupt']);
    expect([...storage.items.keys()].some((k) => k.startsWith('crm-lab:self-check:aside:'))).toBe(true);
    stop();
  });

  it.each([
    [{ quizzes: {} }, true],
    [{ quizzes: { [KEY]: { attempt: null, history: [] } } }, true],
    [{ quizzes: { [KEY]: { attempt: ATTEMPT, history: [] } } }, true],
    [{ quizzes: { [KEY]: { attempt: { ...ATTEMPT, responses: { q1: { kind: 'number', value: 'x' } } }, history: [] } } }, false],
    [{ quizzes: { [KEY]: { attempt: { ...ATTEMPT, responses: { q1: { kind: 'essay', text: '' } } }, history: [] } } }, false],
    [{ quizzes: { [KEY]: { attempt: null, history: [{ finishedAt: 't', seed: 1, points: 'all', total: 8 }] } } }, false],
    [{ quizzes: { [KEY]: { history: [] } } }, false],
    [{ quizzes: { [KEY]: { attempt: null, history: [], extra: 1 } } }, false],
    [{ quizzes: { 'no-set-id': { attempt: null, history: [] } } }, false],
    [{ quizzes: [] }, false],
    [null, false],
  ])('reads %j → %s', (data, ok) => {
    expect(readEnvelope(selfCheckSpec, { v: 1, data }).ok).toBe(ok);
  });
});
