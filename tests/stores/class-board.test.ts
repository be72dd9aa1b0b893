import { cleanStores } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeResultCode, type ResultRecord, type Submission } from '~/engine/result-code';
import { parseBackup, toBackup } from '~/stores/backup';
import { $classBoard, classBoardSpec, mergeClassBoards, updateClassBoard, type ClassBoardData } from '~/stores/class-board';
import { $classCode, setClassCode } from '~/stores/class-code';
import { openAllStores } from '~/stores/registry';
import { useTestStorageEngine } from '~/stores/storage/persistent';
import { loadVersioned } from '~/stores/storage/versioned';
import { MemoryStorage } from '../helpers/memory-storage';

const record = (change: Partial<ResultRecord>): ResultRecord => ({
  studentId: '2023001', name: '张三', activity: 'loyalty-matrix', variant: null, answers: [1, 2], score: { points: 1, max: 8 }, takenAt: '2026-03-02T08:15:00.000Z', ...change,
});
const sub = (change: Partial<ResultRecord>): Submission => {
  const r = record(change);
  return { code: encodeResultCode(r, 'YX2301'), record: r };
};
const board = (change: Partial<ClassBoardData>): ClassBoardData => ({ ...classBoardSpec.empty(), ...change });

describe('the class board store', () => {
  let storage: MemoryStorage;
  beforeEach(() => {
    storage = new MemoryStorage();
    useTestStorageEngine(storage);
  });
  afterEach(() => {
    cleanStores($classBoard, $classCode);
    useTestStorageEngine(undefined);
  });

  it('merges two tabs: the newer class code, list and round, the latest submission per student and activity', () => {
    const mine = board({ classCode: 'YX2301', classCodeAt: '2026-03-01T00:00:00.000Z', submissions: [sub({ answers: [1] })], round: { called: ['2023001'], updatedAt: '2026-03-02T00:00:00.000Z' } });
    const theirs = board({
      classCode: 'YX2302', classCodeAt: '2026-03-03T00:00:00.000Z',
      roster: { entries: [{ studentId: '2023001', name: '张三' }], file: '名单.csv', updatedAt: '2026-03-01T00:00:00.000Z' },
      submissions: [sub({ answers: [2], takenAt: '2026-03-02T09:00:00.000Z' }), sub({ studentId: '2023002', name: '李四' })],
      round: { called: [], updatedAt: '2026-03-01T00:00:00.000Z' },
    });
    const merged = mergeClassBoards(mine, theirs);
    expect(merged.classCode).toBe('YX2302');
    expect(merged.roster?.file).toBe('名单.csv');
    expect(merged.submissions.map((s) => [s.record.studentId, s.record.answers])).toEqual([['2023001', [2]], ['2023002', [1, 2]]]);
    expect(merged.round.called).toEqual(['2023001']);
    expect(mergeClassBoards(merged, merged)).toEqual(merged);
  });

  it('is kept in the JSON backup, and the student’s class code too', () => {
    const close = openAllStores();
    updateClassBoard((data, stamp) => ({ ...data, classCode: 'YX2301', classCodeAt: stamp(data.classCodeAt), submissions: [sub({})] }), new Date('2026-03-02T10:00:00Z'));
    setClassCode('yx2301', new Date('2026-03-02T10:00:00Z'));
    const parsed = parseBackup(toBackup());
    expect(parsed.ok && parsed.parts.get('classBoard')).toMatchObject({ classCode: 'YX2301', submissions: [{ record: { name: '张三' } }] });
    expect(parsed.ok && parsed.parts.get('classCode')).toEqual({ classCode: 'yx2301', updatedAt: '2026-03-02T10:00:00.000Z' });
    close();
  });

  it('a stored board in the wrong shape is set aside, never dropped', () => {
    storage.setItem('crm-lab:class-board', '{"v":1,"data":{"classCode":"YX","submissions":"x"}}');
    const loaded = loadVersioned(storage, classBoardSpec, Date.parse('2026-03-02T10:00:00Z'));
    expect(loaded.value).toEqual(classBoardSpec.empty());
    expect(loaded.notice?.kind).toBe('corrupt');
    expect(storage.getItem(loaded.notice!.asideKey!)).toContain('"YX"');
  });
});
