import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { $columnMappings, findColumnMapping } from '~/stores/column-mappings';
import { useTestStorageEngine } from '~/stores/storage/persistent';
import { inPageWorker, type WorkerLike } from '~/widgets/shared/dataset-picker/client';
import { createDatasetController, type DatasetControllerOptions } from '~/widgets/shared/dataset-picker/controller';
import { createDatasetHost } from '~/widgets/shared/dataset-picker/host';
import { mappingProblem } from '~/widgets/shared/dataset-picker/ColumnMappingForm';
import { MemoryStorage } from '../../helpers/memory-storage';

let storage: MemoryStorage;
let spawned = 0;
const spawn = (): WorkerLike => {
  spawned++;
  return inPageWorker((post) => createDatasetHost({}, post));
};
const file = (name: string, text: string) => new File([text], name, { type: 'text/csv' });
const SPEND = '会员号,日期,花费\nA,2024-01-05,12.5\nB,2024-01-06,8\n';

function controller(options: Partial<DatasetControllerOptions> = {}) {
  spawned = 0;
  return createDatasetController({ spawn, kinds: ['transactions'], mode: 'transactions', manifest: async () => [], ...options });
}

beforeEach(() => {
  storage = new MemoryStorage();
  useTestStorageEngine(storage);
});
afterEach(() => useTestStorageEngine(undefined));

describe('naming the columns by hand', () => {
  it('a file without a column called 金额 says so in Chinese only and offers its columns to choose from', async () => {
    const c = controller();
    await c.chooseFile(file('spend.csv', SPEND));
    const load = c.$load.get();
    expect(load).toMatchObject({ phase: 'error', code: 'missing-columns', name: 'spend.csv' });
    if (load.phase !== 'error') throw new Error('expected an error');
    expect(load.message).toBe('缺少必需的列：金额。找到的列：会员号, 日期, 花费');
    expect(load.columns).toEqual({
      fields: [
        { key: 'customer', label: '客户编号', required: true },
        { key: 'date', label: '日期', required: true },
        { key: 'amount', label: '金额', required: true },
        { key: 'order', label: '订单号', required: false },
      ],
      headers: ['会员号', '日期', '花费'],
      mapping: { customer: '会员号', date: '日期', amount: null, order: null },
    });
  });

  it('reads the file with the chosen columns, remembers them for these headers and uses them for the next such file', async () => {
    const c = controller();
    await c.chooseFile(file('spend.csv', SPEND));
    await c.remap({ customer: '会员号', date: '日期', amount: '花费', order: null });
    expect(c.$load.get()).toMatchObject({ phase: 'ready', report: { rowsKept: 2, mapping: { amount: '花费' } } });
    expect(c.$version.get()).toBe(1);
    const stored = JSON.parse(storage.getItem('crm-lab:column-mappings')!);
    expect(stored).toMatchObject({ v: 1, data: { entries: [{ fields: 'customer,date,amount,order', headers: ['会员号', '日期', '花费'].sort(), mapping: { amount: '花费' } }] } });

    // Another file with the same headers in another order, in a widget opened later: read at once, and said so.
    const next = controller();
    await next.chooseFile(file('spend-2.csv', '花费,会员号,日期\n3,C,2024-02-01\n'));
    expect(next.$load.get()).toMatchObject({ phase: 'ready', remembered: true, report: { name: 'spend-2.csv', rowsKept: 1, mapping: { amount: '花费' } } });

    // 改回自动判断: forgotten, and the file is read as guessed again (which cannot find the amount).
    await next.forgetMapping();
    expect(findColumnMapping($columnMappings.get(), 'customer,date,amount,order', ['花费', '会员号', '日期'])).toBeNull();
    expect(findColumnMapping(JSON.parse(storage.getItem('crm-lab:column-mappings')!).data, 'customer,date,amount,order', ['花费', '会员号', '日期'])).toBeNull();
    expect(next.$load.get()).toMatchObject({ phase: 'error', code: 'missing-columns' });
  });

  it('a guess that read the file is replaced by the columns the learner chose before for these headers', async () => {
    const headers = '会员号,日期,金额,实付金额\n';
    const c = controller();
    await c.chooseFile(file('paid.csv', `${headers}A,2024-01-05,100,90\n`));
    expect(c.$load.get()).toMatchObject({ phase: 'ready', report: { mapping: { amount: '金额' } } });
    await c.remap({ customer: '会员号', date: '日期', amount: '实付金额', order: null });
    const next = controller();
    await next.chooseFile(file('paid-2.csv', `${headers}B,2024-02-01,50,45\n`));
    expect(next.$load.get()).toMatchObject({ phase: 'ready', remembered: true, report: { mapping: { amount: '实付金额' } } });
  });

  it('does not remember choices made for a bundled or example dataset', async () => {
    const c = controller({ examples: [{ id: 'ex', title: '例题', csv: () => SPEND }] });
    await c.choose({ type: 'example', id: 'ex' });
    await c.remap({ customer: '会员号', date: '日期', amount: '花费', order: null });
    expect(c.$load.get().phase).toBe('ready');
    expect(storage.getItem('crm-lab:column-mappings')).toBeNull();
  });

  it('a one-row-per-customer file (auto mode) offers that table’s fields', async () => {
    const table = [
      { key: 'customer', type: 'string' as const, label: '客户编号', labelEn: 'customer', synonyms: ['客户编号'] },
      { key: 'value', type: 'number' as const, label: '价值', labelEn: 'value', synonyms: ['销售额'] },
    ];
    const c = controller({ mode: 'auto', table });
    await c.chooseFile(file('k.csv', '客户编号,花费\nK1,300\n'));
    expect(c.$load.get()).toMatchObject({ phase: 'error', columns: { fields: [{ key: 'customer' }, { key: 'value', label: '价值', required: true }], mapping: { customer: '客户编号', value: null } } });
    await c.remap({ customer: '客户编号', value: '花费' });
    expect(c.$load.get()).toMatchObject({ phase: 'ready', report: { mode: 'table', rowsKept: 1 } });
  });
});

