import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findDuplicates, mergeCustomers, normaliseName, normalisePhone, type CrmCustomer } from '~/engine/crm';
import { expectEngineError } from '../expect-engine-error';

const base: CrmCustomer = Object.freeze({
  id: '', kind: 'person', name: '', phone: '', idNumber: '', contacts: [], industry: '', region: '', source: '', owner: '', tier: '', tags: [],
  creditGrade: '', consent: true, note: '', createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z',
});
const c = (fields: Partial<CrmCustomer>): CrmCustomer => Object.freeze({ ...base, ...fields });

describe('normalising for comparison', () => {
  it.each([
    ['王 丽', '王丽'], ['杭州某电商平台有限公司', '杭州某电商平台'], ['ＡＢＣ（上海）股份有限公司', 'abc上海'],
  ])('name %s → %s', (name, expected) => expect(normaliseName(name)).toBe(expected));
  it.each([
    ['138 1234 5678', '13812345678'], ['+86 138-1234-5678', '13812345678'], ['0086 13812345678', '13812345678'], ['0571-8888 6666', '057188886666'],
  ])('phone %s → %s', (phone, expected) => expect(normalisePhone(phone)).toBe(expected));
});

describe('findDuplicates', () => {
  it('finds the same phone written two ways, the same ID number, and the same name where nothing tells them apart', () => {
    const groups = findDuplicates([
      c({ id: 'A', name: '王丽', phone: '13812345678', region: '上海', createdAt: '2024-01-02' }),
      c({ id: 'B', name: '王丽丽', phone: '+86 138 1234 5678', region: '上海', createdAt: '2024-01-01' }),
      c({ id: 'C', name: '张伟', phone: '13900000001', region: '杭州' }),
      c({ id: 'D', name: '张伟', phone: '13900000002', region: '杭州' }), // two 张伟 with different phones: two people
      c({ id: 'E', name: '李娜', region: '南京' }),
      c({ id: 'F', name: ' 李 娜', region: '南京', phone: '13700000000' }),
      c({ id: 'G', kind: 'company', name: '宁波某电子厂', idNumber: '91330200MA2AAAAA1X' }),
      c({ id: 'H', kind: 'company', name: '宁波某电子有限公司', idNumber: '91330200ma2aaaaa1x' }),
      c({ id: 'I', name: '李娜', region: '西安' }), // another city: not the 南京 李娜
    ]);
    expect(groups).toEqual([
      { ids: ['B', 'A'], reasons: ['手机号相同'] },
      { ids: ['E', 'F'], reasons: ['名称相同'] },
      { ids: ['G', 'H'], reasons: ['证件号相同'] },
    ]);
  });

  it('joins a chain into one group (A~B by phone, B~C by name)', () => {
    const groups = findDuplicates([c({ id: 'A', name: '甲', phone: '1' }), c({ id: 'B', name: '乙', phone: '1' }), c({ id: 'C', name: '乙' })]);
    expect(groups).toEqual([{ ids: ['A', 'B', 'C'], reasons: ['手机号相同', '名称相同'] }]);
  });

  const arbCustomer = fc.record({
    name: fc.constantFrom('王丽', '张伟', '李娜', '某公司', ''),
    phone: fc.constantFrom('', '13800000001', '13800000002', '+86 13800000001'),
    idNumber: fc.constantFrom('', 'X1', 'x1', 'Y2'),
    region: fc.constantFrom('', '上海', '杭州'),
  });

  it('property: groups are disjoint, have two or more members, and every member shares a phone, ID or name with another', () => {
    fc.assert(fc.property(fc.array(arbCustomer, { maxLength: 25 }), (rows) => {
      const customers = rows.map((r, i) => c({ ...r, id: `C${i}` }));
      const groups = findDuplicates(customers);
      const seen = new Set<string>();
      for (const g of groups) {
        expect(g.ids.length).toBeGreaterThan(1);
        expect(g.reasons.length).toBeGreaterThan(0);
        for (const id of g.ids) {
          expect(seen.has(id)).toBe(false);
          seen.add(id);
        }
      }
      // Records that share nothing are never grouped.
      const key = (x: CrmCustomer) => [normalisePhone(x.phone), x.idNumber.toUpperCase(), normaliseName(x.name)];
      for (const x of customers) {
        const shares = customers.some((y) => y !== x && key(x).some((k, i) => k !== '' && k === key(y)[i]));
        if (!shares) expect(seen.has(x.id)).toBe(false);
      }
    }));
  });
});

describe('mergeCustomers', () => {
  const keep = c({ id: 'A', name: '王丽', phone: '13812345678', region: '上海', tags: ['会员日'], consent: true, createdAt: '2024-03-01', note: '老会员' });
  const other = c({ id: 'B', name: '王丽丽', phone: '', region: '上海', owner: '上海1店', tags: ['会员日', '生鲜'], consent: false, createdAt: '2024-01-01',
    contacts: [{ name: '刘先生', role: '家属', phone: '13900000000' }] });

  it('fills empty fields from the duplicate, unites tags and contacts, keeps consent only if both gave it, and notes what it set aside', () => {
    const { customer, conflicts } = mergeCustomers(keep, other, '2024-05-01T00:00:00.000Z');
    expect(customer).toMatchObject({
      id: 'A', name: '王丽', phone: '13812345678', owner: '上海1店', tags: ['会员日', '生鲜'], consent: false, createdAt: '2024-01-01', updatedAt: '2024-05-01T00:00:00.000Z',
      contacts: [{ name: '刘先生', role: '家属', phone: '13900000000' }], note: '老会员\n合并自 B（名称：王丽丽）',
    });
    expect(conflicts).toEqual([{ field: 'name', kept: '王丽', dropped: '王丽丽' }]);
  });

  it('takes the duplicate’s value where asked', () => {
    expect(mergeCustomers(keep, other, 'x', { name: 'other' }).customer.name).toBe('王丽丽');
    expectEngineError(() => mergeCustomers(keep, keep, 'x'), 'merge-same-record');
  });

  it('property: no non-empty value of either record is lost (kept, or named in the note), tags are the union', () => {
    const arb = fc.record({ name: fc.string({ maxLength: 4 }), phone: fc.constantFrom('', '1', '2'), region: fc.constantFrom('', '上海', '杭州'), tags: fc.array(fc.constantFrom('a', 'b', 'c')), consent: fc.boolean() });
    fc.assert(fc.property(arb, arb, (x, y) => {
      const a = c({ ...x, id: 'A' }), b = c({ ...y, id: 'B' });
      const { customer } = mergeCustomers(a, b, 't');
      for (const field of ['name', 'phone', 'region'] as const) {
        for (const value of [a[field], b[field]]) if (value !== '') expect(customer[field] === value || customer.note.includes(value)).toBe(true);
      }
      expect(new Set(customer.tags)).toEqual(new Set([...a.tags, ...b.tags]));
      expect(customer.consent).toBe(a.consent && b.consent);
    }));
  });
});
