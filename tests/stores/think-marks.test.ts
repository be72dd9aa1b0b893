import { cleanStores } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useTestStorageEngine } from '~/stores/storage/persistent';
import { $thinkMarks, currentMarks, keyPointsFingerprint, markSummary, setThinkMark, thinkMarksSpec } from '~/stores/think-marks';
import { MemoryStorage } from '../helpers/memory-storage';

const POINTS = ['定义', '特点', '举例'];

beforeEach(() => useTestStorageEngine(new MemoryStorage()));
afterEach(() => {
  cleanStores($thinkMarks);
  useTestStorageEngine(undefined);
});

describe('the think-marks store', () => {
  it('marks point by point, and starts afresh when the points have changed', () => {
    const stop = $thinkMarks.listen(() => undefined);
    setThinkMark('01-crm-philosophy', 'q1', POINTS, 2, 'covered', new Date('2026-03-01T08:00:00Z'));
    setThinkMark('01-crm-philosophy', 'q1', POINTS, 0, 'partly', new Date('2026-03-01T08:01:00Z'));
    expect(currentMarks($thinkMarks.get(), '01-crm-philosophy', 'q1', POINTS)).toEqual(['partly', null, 'covered']);
    expect(currentMarks($thinkMarks.get(), '01-crm-philosophy', 'q1', [...POINTS, '新要点'])).toBeNull();
    setThinkMark('01-crm-philosophy', 'q1', [...POINTS, '新要点'], 3, 'missed');
    expect(currentMarks($thinkMarks.get(), '01-crm-philosophy', 'q1', [...POINTS, '新要点'])).toEqual([null, null, null, 'missed']);
    stop();
  });

  it('merges two tabs answer by answer, the later marks winning', () => {
    const key = keyPointsFingerprint(POINTS);
    const older = { key, marks: ['covered' as const], updatedAt: '2026-03-01T08:00:00.000Z' };
    const later = { key, marks: ['missed' as const], updatedAt: '2026-03-01T09:00:00.000Z' };
    const merged = thinkMarksSpec.merge!({ marks: { a: { q1: older, q2: older } } }, { marks: { a: { q1: later }, b: { q1: older } } });
    expect(merged.marks.a).toEqual({ q1: later, q2: older });
    expect(merged.marks.b).toEqual({ q1: older });
  });

  it('sums marks up in one line', () => {
    expect(markSummary(['covered', 'missed', null])).toBe('自评：已覆盖 1 条，没写到 1 条（共 3 条，1 条未评）。');
    expect(markSummary([null, null])).toBe('自评：还没有评（共 2 条，2 条未评）。');
  });
});
