import { cleanStores } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_VERSION, parseBackup, toBackup } from '~/stores/backup';
import { classBoardSpec } from '~/stores/class-board';
import { classCodeSpec } from '~/stores/class-code';
import { $identity } from '~/stores/identity';
import { $labMarks } from '~/stores/lab-marks';
import { $worksheets } from '~/stores/worksheets';
import { $notebook } from '~/stores/notebook';
import { $profileDrafts } from '~/stores/profile-drafts';
import { $progress } from '~/stores/progress';
import { BACKUP_STORES, openAllStores, STORES } from '~/stores/registry';
import { $selfCheck } from '~/stores/self-check';
import { $settings } from '~/stores/settings';
import { useTestStorageEngine } from '~/stores/storage/persistent';
import { MemoryStorage } from '../helpers/memory-storage';

const NOW = new Date('2026-11-25T08:00:00.000Z');
const answers = { '01-crm-philosophy': { q1: { text: '电子商务让客户更主动', updatedAt: '2026-11-20T10:00:00.000Z' } } };
const drafts = { scenario: 'supermarket-member', drafts: { 'supermarket-member': { fields: [{ id: 'mobile', required: true, note: '积分' }], updatedAt: '2026-11-21T00:00:00.000Z' } } };
const identity = { name: '张三', studentId: '2023123456', className: '营销 2301', updatedAt: '2026-11-22T00:00:00.000Z' };
const progress = { chapters: { '06-customer-tiering': { visitedAt: '2026-10-01T00:00:00.000Z', widgets: ['rfm-calculator'] } } };
const worksheets = { labs: { 'key-accounts': { 'annual-cost': { value: '12000', updatedAt: '2026-11-23T00:00:00.000Z' }, 'key-accounts': { value: { rows: [{ customer: 'M10137', abc: 'A' }] }, updatedAt: '2026-11-23T00:00:00.000Z' } } } };
const labMarks = { labs: { 'key-accounts': { '2023123456': { student: { name: '张三', studentId: '2023123456', className: '营销 2301' }, criteria: { 'abc-rfm': { level: '良' as const, score: 85 } }, comment: '', checksum: '0a1b2c3d', updatedAt: '2026-11-24T00:00:00.000Z' } } } };
const selfCheck = { quizzes: { '06-customer-tiering/self-check': { attempt: null, history: [{ finishedAt: '2026-10-02T00:00:00.000Z', seed: 3, points: 7, total: 8 }] } } };

beforeEach(() => useTestStorageEngine(new MemoryStorage()));
afterEach(() => {
  cleanStores($notebook, $identity, $progress, $selfCheck, $profileDrafts, $settings, $worksheets, $labMarks);
  useTestStorageEngine(undefined);
});

/** A v3 file with `stores` changed by `edit`. */
function fileWith(edit: (stores: Record<string, unknown>) => void): string {
  const stores: Record<string, unknown> = { notebook: { v: 2, data: { answers } } };
  edit(stores);
  return JSON.stringify({ app: 'crm-lab', kind: 'notebook', v: BACKUP_VERSION, exportedAt: NOW.toISOString(), stores });
}

