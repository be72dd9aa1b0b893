import { describe, expect, it } from 'vitest';
import { fillField } from '~/widgets/lab-worksheet/fill';
import { missingItems } from '~/widgets/lab-worksheet/missing';
import { isStarted, readNumber, startingValue, valueOf } from '~/widgets/lab-worksheet/values';
import type { FieldEntry, FieldValue } from '~/stores/worksheets';
import { miniSheet } from './sheets';

const [segments, csat] = miniSheet.sections[0]!.fields;
const entry = (value: FieldValue): FieldEntry => ({ value, updatedAt: '2026-11-25T08:00:00.000Z' });
const published = (value: object | object[], dataset = 'retail-transactions') => ({ dataset, value: value as never, updatedAt: '2026-11-25T08:00:00.000Z' });

describe('field values', () => {
  it('start empty, a table with its given rows or one empty row', () => {
    expect(startingValue(segments!)).toEqual({ rows: [{ segment: '', customers: '', note: '' }] });
    expect(startingValue(miniSheet.sections[1]!.fields[2]!)).toEqual([]);
    expect(startingValue(csat!)).toBe('');
  });

  it('read a stored value of the wrong kind (an older definition) as the starting value', () => {
    expect(valueOf(segments!, { segments: entry('文字') })).toEqual(startingValue(segments!));
    expect(valueOf(csat!, { csat: entry({ rows: [] }) })).toBe('');
  });

  it('know a worksheet the learner has started from one left as it starts', () => {
    expect(isStarted(miniSheet, {})).toBe(false);
    expect(isStarted(miniSheet, { owner: entry('小林') })).toBe(true);
  });

  it.each([
    ['12', 12],
    ['１２．５', 12.5],
    ['4,280', 4280],
    ['35.5%', 35.5],
    ['-3', -3],
    ['十二', null],
    ['', null],
    ['1.2.3', null],
  ])('reads the number typed as %j: %j', (text, number) => {
    expect(readNumber(text)).toBe(number);
  });
});

describe('what is missing before hand-in', () => {
  it('lists every required field of an empty worksheet', () => {
    expect(missingItems(miniSheet, {}).map((m) => `${m.label}：${m.reason}`)).toEqual([
      '分群结果表：至少要有 2 行填写完整，现在有 0 行',
      'CSAT：还没有填写',
      '服务方案：还没有填写',
      '是否划算：还没有选择',
    ]);
  });

  it('counts a row complete without its optional columns, and names a cell that is not a number', () => {
    const stored = {
      segments: entry({ rows: [{ segment: '重要价值客户', customers: '120', note: '' }, { segment: '一般发展客户', customers: '很多', note: '' }] }),
      csat: entry('135'),
      plan: entry('专属客户经理'),
      worth: entry('划算'),
    };
    expect(missingItems(miniSheet, stored).map((m) => `${m.label}：${m.reason}`)).toEqual(['分群结果表：第 2 行的“人数”不是数字', 'CSAT：应在 0 到 100 之间']);
  });

  it('is empty when everything required is there', () => {
    const stored = {
      segments: entry({ rows: [{ segment: 'A', customers: '1', note: '' }, { segment: 'B', customers: '2', note: 'x' }] }),
      csat: entry('86.5'),
      plan: entry('方案'),
      worth: entry('不划算'),
    };
    expect(missingItems(miniSheet, stored)).toEqual([]);
  });
});

describe('filling a field from a widget’s result', () => {
  it('matches table rows by the key column and keeps what the learner wrote in the other columns', () => {
    const current = { rows: [{ segment: '重要价值客户', customers: '1', note: '重点维护' }, { segment: '自己加的一行', customers: '', note: '留着' }] };
    const filled = fillField(segments!, current, published([{ segment: '重要价值客户', customers: 120, revenue: 9 }, { segment: '一般挽留客户', customers: 300 }]));
    expect(filled).toEqual({
      rows: [
        { segment: '重要价值客户', customers: '120', note: '重点维护' },
        { segment: '自己加的一行', customers: '', note: '留着' },
        { segment: '一般挽留客户', customers: '300', note: '' },
      ],
    });
  });

  it('fills blank rows before adding new ones', () => {
    expect(fillField(segments!, startingValue(segments!), published([{ segment: '甲', customers: 1 }, { segment: '乙', customers: 2 }]))).toEqual({
      rows: [{ segment: '甲', customers: '1', note: '' }, { segment: '乙', customers: '2', note: '' }],
    });
  });

  it('takes a number field’s value from a record, and leaves a field the result has nothing for', () => {
    expect(fillField(csat!, '', published({ csat: 86.7, nps: 12 }))).toBe('86.7');
    expect(fillField(csat!, '50', published({ nps: 12 }))).toBe('50');
    expect(fillField(miniSheet.sections[1]!.fields[0]!, '方案', published({ csat: 1 }))).toBe('方案');
  });
});
