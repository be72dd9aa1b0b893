import { describe, expect, it } from 'vitest';
import { createDatasetController } from '~/widgets/shared/dataset-picker/controller';
import { DatasetWorkerClient, inPageWorker, type WorkerLike } from '~/widgets/shared/dataset-picker/client';
import { createDatasetHost } from '~/widgets/shared/dataset-picker/host';
import type { HostRequest, HostResponse, LoadReport } from '~/widgets/shared/dataset-picker/protocol';

/** A worker stand-in the test answers by hand. */
class ManualWorker implements WorkerLike {
  static all: ManualWorker[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly received: HostRequest[] = [];
  terminated = false;
  constructor() {
    ManualWorker.all.push(this);
  }
  postMessage(message: unknown) {
    this.received.push(message as HostRequest);
  }
  terminate() {
    this.terminated = true;
  }
  reply(message: HostResponse) {
    this.onmessage?.({ data: message } as MessageEvent);
  }
}

const report = (name: string): LoadReport => ({
  name, mode: 'transactions', fields: [], headers: [], mapping: {}, rowsRead: 1, rowsKept: 1, customers: 1, issues: [], issueCount: 0,
  encoding: 'utf-8', delimiter: ',', warnings: [], firstDate: null, lastDate: null, seconds: 0, cached: false,
});
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function controller() {
  ManualWorker.all = [];
  return createDatasetController({
    spawn: () => new ManualWorker(),
    kinds: ['transactions'],
    mode: 'transactions',
    examples: [{ id: 'ex', title: '例题', csv: () => 'a,b\n' }],
    manifest: async () => [{ id: 'retail', file: 'retail.csv', title: '零售', kind: 'transactions', rows: 10 }],
  });
}

describe('createDatasetController', () => {
  it('reports progress, then the report, and counts versions', async () => {
    const c = controller();
    const done = c.choose({ type: 'example', id: 'ex' });
    await flush();
    const w = ManualWorker.all[0]!;
    const id = w.received[0]!.id;
    w.reply({ id, type: 'progress', fraction: 0.5 });
    expect(c.$load.get()).toEqual({ phase: 'loading', name: '例题', fraction: 0.5 });
    w.reply({ id, type: 'done', value: report('例题') });
    await done;
    expect(c.$load.get()).toEqual({ phase: 'ready', report: report('例题') });
    expect(c.$version.get()).toBe(1);
  });

  it('cancel stops the worker and keeps showing the data read before', async () => {
    const c = controller();
    const first = c.choose({ type: 'example', id: 'ex' });
    await flush();
    ManualWorker.all[0]!.reply({ id: ManualWorker.all[0]!.received[0]!.id, type: 'done', value: report('例题') });
    await first;
    void c.choose({ type: 'bundled', id: 'retail' });
    await flush();
    expect(c.$load.get().phase).toBe('loading');
    c.cancel();
    expect(ManualWorker.all[0]!.terminated).toBe(true);
    expect(c.$load.get()).toMatchObject({ phase: 'ready', report: { name: '例题' }, notice: '已取消读取，仍在显示之前的数据。' });
    expect(c.$choice.get()).toEqual({ type: 'example', id: 'ex' });
    // The next analysis reads the example again in a fresh worker before it runs.
    const call = c.client.call('anything');
    await flush();
    const fresh = ManualWorker.all[1]!;
    expect(fresh.received[0]).toMatchObject({ type: 'load', request: { source: { type: 'text', name: '例题' } } });
    fresh.reply({ id: fresh.received[0]!.id, type: 'done', value: report('例题') });
    await flush();
    expect(fresh.received[1]).toMatchObject({ type: 'call', method: 'anything' });
    fresh.reply({ id: fresh.received[1]!.id, type: 'done', value: 42 });
    expect(await call).toBe(42);
  });

  it('a new choice while a file is still being read stops that reading first', async () => {
    const c = controller();
    void c.choose({ type: 'bundled', id: 'retail' });
    await flush();
    await flush();
    const w = ManualWorker.all[0]!;
    expect(w.received[0]).toMatchObject({ type: 'load', request: { source: { type: 'url', url: '/datasets/retail.csv' } } });
    const second = c.choose({ type: 'example', id: 'ex' });
    expect(w.terminated).toBe(true);
    await flush();
    const fresh = ManualWorker.all[1]!;
    fresh.reply({ id: fresh.received[0]!.id, type: 'done', value: report('例题') });
    await second;
    expect(c.$load.get()).toMatchObject({ phase: 'ready', report: { name: '例题' } });
  });

  it('shows the engine’s message when a file cannot be used', async () => {
    const c = controller();
    const done = c.choose({ type: 'example', id: 'ex' });
    await flush();
    const w = ManualWorker.all[0]!;
    w.reply({ id: w.received[0]!.id, type: 'error', code: 'missing-columns', message: '缺少必需的列：金额。' });
    await done;
    expect(c.$load.get()).toEqual({ phase: 'error', code: 'missing-columns', message: '缺少必需的列：金额。', name: 'ex' });
  });
});

describe('a worker that fails is reported as what happened', () => {
  const fire = (w: ManualWorker, message: string) => w.onerror?.({ message, preventDefault: () => undefined } as unknown as ErrorEvent);

  it.each([
    ['before it said anything: it could not start', false, 'SyntaxError: Unexpected token', 'worker-failed', '浏览器无法启动分析程序'],
    ['while working, out of memory', true, 'Uncaught RangeError: Array buffer allocation failed', 'out-of-memory', '浏览器的内存不够'],
    ['while working, any other error', true, 'Uncaught TypeError: x is undefined', 'worker-crashed', '分析程序出错停止了'],
  ])('%s', async (_, started, browserSays, code, words) => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      ManualWorker.all = [];
      const client = new DatasetWorkerClient(() => new ManualWorker());
      const call = client.call('anything');
      const w = ManualWorker.all[0]!;
      if (started) w.reply({ id: 0, type: 'started' });
      fire(w, browserSays);
      const failure = await call.catch((caught: unknown) => caught);
      expect(failure).toMatchObject({ code });
      expect((failure as { message: string }).message).toContain(words);
      expect((failure as { message: string }).message).not.toContain(browserSays.split(': ')[1]); // the browser's English goes to the console
      expect(w.terminated).toBe(true);
      expect(errors.length).toBe(started ? 1 : 0);
    } finally {
      console.error = original;
    }
  });

