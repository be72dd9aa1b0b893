import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isAnalysisName, loadAnalysis, type AnalysisName } from '~/widgets/shared/analysis-worker/analyses';
import { DatasetWorkerClient, inPageWorker } from '~/widgets/shared/dataset-picker/client';
import { createDatasetHost, type Handlers } from '~/widgets/shared/dataset-picker/host';
import type { LoadRequest } from '~/widgets/shared/dataset-picker/protocol';

const EXAMPLE: LoadRequest = { source: { type: 'text', text: '客户,日期,金额\nA,2024-01-02,10\nB,2024-01-03,20\n', name: 'ex.csv' }, mode: 'transactions' };

/** A client over an in-page host whose handlers come from `loader`, counting its calls. */
function clientWith(loader: () => Promise<Handlers>) {
  const calls = { count: 0 };
  const counted = () => {
    calls.count++;
    return loader();
  };
  return { calls, client: new DatasetWorkerClient(() => inPageWorker((post) => createDatasetHost(counted, post))) };
}

describe('the shared analysis worker', () => {
  it('knows every widget that spawns it, and loads each one’s handlers', async () => {
    const spawning = readdirSync('src/widgets').filter((name) => {
      try {
        return readdirSync(`src/widgets/${name}`).includes('handlers.ts');
      } catch {
        return false;
      }
    });
    expect(spawning.length).toBe(8);
    for (const name of spawning) {
      expect(isAnalysisName(name), name).toBe(true);
      const handlers = await loadAnalysis(name as AnalysisName);
      expect(Object.keys(handlers).length, name).toBeGreaterThan(0);
      for (const handler of Object.values(handlers)) expect(typeof handler).toBe('function');
    }
    expect(isAnalysisName('toString')).toBe(false);
    expect(isAnalysisName('no-such-widget')).toBe(false);
  });

  it('reads a dataset before the widget’s handlers are loaded, and loads them once, on the first call', async () => {
    const { calls, client } = clientWith(async () => ({ count: (ctx) => ctx.dataset?.report.rowsKept }));
    const report = await client.load(EXAMPLE);
    expect(report.rowsKept).toBe(2);
    expect(calls.count).toBe(0);
    expect(await client.call('count')).toBe(2);
    expect(await client.call('count')).toBe(2);
    expect(calls.count).toBe(1);
  });

  it('fails only the call whose handlers could not load (offline, say), and tries again on the next', async () => {
    let fail = true;
    const { calls, client } = clientWith(async () => {
      if (fail) throw new TypeError('Failed to fetch dynamically imported module');
      return { count: (ctx) => ctx.dataset?.report.rowsKept };
    });
    await client.load(EXAMPLE);
    await expect(client.call('count')).rejects.toMatchObject({ code: 'internal' });
    fail = false;
    expect(await client.call('count')).toBe(2);
    expect(calls.count).toBe(2);
  });

  it('keeps two widgets’ requests apart: each its own worker, its own answers, a cancel that stops only its own', async () => {
    const a = clientWith(async () => ({ name: () => 'a', wait: () => new Promise(() => {}) })).client;
    const b = clientWith(async () => ({ name: () => 'b' })).client;
    await Promise.all([a.load(EXAMPLE), b.load(EXAMPLE)]);
    const waiting = a.call('wait');
    const [nameA, nameB] = await Promise.all([a.call('name'), b.call('name')]);
    expect([nameA, nameB]).toEqual(['a', 'b']);
    a.cancel();
    await expect(waiting).rejects.toMatchObject({ code: 'aborted' });
    expect(await b.call('name')).toBe('b');
    await expect(b.call('wait')).rejects.toMatchObject({ code: 'unknown-method' });
  });
});
