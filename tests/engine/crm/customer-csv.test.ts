import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readTable } from '~/engine/ingest';
import { CUSTOMER_COLUMNS, customerKindOf, customersFromTable, customersToCsv, type CrmCustomer } from '~/engine/crm';
import { chunked, gb18030, utf8 } from '../ingest/helpers';

const read = (bytes: Uint8Array) => readTable(chunked(bytes, 7), { columns: CUSTOMER_COLUMNS });
const ids = (i: number) => `NEW${i + 1}`;

describe('a customer list read through the engine’s ingest', () => {
  it('reads a GBK file with a semicolon, rejects the row without a name with its line, and maps headers in Chinese', async () => {
    const text = '会员号;姓名;手机;城市;标签;同意联系\nM1;王丽;138 1234 5678;上海;生鲜、会员日;是\nM2;;13900000000;杭州;;否\nM3;苏州某小学食堂;;苏州;;\n';
    const table = await read(gb18030(text));
    expect(table.encoding).toBe('gb18030');
    expect(table.delimiter).toBe(';');
    expect(table.issues).toEqual([{ line: 3, column: '姓名', message: '客户名称为空' }]);
    const customers = customersFromTable(table, ids);
    expect(customers.map((c) => [c.id, c.name, c.kind, c.phone, c.region, c.tags, c.consent])).toEqual([
      ['M1', '王丽', 'person', '138 1234 5678', '上海', ['生鲜', '会员日'], true],
      ['M3', '苏州某小学食堂', 'company', '', '苏州', [], false],
    ]);
  });

  it('reads the bundled logistics-customers.csv (客户编号, 客户名称, 行业, 区域; the other columns ignored)', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('../../../public/datasets/logistics-customers.csv', import.meta.url)));
    const table = await read(bytes);
    const customers = customersFromTable(table, ids);
    expect(customers).toHaveLength(160);
    expect(customers[0]).toMatchObject({ id: 'KH001', name: '佛山某纺织公司', kind: 'company', industry: '服装纺织', region: '华南', note: '对账周期长，常有运费争议' });
  });

  it('gives a row without an id one of the CRM’s own', async () => {
    const customers = customersFromTable(await read(utf8('客户名称\n张伟\n')), ids);
    expect(customers[0]!.id).toBe('NEW1');
  });

  it.each([['企业', '张三', 'company'], ['个人', '某公司', 'person'], ['', '宁波某电子厂', 'company'], ['', '李娜', 'person']] as const)(
    'kind %s with name %s → %s', (kind, name, expected) => expect(customerKindOf(kind, name)).toBe(expected));
});

describe('customersToCsv', () => {
  const customer: CrmCustomer = {
    id: 'C1', kind: 'person', name: '=HYPERLINK("x")', phone: '13812345678', idNumber: '110101199003071234', contacts: [{ name: '刘', role: '', phone: '' }],
    industry: '', region: '上海', source: '-门店', owner: '@小孟', tier: '', tags: ['a', 'b'], creditGrade: '', consent: true, note: '+1', createdAt: '', updatedAt: '',
  };
  it('masks numbers by default and neutralises formula-like text', () => {
    const csv = customersToCsv([customer]);
    expect(csv.startsWith('\uFEFF客户编号,客户名称,客户类型,手机号,证件号')).toBe(true);
    expect(csv).toContain('C1,"\'=HYPERLINK(""x"")",个人,138****5678,110***********1234,刘,,上海,\'-门店,\'@小孟,,a；b,,是,\'+1\r\n');
  });

  it('property: an unmasked export reads back to the same customers through the engine’s ingest', async () => {
    const word = fc.stringMatching(/^[A-Za-z0-9\u4e00-\u9fa5][A-Za-z0-9 \u4e00-\u9fa5]{0,6}[A-Za-z0-9\u4e00-\u9fa5]$/);
    const arb = fc.record({ name: word, region: fc.constantFrom('', '上海'), tags: fc.array(fc.constantFrom('生鲜', '团购'), { maxLength: 2 }), consent: fc.boolean(), phone: fc.constantFrom('', '13812345678') });
    await fc.assert(fc.asyncProperty(fc.array(arb, { minLength: 1, maxLength: 5 }), async (rows) => {
      const customers = rows.map((r, i) => ({ ...customer, ...r, id: `C${i}`, kind: customerKindOf('', r.name), source: '', owner: '', note: '', contacts: [], idNumber: '' }));
      const back = customersFromTable(await read(utf8(customersToCsv(customers, { masked: false }))), ids);
      expect(back.map((c) => [c.id, c.name, c.region, c.tags, c.consent, c.phone, c.kind])).toEqual(customers.map((c) => [c.id, c.name, c.region, c.tags, c.consent, c.phone, c.kind]));
    }), { numRuns: 40 });
  });
});
