import { cleanStores } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { $notebook, setAnswer } from '~/stores/notebook';
import { $storageNotices, clearNotices } from '~/stores/storage/notices';
import { useTestStorageEngine } from '~/stores/storage/persistent';
import { MemoryStorage } from '../helpers/memory-storage';

let storage: MemoryStorage;

beforeEach(() => {
  storage = new MemoryStorage();
  useTestStorageEngine(storage);
  clearNotices();
});

afterEach(() => {
  cleanStores($notebook);
  useTestStorageEngine(undefined);
});

describe('$notebook', () => {
  it('loads what is stored when first listened to, and saves every change', () => {
    storage.setItem('crm-lab:notebook', JSON.stringify({ v: 2, data: { answers: { a: { q1: { text: '旧回答', updatedAt: 'x' } } } } }));
    const unbind = $notebook.listen(() => {});
    expect($notebook.get().answers.a?.q1?.text).toBe('旧回答');
    setAnswer('a', 'q2', '新回答', new Date('2026-11-25T09:00:00Z'));
    expect(JSON.parse(storage.getItem('crm-lab:notebook')!)).toEqual({
      v: 2,
      data: { answers: { a: { q1: { text: '旧回答', updatedAt: 'x' }, q2: { text: '新回答', updatedAt: '2026-11-25T09:00:00.000Z' } } } },
    });
    unbind();
  });

  it('migrates an older version on load and writes the new version on the next save', () => {
    storage.setItem('crm-lab:notebook', JSON.stringify({ v: 1, data: { answers: { a: { q1: '第一版' } } } }));
    const unbind = $notebook.listen(() => {});
    expect($notebook.get().answers.a?.q1).toEqual({ text: '第一版', updatedAt: '' });
    setAnswer('a', 'q1', '第一版(修改)');
    expect(JSON.parse(storage.getItem('crm-lab:notebook')!).v).toBe(2);
    unbind();
  });

  it('keeps a corrupt value aside and tells the learner', () => {
    storage.setItem('crm-lab:notebook', '{"v":2,"data":');
    const unbind = $notebook.listen(() => {});
    expect($notebook.get()).toEqual({ answers: {} });
    const notices = $storageNotices.get();
    expect(notices).toHaveLength(1);
    expect(notices[0]?.kind).toBe('corrupt');
    expect(storage.getItem(notices[0]!.asideKey!)).toBe('{"v":2,"data":');
    unbind();
  });

  it('reports a full quota and keeps the answer in memory', () => {
    const unbind = $notebook.listen(() => {});
    storage.quotaAfter = 20;
    setAnswer('a', 'q1', '一段很长的回答,超过了存储空间的上限。');
    expect($notebook.get().answers.a?.q1?.text).toBe('一段很长的回答,超过了存储空间的上限。');
    expect($storageNotices.get().map((n) => n.kind)).toEqual(['quota']);
    unbind();
  });
});
