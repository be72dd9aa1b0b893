import { formatDay } from '../../engine/core/dates';
import { rfmSettings, scoreRfmMeasures, RFM_CSV_COLUMNS, type RfmCustomer, type RfmSegmentSummary } from '../../engine/tiering/rfm';
import { choiceOption, dateOption, inputFile, numberOption } from '../args';
import { finish, JsonRows, type CommandContext } from '../context';
import { inputSummary, readRfmMeasuresFile } from '../read-input';
import { formatTable } from '../table';

export const RFM_OPTIONS = { values: ['customer', 'date', 'amount', 'order', 'asof', 'bins', 'method', 'segments', 'out'], flags: ['json'] };

const SHOWN_CUSTOMERS = 20;

/** `crm rfm <csv>`: RFM scores and segments of a transaction file (docs/contracts.md §4–§5). */
export async function rfmCommand(ctx: CommandContext): Promise<void> {
  const { args } = ctx;
  const path = inputFile(args);
  const asOf = dateOption(args, 'asof');
  const bins = numberOption(args, 'bins');
  const method = choiceOption(args, 'method', ['rank', 'breaks'], 'rank');
  const segments = choiceOption(args, 'segments', ['cn8', 'rfm10'], 'cn8');
  // Checked before the file is read: a wrong --bins is reported at once, not after a large file.
  const settings = rfmSettings({ asOf, bins, method, segments });
  const read = await readRfmMeasuresFile(path, args);
  const result = scoreRfmMeasures(read.measures, read.customers, settings);
  const warnings = [...read.warnings, ...result.warnings];
  const customerJson = new JsonRows(result.customers, ({ customer, recency, frequency, monetary, r, f, m, code, segment, segmentKey }: RfmCustomer) => ({
    customer, recency, frequency, monetary, r, f, m, code, segment, segmentKey,
  }));
  const json = {
    asof: formatDay(result.asOf),
    method: result.method,
    bins: result.bins,
    segmentModel: result.segmentModel,
    ...(result.breaks ? { breaks: result.breaks } : {}),
    meanScores: result.meanScores,
    customers: customerJson,
    segments: result.segments,
    input: inputSummary(path, read),
    warnings,
  };
  await finish(
    ctx,
    json,
    () => {
      const head = `分析日期 ${formatDay(result.asOf)} · ${result.customers.length} 位客户 · 评分 ${result.method === 'rank' ? '排名法' : 'R 包分位点法'} ${result.bins} 档`;
      const segmentTable = formatTable<RfmSegmentSummary>(result.segments, [
        { header: '客户群', cell: (s) => s.segment },
        { header: '英文', cell: (s) => s.segmentKey },
        { header: '客户数', cell: (s) => s.customers },
        { header: '订单数', cell: (s) => s.orders },
        { header: '金额', cell: (s) => s.revenue, digits: 2 },
        { header: '客户占比%', cell: (s) => (s.customerShare === null ? null : s.customerShare * 100), digits: 1 },
      ]);
      const shown = result.customers.slice(0, SHOWN_CUSTOMERS);
      const customerTable = formatTable<RfmCustomer>(shown, [
        { header: '客户', cell: (c) => c.customer },
        { header: '最近(天)', cell: (c) => c.recency },
        { header: '频次', cell: (c) => c.frequency },
        { header: '金额', cell: (c) => c.monetary, digits: 2 },
        { header: 'RFM', cell: (c) => c.code },
        { header: '客户群', cell: (c) => c.segment },
      ]);
      const more = result.customers.length > shown.length ? `\n（只显示前 ${shown.length} 位；全部见 --json 或 --out 文件.csv）` : '';
      return `${head}\n\n${segmentTable}\n\n${customerTable}${more}`;
    },
    {
      rows: result.customers,
      columns: RFM_CSV_COLUMNS,
    },
  );
}
