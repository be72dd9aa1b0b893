import { cleanStores } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { $labMarks, saveMark, studentKey } from '~/stores/lab-marks';
import { useTestStorageEngine } from '~/stores/storage/persistent';
import { loadVersioned } from '~/stores/storage/versioned';
import { $widgetResults, publishResult, widgetResultsSpec } from '~/stores/widget-results';
import { $worksheets, mergeWorksheets, setFieldValue, worksheetsSpec } from '~/stores/worksheets';
import { MemoryStorage } from '../helpers/memory-storage';

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  useTestStorageEngine(storage);
});
afterEach(() => {
  cleanStores($worksheets, $widgetResults, $labMarks);
  useTestStorageEngine(undefined);
});

const stored = (key: string) => JSON.parse(storage.getItem(key) ?? 'null');

describe('$worksheets', () => {
  it('saves each field with the time of its edit, under the lab', () => {
    const stop = $worksheets.listen(() => undefined);
    setFieldValue('key-accounts', 'annual-cost', '12000', new Date('2026-11-25T08:00:00Z'));
    setFieldValue('key-accounts', 'key-accounts', { rows: [{ customer: 'M10137' }] }, new Date('2026-11-25T08:01:00Z'));
    expect(stored('crm-lab:worksheets')).toEqual({
      v: 1,
      data: {
        labs: {
          'key-accounts': {
            'annual-cost': { value: '12000', updatedAt: '2026-11-25T08:00:00.000Z' },
            'key-accounts': { value: { rows: [{ customer: 'M10137' }] }, updatedAt: '2026-11-25T08:01:00.000Z' },
          },
        },
      },
    });
    stop();
  });

  it('merges two tabs field by field: the one edited last wins each field, none is dropped', () => {
    const mine = { labs: { a: { x: { value: '我的', updatedAt: '2026-11-25T09:00:00Z' }, y: { value: '旧', updatedAt: '2026-11-25T07:00:00Z' } } } };
    const theirs = { labs: { a: { y: { value: '新', updatedAt: '2026-11-25T08:00:00Z' } }, b: { z: { value: ['甲'], updatedAt: '2026-11-25T08:00:00Z' } } } };
    expect(JSON.parse(JSON.stringify(mergeWorksheets(mine, theirs)))).toEqual({
      labs: { a: { x: mine.labs.a.x, y: theirs.labs.a.y }, b: theirs.labs.b },
    });
  });

  it.each([
    ['a cell under a non-kebab column id', { labs: { a: { f: { value: { rows: [{ 'Bad Key': 'x' }] }, updatedAt: '' } } } }],
    ['a number as a value', { labs: { a: { f: { value: 3, updatedAt: '' } } } }],
    ['an unknown key', { labs: {}, extra: 1 }],
  ])('sets aside a stored value with %s instead of reading it', (_, data) => {
    storage.setItem('crm-lab:worksheets', JSON.stringify({ v: 1, data }));
    const result = loadVersioned(storage, worksheetsSpec, 0);
    expect(result.value).toEqual({ labs: {} });
    expect(result.notice?.kind).toBe('corrupt');
  });
});

describe('publishResult', () => {
  it('stores a widget’s result even when nothing on the page listens to the store (a chapter page has no worksheet)', () => {
    publishResult('rfm-segments', 'retail-transactions', [{ segment: '重要价值客户', customers: 120 }], new Date('2026-11-25T08:00:00Z'));
    expect(stored('crm-lab:widget-results')).toEqual({
      v: 1,
      data: { results: { 'rfm-segments': { dataset: 'retail-transactions', value: [{ segment: '重要价值客户', customers: 120 }], updatedAt: '2026-11-25T08:00:00.000Z' } } },
    });
    expect(loadVersioned(storage, widgetResultsSpec).value.results['rfm-segments']?.dataset).toBe('retail-transactions');
  });

  it('keeps the other sources’ results', () => {
    publishResult('clv-result', '甲', { clv: 1 });
    publishResult('abc-classes', 'logistics-customers', [{ class: 'A', customers: 30 }]);
    expect(Object.keys(stored('crm-lab:widget-results').data.results).sort()).toEqual(['abc-classes', 'clv-result']);
  });
});

describe('$labMarks', () => {
  const student = { name: '张三', studentId: ' 2023123456 ', className: '营销 2301' };

  it('keeps a mark per lab and student (by 学号, else by name)', () => {
    const stop = $labMarks.listen(() => undefined);
    saveMark('key-accounts', { student, criteria: { 'abc-rfm': { level: '良', score: 85 } }, comment: '', checksum: 'abc' }, new Date('2026-11-25T08:00:00Z'));
    expect(stored('crm-lab:lab-marks').data.labs['key-accounts']['2023123456'].criteria).toEqual({ 'abc-rfm': { level: '良', score: 85 } });
    expect(studentKey({ name: '李 四', studentId: '', className: '' })).toBe('李四');
    expect(studentKey({ name: '', studentId: '', className: '' })).toBe('未署名');
    stop();
  });
});