describe('the JSON backup carries every registered store of learner data', () => {
  it('round-trips the notebook, the name line, progress, self-check results, the record-sheet drafts, the lab worksheets and marks; not device settings', () => {
    const close = openAllStores();
    $notebook.set({ answers });
    $identity.set(identity);
    $progress.set(progress);
    $selfCheck.set(selfCheck);
    $profileDrafts.set(drafts);
    $worksheets.set(worksheets);
    $labMarks.set(labMarks);
    $settings.set({ teacher: true, projector: false, course: null });
    const text = toBackup(NOW);
    const file = JSON.parse(text);
    expect(Object.keys(file)).toEqual(['app', 'kind', 'v', 'exportedAt', 'stores']);
    expect(Object.keys(file.stores).sort()).toEqual([...BACKUP_STORES.keys()].sort());
    expect(Object.keys(file.stores)).not.toContain('settings');
    expect(file.stores.profileDrafts).toEqual({ v: 1, data: drafts });
    const parsed = parseBackup(text);
    expect(parsed.ok && Object.fromEntries(parsed.parts)).toEqual({
      notebook: { answers }, identity, progress, selfCheck, profileDrafts: drafts, columnMappings: { entries: [] },
      thinkMarks: { marks: {} }, examPractice: { current: null, history: [], wrongBook: {} }, worksheets, labMarks,
      classCode: classCodeSpec.empty(), classBoard: classBoardSpec.empty(),
    });
    close();
  });

  it('backs up every registered store but the device settings and the widget results the worksheets fill from', () => {
    expect(STORES.filter((s) => !s.inBackup).map((s) => s.key)).toEqual(['crm-lab:settings', 'crm-lab:widget-results']);
  });

  it('reads the older layouts: version 1 (plain strings) and version 2 (answers plus extras)', () => {
    const v1 = JSON.stringify({ app: 'crm-lab', kind: 'notebook', v: 1, data: { answers: { '02-crm-technology': { q1: '旧格式' } } } });
    const r1 = parseBackup(v1);
    expect(r1.ok && Object.fromEntries(r1.parts)).toEqual({ notebook: { answers: { '02-crm-technology': { q1: { text: '旧格式', updatedAt: '' } } } } });
    const v2 = JSON.stringify({ app: 'crm-lab', kind: 'notebook', v: 2, exportedAt: NOW.toISOString(), data: { answers }, extras: { progress: { v: 1, data: progress }, selfCheck: { v: 1, data: selfCheck } } });
    const r2 = parseBackup(v2);
    expect(r2.ok && Object.fromEntries(r2.parts)).toEqual({ notebook: { answers }, progress, selfCheck });
  });
});

describe('a backup file is checked whole before anything is imported', () => {
  it.each([
    ['not JSON', 'hello', '不是有效的 JSON'],
    ['another app', '{"app":"other","kind":"notebook","v":3,"stores":{}}', '不是 CRM Lab 的学习笔记备份'],
    ['a newer release', '{"app":"crm-lab","kind":"notebook","v":7,"stores":{}}', '更新的版本（v7）'],
    ['no version', '{"app":"crm-lab","kind":"notebook","stores":{}}', '缺少版本号'],
    ['a broken notebook', fileWith((s) => (s.notebook = { v: 2, data: { answers: [1] } })), '备份中的学习笔记格式不对（answers）'],
    ['an unknown top-level key', fileWith(() => undefined).replace('"stores"', '"extra":1,"stores"'), '本站不认识的内容（extra）'],
    ['a store this release does not know', fileWith((s) => (s.grades = { v: 1, data: {} })), '本站不认识的内容（stores › grades）'],
    ['an unknown key in an answer', fileWith((s) => (s.notebook = { v: 2, data: { answers: { '01-crm-philosophy': { q1: { text: '', updatedAt: '', __html: '<img>' } } } } })), '（answers › 01-crm-philosophy › q1 › __html）'],
    ['a part from a newer release', fileWith((s) => (s.progress = { v: 5, data: {} })), '备份中的学习进度来自更新的版本'],
    ['a __proto__ slug', fileWith(() => undefined).replace('"answers":{', '"answers":{"__proto__":{"dangerouslySetInnerHTML":{"text":"x","updatedAt":"","__html":"<b>"}},'), '不允许的键（stores › notebook › data › answers › __proto__）'],
    ['a constructor key in version 2 extras', '{"app":"crm-lab","kind":"notebook","v":2,"data":{"answers":{}},"extras":{"constructor":{}}}', '不允许的键（extras › constructor）'],
  ])('refuses %s, saying what is wrong and that nothing changed', (_, text, message) => {
    const result = parseBackup(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(message);
    expect(!result.ok && result.message).toContain('本机的数据没有任何改变');
    expect(({} as Record<string, unknown>).dangerouslySetInnerHTML).toBeUndefined();
  });
});
