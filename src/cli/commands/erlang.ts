import { erlangC, erlangCTable, type ErlangCTableRow } from '../../engine/technology/erlang-c';
import { noPositionals, numberOption, requiredNumber } from '../args';
import { finish, type CommandContext } from '../context';
import { formatPairs, formatTable } from '../table';

export const ERLANG_OPTIONS = { values: ['calls', 'interval', 'aht', 'target', 'sl', 'agents', 'shrinkage', 'out'], flags: ['json'] };

/** `crm erlang`: call-centre staffing by Erlang C (docs/contracts.md §5). */
export async function erlangCommand(ctx: CommandContext): Promise<void> {
  noPositionals(ctx.args);
  const input = {
    calls: requiredNumber(ctx.args, 'calls'),
    interval: requiredNumber(ctx.args, 'interval'),
    aht: requiredNumber(ctx.args, 'aht'),
    target: requiredNumber(ctx.args, 'target'),
    sl: numberOption(ctx.args, 'sl'),
    agents: numberOption(ctx.args, 'agents'),
    shrinkage: numberOption(ctx.args, 'shrinkage'),
  };
  const result = erlangC(input);
  const from = Math.max(1, result.requiredAgents - 3);
  const rows = erlangCTable(input, from, result.requiredAgents + 3);
  const { intensity, agents, serviceLevel, probabilityOfWaiting, asa, occupancy, requiredAgents, scheduledStaff, meetsTarget } = result;
  await finish(
    ctx,
    { intensity, agents, serviceLevel, probabilityOfWaiting, asa, occupancy, requiredAgents, scheduledStaff, meetsTarget, table: rows, warnings: [] },
    () =>
      formatPairs([
        ['话务量(Erlang)', intensity, 3],
        ['评估坐席数', agents],
        ['服务水平', serviceLevel, 4],
        ['需要等待的概率', probabilityOfWaiting, 4],
        ['平均应答时间(秒)', asa, 2],
        ['坐席占用率', occupancy, 4],
        ['达到目标所需坐席', requiredAgents],
        ['计入缺勤后排班人数', scheduledStaff],
      ]) +
      '\n\n' +
      formatTable<ErlangCTableRow>(rows, [
        { header: '坐席数', cell: (r) => r.agents },
        { header: '等待概率', cell: (r) => r.probabilityOfWaiting, digits: 4 },
        { header: '服务水平', cell: (r) => r.serviceLevel, digits: 4 },
        { header: '平均应答(秒)', cell: (r) => r.asa, digits: 2 },
        { header: '占用率', cell: (r) => r.occupancy, digits: 4 },
      ]),
    {
      rows,
      columns: [
        { header: '坐席数', value: 'agents' },
        { header: '等待概率', value: 'probabilityOfWaiting' },
        { header: '服务水平', value: 'serviceLevel' },
        { header: '平均应答(秒)', value: 'asa' },
        { header: '占用率', value: 'occupancy' },
      ],
    },
  );
}
