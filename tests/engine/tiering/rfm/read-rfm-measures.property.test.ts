import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readTransactions } from '~/engine/ingest';
import { computeRfm, readRfmMeasures, rfmSettings, scoreRfmMeasures, type RfmOptions } from '~/engine/tiering/rfm';
import { TEST_TIMEOUT } from '../../../helpers/timeouts';
import { chunked, utf8 } from '../../ingest/helpers';

// Repeated and shared orders, blank order cells, returns and zero amounts, sums whose order matters (0.1 + 0.2),
// bad cells, dates that are not dates, far off (9999-12-31, 1900-01-01) or after `today`, and (in some files)
// a/b/year dates whose day/month order is chosen only at the end of the file.
const CUSTOMERS = ['A', 'B', 'C', 'D', '张三', ' E ', ''];
const ORDERS = ['', '1', '2', '3', 'O-1', 'O-2', '1001'];
const PLAIN_DATES = ['2024-01-05', '2024-01-06', '2024/3/1', '2023-12-31', '2024年2月1日', '45296', '9999-12-31', '1900-01-01', '2026-06-01', 'bad', '', '2024-02-30'];
const OPEN_DATES = ['1/5/2024', '5/1/2024', '13/1/2024', '1/13/2024', '2/3/24', '3/2/2024'];
const AMOUNTS = ['10', '25.5', '-5', '0', '0.1', '0.2', '0.3', '(7)', 'abc', '', '1e400'];
const TODAY = 20_000; // 2024-10-04

const row = (dates: readonly string[]) =>
  fc.oneof(
    { weight: 12, arbitrary: fc.tuple(fc.constantFrom(...ORDERS), fc.constantFrom(...CUSTOMERS), fc.constantFrom(...dates), fc.constantFrom(...AMOUNTS)) },
    { weight: 1, arbitrary: fc.constant(['9', 'A']) },
  );

const fileArbitrary = fc.boolean().chain((openDates) =>
  fc.record({
    rows: fc.array(row(openDates ? [...PLAIN_DATES, ...OPEN_DATES] : PLAIN_DATES), { minLength: 1, maxLength: 50 }),
    withOrders: fc.boolean(),
    blockRows: fc.integer({ min: 1, max: 9 }),
    chunk: fc.integer({ min: 7, max: 400 }),
  }),
);

const optionsArbitrary: fc.Arbitrary<RfmOptions> = fc.record({
  bins: fc.constantFrom(2, 3, 5),
  method: fc.constantFrom('rank' as const, 'breaks' as const),
  segments: fc.constantFrom('cn8' as const, 'rfm10' as const),
  asOf: fc.constantFrom(undefined, 19_800, 3_000_000),
});

/** RFM of a file and what its reading says, as plain data, or the error thrown. */
async function outcome(run: () => Promise<{ read: object; result: ReturnType<typeof computeRfm> }>): Promise<unknown> {
  try {
    const { read, result } = await run();
    const { issues, issueCount, rowsRead, dateOutliers, warnings, mapping, headers } = read as Record<string, unknown>;
    return { issues, issueCount, rowsRead, dateOutliers, mapping, headers, warnings: [...(warnings as string[]), ...result.warnings], result };
  } catch (error) {
    return { error: String(error), code: (error as { code?: string }).code };
  }
}

describe('readRfmMeasures gives what readTransactions + computeRfm give', () => {
  it(
    'same customers, scores, segments, issues and warnings for random files, options, blocks and chunks',
    async () => {
      await fc.assert(
        fc.asyncProperty(fileArbitrary, optionsArbitrary, async ({ rows, withOrders, blockRows, chunk }, options) => {
          const header = withOrders ? '订单号,会员号,下单时间,实付金额' : '会员号,下单时间,实付金额';
          const lines = rows.map((cells) => (withOrders || cells.length < 4 ? cells : cells.slice(1)).map((c) => (c.includes(',') ? `"${c}"` : c)).join(','));
          const bytes = utf8([header, ...lines].join('\n') + '\n');
          const before = await outcome(async () => {
            const read = await readTransactions(chunked(bytes, chunk), { today: TODAY });
            return { read, result: computeRfm(read.transactions, options) };
          });
          const after = await outcome(async () => {
            const read = await readRfmMeasures(chunked(bytes, chunk), { today: TODAY, blockRows });
            return { read, result: scoreRfmMeasures(read.measures, read.customers, rfmSettings(options)) };
          });
          expect(after).toEqual(before);
        }),
        { numRuns: 300 },
      );
    },
    TEST_TIMEOUT,
  );
});
