import { busiestInterval } from '../technology/call-volume/busiest-interval';
import { EngineError } from '../core/errors';
import { erlangC } from '../technology/erlang-c/staffing';
import type { GeneratedDataset } from '../generate/generate-dataset';
import { numericColumn, textColumn } from './generated-columns';
import { answerKeyHeader } from './header';
import type { CallsAnswerKey } from './types';

/** Chapter 2's staffing targets: half-hour intervals, 80 % of calls answered within 20 s, 30 % shrinkage. */
export const CALLS_ANSWER_TARGET = Object.freeze({ interval: 1800, sl: 0.8, target: 20, shrinkage: 0.3 });

/**
 * The answer key of a call-centre volume file: the peak half hour (the weekday and slot with the most
 * calls on average over the weeks, `busiestInterval`; handling time weighted by calls) and its Erlang C
 * staffing for chapter 2's target (80/20, 30 % shrinkage): traffic, required agents, scheduled staff,
 * and the service level, P(wait), ASA and occupancy at the required agents.
 *
 * Source: docs/contracts.md §5 (Erlang C); Gans, Koole & Mandelbaum (2003) for forecasting by weekday and half hour.
 * @throws EngineError `missing-column` when the table is not a call-centre file; `no-calls` when it has no rows.
 * @example callsAnswerKey(generateDataset('calls')).peak.weekday // '星期一'
 */
export function callsAnswerKey(dataset: GeneratedDataset): CallsAnswerKey {
  const { table } = dataset;
  const weekday = textColumn(table, '星期');
  const slot = textColumn(table, '时段');
  const calls = numericColumn(table, '来电量');
  const aht = numericColumn(table, '平均处理时长(秒)');
  const peak = busiestInterval(weekday.map((w, i) => ({ weekday: w, slot: slot[i]!, calls: calls[i] ?? Number.NaN, aht: aht[i] ?? Number.NaN })));
  if (peak === null) throw new EngineError('no-calls', '话务量数据为空(the call-volume table has no rows)');
  const t = CALLS_ANSWER_TARGET;
  const result = erlangC({ calls: peak.meanCalls, interval: t.interval, aht: peak.aht, target: t.target, sl: t.sl, shrinkage: t.shrinkage });
  const method = [
    '高峰时段：按“星期 + 时段”分组（如 4 个星期一的 10:00-10:30 为一组），求每组的平均来电量，取平均来电量最多的一组；该组的平均处理时长按来电量加权（Σ 来电量 × 处理时长 ÷ Σ 来电量）。',
    `Erlang C：时段 ${t.interval} 秒，目标 ${t.sl * 100}% 的来电在 ${t.target} 秒内接听，缩减率 ${t.shrinkage * 100}%；所需坐席为达到目标的最少坐席数，排班人数 = 所需坐席 ÷ (1 − 缩减率) 向上取整。`,
    `与命令行一致：crm erlang --calls ${peak.meanCalls} --interval ${t.interval} --aht ${peak.aht} --target ${t.target} --sl ${t.sl} --shrinkage ${t.shrinkage}。`,
  ];
  return {
    ...answerKeyHeader(dataset, method, []),
    kind: 'calls',
    peak,
    target: { ...t },
    staffing: {
      intensity: result.intensity,
      requiredAgents: result.requiredAgents,
      scheduledStaff: result.scheduledStaff,
      serviceLevel: result.serviceLevel,
      probabilityOfWaiting: result.probabilityOfWaiting,
      asa: result.asa,
      occupancy: result.occupancy,
    },
  };
}