  it('the host reports a handler that ran out of memory as that, not as a failed start', async () => {
    const posted: HostResponse[] = [];
    const host = createDatasetHost({ big: () => { throw new RangeError('Array buffer allocation failed'); } }, (m) => posted.push(m));
    await host({ id: 1, type: 'call', method: 'big', args: {} });
    expect(posted).toEqual([{ id: 1, type: 'error', code: 'out-of-memory', message: expect.stringContaining('浏览器的内存不够') }]);
  });

  it('the host reports a bug in a handler as an unexpected problem, in Chinese, its own words in the console', async () => {
    const posted: HostResponse[] = [];
    const logged: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void logged.push(args.join(' '));
    try {
      const host = createDatasetHost({ buggy: () => { throw new TypeError('x is undefined'); } }, (m) => posted.push(m));
      await host({ id: 1, type: 'call', method: 'buggy', args: {} });
    } finally {
      console.error = original;
    }
    expect(posted).toEqual([{ id: 1, type: 'error', code: 'internal', message: '分析时出了意外的问题，请再试一次；如果还是这样，请刷新页面。' }]);
    expect(String(logged[0])).toContain('TypeError: x is undefined');
  });
});

describe('the dataset host with the real ingest', () => {
  it('reads text, reports skipped rows, and serves the cached dataset the second time', async () => {
    const client = new DatasetWorkerClient(() => inPageWorker((post) => createDatasetHost({ rows: (ctx) => ctx.dataset?.transactions?.length }, post)));
    const request = { mode: 'transactions' as const, source: { type: 'text' as const, name: 't.csv', text: '会员号,日期,消费金额\nA,2024-01-05,10\nB,2024-13-01,5\nC,2024-01-06,7\n' } };
    const progress: number[] = [];
    const first = await client.load(request, (f) => progress.push(f));
    expect(first).toMatchObject({ rowsRead: 3, rowsKept: 2, customers: 2, issueCount: 1, cached: false, firstDate: '2024-01-05', lastDate: '2024-01-06' });
    expect(first.issues).toEqual([{ line: 3, column: '日期', message: '月份不存在：“2024-13-01”' }]);
    expect(progress.at(-1)).toBe(1);
    expect(await client.call('rows')).toBe(2);
    expect(await client.load(request)).toMatchObject({ cached: true, rowsKept: 2 });
  });

  it('falls back to one row per customer when the file has no dates (auto mode)', async () => {
    const client = new DatasetWorkerClient(() => inPageWorker((post) => createDatasetHost({}, post)));
    const table = [
      { key: 'customer', type: 'string' as const, label: '客户编号', labelEn: 'customer', synonyms: ['客户编号'] },
      { key: 'value', type: 'number' as const, label: '价值', labelEn: 'value', synonyms: ['销售额'] },
    ];
    const r = await client.load({ mode: 'auto', table, source: { type: 'text', name: 'k.csv', text: '客户编号,销售额(万元)\nK1,300\nK2,220\n' } });
    expect(r).toMatchObject({ mode: 'table', rowsKept: 2, customers: 2, mapping: { customer: '客户编号', value: '销售额(万元)' } });
  });
});
