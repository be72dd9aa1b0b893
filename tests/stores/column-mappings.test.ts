import { describe, expect, it } from 'vitest';
import {
  columnMappingsSpec, findColumnMapping, MAPPINGS_LIMIT, withColumnMapping, withoutColumnMapping, type ColumnMappingsData,
} from '~/stores/column-mappings';
import { loadVersioned } from '~/stores/storage/versioned';
import { MemoryStorage } from '../helpers/memory-storage';

const FIELDS = 'customer,date,amount,order';
const empty: ColumnMappingsData = { entries: [] };
const now = new Date('2025-03-01T08:00:00Z');

describe('remembered column choices', () => {
  it('finds a choice by fields and the set of headers, in any order', () => {
    const data = withColumnMapping(empty, FIELDS, ['会员号', '日期', '花费'], { customer: '会员号', date: '日期', amount: '花费', order: null }, now);
    expect(data.entries[0]).toEqual({ fields: FIELDS, headers: ['会员号', '花费', '日期'].sort(), mapping: { customer: '会员号', date: '日期', amount: '花费', order: null }, savedAt: '2025-03-01T08:00:00.000Z' });
    expect(findColumnMapping(data, FIELDS, ['花费', '日期', '会员号'])).toMatchObject({ amount: '花费' });
    expect(findColumnMapping(data, FIELDS, ['花费', '日期', '会员号', '备注'])).toBeNull();
    expect(findColumnMapping(data, 'customer,value', ['花费', '日期', '会员号'])).toBeNull();
  });

  it('keeps the newest choice per header set first, and at most the limit', () => {
    let data = empty;
    for (let i = 0; i < MAPPINGS_LIMIT + 5; i++) data = withColumnMapping(data, FIELDS, [`列${i}`], { amount: `列${i}` }, now);
    data = withColumnMapping(data, FIELDS, [`列${MAPPINGS_LIMIT + 4}`], { amount: null }, now);
    expect(data.entries).toHaveLength(MAPPINGS_LIMIT);
    expect(data.entries[0]!.mapping).toEqual({ amount: null });
    expect(findColumnMapping(data, FIELDS, ['列0'])).toBeNull(); // the oldest went first
    const forgotten = withoutColumnMapping(data, FIELDS, [`列${MAPPINGS_LIMIT + 4}`], now);
    expect(findColumnMapping(forgotten, FIELDS, [`列${MAPPINGS_LIMIT + 4}`])).toBeNull();
    expect(forgotten.entries).toHaveLength(MAPPINGS_LIMIT);
  });

  it('reads only its own shape; anything else is set aside, never dropped', () => {
    expect(columnMappingsSpec.schema['~standard'].validate({ entries: [{ fields: FIELDS, headers: ['a'], mapping: { amount: 3 }, savedAt: 'x' }] })).toHaveProperty('issues');
    const storage = new MemoryStorage();
    storage.setItem('crm-lab:column-mappings', '{"v":1,"data":{"entries":"oops"}}');
    const loaded = loadVersioned(storage, columnMappingsSpec, now.getTime());
    expect(loaded.value).toEqual(empty);
    expect(loaded.notice?.kind).toBe('corrupt');
    expect(storage.getItem(loaded.notice!.asideKey!)).toBe('{"v":1,"data":{"entries":"oops"}}');
  });

  it('merges two tabs (or a backup): the newer choice for the same headers, both kept otherwise', () => {
    const mine = withColumnMapping(empty, FIELDS, ['会员号', '花费'], { amount: '花费' }, now);
    const older = withColumnMapping(empty, FIELDS, ['花费', '会员号'], { amount: null }, new Date('2025-02-01T00:00:00Z'));
    const other = withColumnMapping(older, FIELDS, ['客户', '金额'], { amount: '金额' }, new Date('2025-04-01T00:00:00Z'));
    const merged = columnMappingsSpec.merge!(mine, other);
    expect(merged.entries.map((e) => e.mapping.amount)).toEqual(['金额', '花费']);
  });

  it('a forgotten choice stays forgotten when merged with an older copy that still has it', () => {
    const remembered = withColumnMapping(empty, FIELDS, ['会员号', '花费'], { amount: '花费' }, now);
    const forgotten = withoutColumnMapping(remembered, FIELDS, ['花费', '会员号'], new Date('2025-03-02T00:00:00Z'));
    expect(findColumnMapping(columnMappingsSpec.merge!(forgotten, remembered), FIELDS, ['会员号', '花费'])).toBeNull();
    expect(findColumnMapping(columnMappingsSpec.merge!(remembered, forgotten), FIELDS, ['会员号', '花费'])).toBeNull();
  });
});
