import { customerLifetimeValue, type ClvYear } from '../../engine/tiering/clv';
import { noPositionals, numberOption, requiredNumber } from '../args';
import { finish, type CommandContext } from '../context';
import { formatTable } from '../table';

export const CLV_OPTIONS = { values: ['margin', 'retention', 'discount', 'years', 'acquisition', 'out'], flags: ['json'] };

/** `crm clv`: customer lifetime value from margin, retention and discount rate (docs/contracts.md §5). */
export async function clvCommand(ctx: CommandContext): Promise<void> {
  noPositionals(ctx.args);
  const result = customerLifetimeValue({
    margin: requiredNumber(ctx.args, 'margin'),
    retention: requiredNumber(ctx.args, 'retention'),
    discount: requiredNumber(ctx.args, 'discount'),
    years: numberOption(ctx.args, 'years'),
    acquisition: numberOption(ctx.args, 'acquisition'),
  });
  await finish(
    ctx,
    { clv: result.clv, infinite: result.infinite, perYear: result.perYear, warnings: [] },
    () =>
      `客户终身价值 CLV = ${result.clv.toFixed(2)}${result.infinite ? '（无期限，取极限值；下表列出前 10 年）' : ''}\n\n` +
      formatTable<ClvYear>(result.perYear, [
        { header: '年', cell: (y) => y.year },
        { header: '留存概率', cell: (y) => y.survival, digits: 4 },
        { header: '期望利润', cell: (y) => y.expectedMargin, digits: 2 },
        { header: '折现系数', cell: (y) => y.discountFactor, digits: 4 },
        { header: '现值', cell: (y) => y.presentValue, digits: 2 },
        { header: '累计现值', cell: (y) => y.cumulative, digits: 2 },
        { header: '扣除获客成本', cell: (y) => y.cumulativeNet, digits: 2 },
      ]),
    {
      rows: result.perYear,
      columns: [
        { header: '年', value: 'year' },
        { header: '留存概率', value: 'survival' },
        { header: '期望利润', value: 'expectedMargin' },
        { header: '折现系数', value: 'discountFactor' },
        { header: '现值', value: 'presentValue' },
        { header: '累计现值', value: 'cumulative' },
        { header: '扣除获客成本', value: 'cumulativeNet' },
      ],
    },
  );
}
