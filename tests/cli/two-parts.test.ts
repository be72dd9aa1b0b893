import { spawnSync } from 'node:child_process';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { finishTransactions, readTransactions } from '~/engine/ingest';
import { openFile } from '~/cli/open-file';
import { readInTwoParts, TWO_PART_MAX_BYTES, TWO_PART_MIN_BYTES } from '~/cli/read-in-two-parts';
import { PROCESS_TIMEOUT } from '../helpers/timeouts';
import { scratchDir } from '../helpers/scratch-dirs';
import { readOutcome } from '../engine/ingest/helpers';

vi.setConfig({ testTimeout: PROCESS_TIMEOUT, hookTimeout: PROCESS_TIMEOUT });

const root = fileURLToPath(new URL('../..', import.meta.url));
const tmp = scratchDir('crm-two-parts-');
const workerFile = pathToFileURL(join(root, 'node_modules', '.cache', 'crm-cli', 'read-part.mjs'));

function crm(env: Record<string, string>, ...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/crm.mjs', ...args], { cwd: root, encoding: 'utf8', timeout: PROCESS_TIMEOUT, maxBuffer: 256 << 20, env: { ...process.env, ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const ROWS = 300_000;
/** Line of the row with an empty customer, in the second half. */
const BAD_LINE = 250_002;

/** A file just over `TWO_PART_MIN_BYTES`: Chinese and ASCII ids, customers in both halves, one bad row in the second. */
function writeLargeFile(name: string, quoteAtRow = -1): string {
  const lines = ['订单号,会员号,下单时间,实付金额'];
  for (let i = 0; i < ROWS; i++) {
    const customer = i + 2 === BAD_LINE ? '' : i % 3 === 0 ? `客户${i % 5000}` : `M${String(i % 7919).padStart(6, '0')}`;
    const amount = i === quoteAtRow ? '"12.50"' : `${(i % 400) + 0.5}`;
    lines.push(`${100_000_000 + i},${customer},2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')},${amount}`);
  }
  const path = join(tmp, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  expect(statSync(path).size).toBeGreaterThan(TWO_PART_MIN_BYTES);
  return path;
}

describe('a large file read on two threads', () => {
  let file = '';
  beforeAll(() => {
    file = writeLargeFile('large.csv');
    expect(crm({}, 'help').status).toBe(0); // builds the bundles if a source changed
  });

  it('gives what one thread gives, the bad row named by its line', async () => {
    const options = { today: 20_000 };
    const rows = await readInTwoParts(file, statSync(file).size, options, workerFile);
    expect(rows).not.toBeNull();
    const whole = readTransactions(openFile(file).source, options);
    expect(await readOutcome(Promise.resolve(finishTransactions(rows!, 20_000)))).toEqual(await readOutcome(whole));
    expect(finishTransactions(rows!, 20_000).issues).toEqual([{ line: BAD_LINE, column: '会员号', message: '客户编号为空' }]);
  });

  it('is read whole when its first half has a quote, or when it is small or very large', async () => {
    const quoted = writeLargeFile('quoted.csv', 1000);
    expect(await readInTwoParts(quoted, statSync(quoted).size, {}, workerFile)).toBeNull();
    expect(await readInTwoParts(file, TWO_PART_MIN_BYTES - 1, {}, workerFile)).toBeNull();
    expect(await readInTwoParts(file, TWO_PART_MAX_BYTES + 1, {}, workerFile)).toBeNull();
  });

  it('crm rfm prints the same JSON with CRM_THREADS=1', () => {
    const two = crm({}, 'rfm', file, '--json');
    const one = crm({ CRM_THREADS: '1' }, 'rfm', file, '--json');
    expect(two.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(JSON.parse(two.stdout).input.issues).toEqual([{ line: BAD_LINE, column: '会员号', message: '客户编号为空' }]);
  });
});