describe('the size limit', () => {
  it('refuses a file larger than the browser can take before reading it, naming both sizes', async () => {
    const c = controller();
    const huge = { name: 'huge.csv', size: 243 * 1024 * 1024, stream: () => { throw new Error('must not be read'); } } as unknown as File;
    await c.chooseFile(huge);
    expect(c.$load.get()).toEqual({
      phase: 'error',
      code: 'file-too-large',
      name: 'huge.csv',
      message: '这个文件有 243.0 MB，超过了浏览器里能分析的上限 100.0 MB，所以没有读取。可以先在 Excel 里删掉不需要的列，或按时间分成几个文件再上传；大文件也可以用命令行（npm run crm）分析。',
    });
    expect(c.$choice.get()).toEqual({ type: 'file', name: 'huge.csv' });
    expect(spawned).toBe(0);
  });

  it('reads questionnaires (text columns) up to a smaller limit', async () => {
    const c = controller({ mode: 'columns' });
    await c.chooseFile({ name: 'survey.csv', size: 31 * 1024 * 1024 } as unknown as File);
    expect(c.$load.get()).toMatchObject({ phase: 'error', code: 'file-too-large' });
    expect((c.$load.get() as { message: string }).message).toContain('上限 30.0 MB');
  });
});

describe('mappingProblem (the form checks a choice before reading again)', () => {
  const fields = [
    { key: 'customer', label: '客户编号', required: true },
    { key: 'amount', label: '金额', required: true },
    { key: 'order', label: '订单号', required: false },
  ];
  it.each([
    ['a required field without a column', { customer: '会员号', amount: null, order: null }, '请为“金额”选一列。'],
    ['two required fields without a column', { customer: null, amount: null, order: null }, '请为“客户编号”“金额”选一列。'],
    ['one column for two fields', { customer: '会员号', amount: '花费', order: '花费' }, '“花费”这一列只能对应一项。'],
    ['a usable choice (an optional field may stay empty)', { customer: '会员号', amount: '花费', order: null }, null],
  ])('%s', (_, mapping, problem) => {
    expect(mappingProblem(fields, mapping)).toBe(problem);
  });
});
