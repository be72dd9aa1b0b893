import { atom } from 'nanostores';
import { describe, expect, it } from 'vitest';
import type { Failure, Outcome } from '~/widgets/shared/outcome';
import type { DatasetController, LoadState } from '~/widgets/shared/dataset-picker/controller';
import { createAnalysisRunner, csvFromWorker, latestAnswer } from '~/widgets/shared/worker-requests';

/** A promise settled by hand, to play the worker answering late, early or not at all. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const ABORTED = { code: 'aborted', message: '已取消。' };

/** A runner over hand-settled requests; `inputs` is what the request reads when it starts. */
function harness(ready = () => true) {
  const $busy = atom(false);
  const asked: { input: number; answer: ReturnType<typeof deferred<string>> }[] = [];
  const done: string[] = [];
  const failed: Failure[] = [];
  let input = 0;
  const run = createAnalysisRunner<string>({
    $busy,
    ready,
    request: () => {
      const answer = deferred<string>();
      asked.push({ input, answer });
      return answer.promise;
    },
    done: (value) => void done.push(value),
    failed: (f) => void failed.push(f),
  });
  return { $busy, asked, done, failed, run, setInput: (n: number) => (input = n) };
}

describe('createAnalysisRunner', () => {
  it('does nothing before there is anything to analyse', async () => {
    const h = harness(() => false);
    expect(await h.run()).toBe(false);
    expect(h.asked).toHaveLength(0);
    expect(h.$busy.get()).toBe(false);
  });

  it('is busy while it runs, hands over the answer and reports the run complete', async () => {
    const h = harness();
    const finished = h.run();
    expect(h.$busy.get()).toBe(true);
    h.asked[0]!.answer.resolve('一');
    expect(await finished).toBe(true);
    expect(h.done).toEqual(['一']);
    expect(h.$busy.get()).toBe(false);
  });

  it('folds the runs asked for meanwhile into one more run on the latest inputs, dropping the stale answer', async () => {
    const h = harness();
    const first = h.run();
    h.setInput(1);
    const second = h.run();
    h.setInput(2);
    const third = h.run();
    expect(await second).toBe(false);
    expect(await third).toBe(false);
    h.asked[0]!.answer.resolve('旧');
    await tick();
    expect(h.asked.map((a) => a.input)).toEqual([0, 2]);
    h.asked[1]!.answer.resolve('新');
    expect(await first).toBe(true);
    expect(h.done).toEqual(['新']);
  });

  it('drops a failure for stale inputs and hands over one for the latest', async () => {
    const h = harness();
    const first = h.run();
    void h.run();
    h.asked[0]!.answer.reject({ code: 'bad', message: '旧的错误' });
    await tick();
    h.asked[1]!.answer.reject(new Error('boom'));
    expect(await first).toBe(true);
    expect(h.failed).toEqual([{ ok: false, code: 'internal', message: '出了意外的问题（boom）' }]);
    expect(h.done).toEqual([]);
  });

  it('stops on a cancel, without a failure and without the run folded in meanwhile', async () => {
    const h = harness();
    const first = h.run();
    void h.run();
    h.asked[0]!.answer.reject(ABORTED);
    expect(await first).toBe(false);
    expect(h.asked).toHaveLength(1);
    expect(h.failed).toEqual([]);
    expect(h.$busy.get()).toBe(false);
  });

  it('runs again when asked while the answer is being taken (done is awaited)', async () => {
    const $busy = atom(false);
    const taken: string[] = [];
    let calls = 0;
    const follow = deferred<void>();
    const run = createAnalysisRunner<string>({
      $busy,
      ready: () => true,
      request: async () => `第 ${++calls} 次`,
      done: async (value) => {
        taken.push(value);
        if (calls === 1) await follow.promise;
      },
      failed: () => undefined,
    });
    const finished = run();
    await tick();
    expect(await run()).toBe(false);
    follow.resolve();
    expect(await finished).toBe(true);
    expect(taken).toEqual(['第 1 次', '第 2 次']);
  });
});

describe('latestAnswer', () => {
  it('keeps the answer to the latest request when an older one answers last', async () => {
    const $target = atom<Outcome<string> | null>(null);
    const show = latestAnswer($target);
    const older = deferred<string>();
    const newer = deferred<string>();
    const a = show(() => older.promise);
    const b = show(() => newer.promise);
    newer.resolve('新');
    await b;
    older.resolve('旧');
    await a;
    expect($target.get()).toEqual({ ok: true, value: '新' });
  });

  it('drops the failure of an overtaken request, stores the latest one through the given mapping', async () => {
    const $target = atom<Outcome<string> | null>(null);
    const show = latestAnswer($target, (caught) => ({ ok: false, code: 'mapped', message: String((caught as Error).message) }));
    const older = deferred<string>();
    const a = show(() => older.promise);
    await show(() => Promise.reject(new Error('最新的错误')));
    older.reject(new Error('旧的错误'));
    await a;
    expect($target.get()).toEqual({ ok: false, code: 'mapped', message: '最新的错误' });
  });

  it('leaves the atom as it was after a cancel', async () => {
    const $target = atom<Outcome<string> | null>({ ok: true, value: '原来的' });
    const show = latestAnswer($target);
    await show(() => Promise.reject(ABORTED));
    expect($target.get()).toEqual({ ok: true, value: '原来的' });
  });
});

describe('csvFromWorker', () => {
  /** A dataset controller with only what the export reads: the worker client and the load state. */
  function dataset(load: LoadState, call: (method: string) => Promise<unknown>) {
    return { client: { call }, $load: atom(load) } as unknown as DatasetController;
  }
  const ready = (name: string) => ({ phase: 'ready', report: { name } }) as unknown as LoadState;

  it('asks the worker by name and names the file after the dataset, its extension dropped', async () => {
    const asked: string[] = [];
    const result = await csvFromWorker(dataset(ready('会员流水.CSV'), async (method) => (asked.push(method), { csv: 'a,b\r\n', rows: 1 })), 'abcCsv', (stem) => `ABC-${stem}.csv`);
    expect(asked).toEqual(['abcCsv']);
    expect(result).toEqual({ ok: true, value: { csv: 'a,b\r\n', rows: 1, filename: 'ABC-会员流水.csv' } });
  });

  it("calls the file 'data' when no dataset has been read", async () => {
    const result = await csvFromWorker(dataset({ phase: 'idle' }, async () => ({ csv: '', rows: 0 })), 'csv', (stem) => `挽回名单-${stem}.csv`);
    expect(result.ok && result.value.filename).toBe('挽回名单-data.csv');
  });

  it("hands over the worker's failure", async () => {
    const result = await csvFromWorker(dataset(ready('x.csv'), () => Promise.reject({ code: 'no-dataset', message: '还没有数据。' })), 'rfmCsv', (stem) => stem);
    expect(result).toEqual({ ok: false, code: 'no-dataset', message: '还没有数据。' });
  });
});
