import { useStore } from '@nanostores/preact';
import { useMemo } from 'preact/hooks';
import { groupedNumber } from '../../engine/core/number-text';
import { ChartCanvas } from '../shared/ChartCanvas';
import { DatasetPicker } from '../shared/dataset-picker/DatasetPicker';
import { ScrollBox } from '../shared/ScrollBox';
import { useDomId } from '../shared/use-dom-id';
import { dayChart, percent1 } from './charts';
import { FormFields } from './FormFields';
import type { PlanView } from './handlers';
import type { Planner } from './planner-state';
import type { ErlangState } from './state';

/** The day planner: a call log, a day, and the required agents for every half hour of it. */
export function DayPlanner({ state, planner, onUse }: { state: ErlangState; planner: Planner; onUse: () => void }) {
  const days = useStore(planner.$days);
  const day = useStore(planner.$day);
  const plan = useStore(planner.$plan);
  const load = useStore(planner.dataset.$load);
  const id = useDomId();
  const ready = load.phase === 'ready';
  return (
    <>
      <p class="erlang-hint">
        按天排班：选一份每半小时一行的话务量记录（列：日期、时段、来电量、平均处理时长（秒）），再选一天，计算器按下面的目标给每个时段算出所需的在线座席和排班人数。教师可以上传自己学校或企业的话务量 CSV。
      </p>
      <DatasetPicker controller={planner.dataset} onUse={onUse} countNoun="个时段" />
      <FormFields state={state} onUse={onUse} only={['minutes', 'target', 'sl', 'shrinkage']} legend="排班目标（每个时段都按这个目标计算）" />
      {ready && days?.ok === false && <div class="erlang-error" role="alert"><p><strong>无法按天排班。</strong>{days.message}</p></div>}
      {ready && days?.ok && (
        <div class="field erlang-day">
          <label for={`${id}-day`}>选择一天</label>
          <select id={`${id}-day`} value={day ?? ''} onChange={(e) => {
            onUse();
            planner.chooseDay(Number(e.currentTarget.value));
          }}>
            {days.value.days.map((d) => (
              <option key={d.day} value={d.day}>
                {d.date} {d.weekday}（{groupedNumber(d.calls)} 通，{d.slots} 个时段）
              </option>
            ))}
          </select>
          {days.value.merged > 0 && <small>注意：有 {days.value.merged} 行与同一天、同一时段重复，已合并（来电量相加，处理时长按来电量加权）。</small>}
        </div>
      )}
      <p class="erlang-status" role="status" aria-live="polite">
        {ready && plan?.ok ? planSummary(plan.value) : load.phase === 'loading' ? '正在读取话务量数据…' : ''}
      </p>
      {ready && plan?.ok === false && <div class="erlang-error" role="alert"><p><strong>无法排班。</strong>{plan.message}</p></div>}
      {ready && plan?.ok && <PlanResult view={plan.value} state={state} onUse={onUse} />}
    </>
  );
}

function planSummary({ day, plan }: PlanView): string {
  const peak = plan.peakIndex === null ? null : plan.intervals[plan.peakIndex]!;
  const head = `${day.date} ${day.weekday}：共 ${groupedNumber(plan.totalCalls)} 通来电。`;
  return peak ? `${head}高峰在 ${peak.slot}，来电 ${groupedNumber(peak.calls)} 通，需要 ${peak.requiredAgents} 个在线座席、排班 ${peak.scheduledStaff} 人。` : `${head}没有可以计算的时段。`;
}

function PlanResult({ view, state, onUse }: { view: PlanView; state: ErlangState; onUse: () => void }) {
  const title = `${view.day.date} ${view.day.weekday}`;
  const chart = useMemo(() => dayChart(view.plan, title), [view]);
  const { plan, typical } = view;
  const peak = plan.peakIndex === null ? null : plan.intervals[plan.peakIndex]!;
  return (
    <>
      <section class="erlang-section" aria-labelledby="erlang-day-title">
        <h4 id="erlang-day-title">{title}的排班曲线</h4>
        <ChartCanvas config={chart.config} label={chart.label} table={chart.table} height="17rem" />
        <div class="tool-row">
          {peak && (
            <button type="button" class="btn" onClick={() => {
              onUse();
              state.useInterval(peak.calls, peak.aht);
            }}>
              把这天的高峰时段放进“单个时段”计算
            </button>
          )}
        </div>
        {plan.problems > 0 && <p class="erlang-warning">有 {plan.problems} 个时段的数字无法计算，已在表中注明，其余时段照常计算。</p>}
      </section>
      {typical && (
        <section class="erlang-section" aria-labelledby="erlang-typical-title">
          <h4 id="erlang-typical-title">整份记录的常规高峰（按星期和时段平均）</h4>
          <p>
            {typical.weekday} {typical.slot}：{typical.observations} 次记录平均 {groupedNumber(typical.meanCalls, 2, true)} 通来电，处理时长按来电量加权平均 {groupedNumber(typical.aht, 1, true)} 秒
            {typical.requiredAgents !== null ? `，需要 ${typical.requiredAgents} 个在线座席、排班 ${typical.scheduledStaff} 人。` : '。'}
            排班表通常按这种“平均的星期几”来排；单独一天的来电可能比平均多或少。
          </p>
          {typical.requiredAgents !== null && (
            <button type="button" class="btn" onClick={() => {
              onUse();
              state.useInterval(typical.meanCalls, typical.aht);
            }}>
              把常规高峰放进“单个时段”计算
            </button>
          )}
        </section>
      )}
      <section class="erlang-section" aria-labelledby="erlang-slots-title">
        <h4 id="erlang-slots-title">各时段明细</h4>
        <ScrollBox class="erlang-table-wrap" label="各时段座席需求表">
          <table class="erlang-table">
            <caption class="visually-hidden">{title}每个时段的来电量、处理时长、话务强度和座席需求</caption>
            <thead>
              <tr>
                <th scope="col">时段</th><th scope="col">来电量</th><th scope="col">平均处理时长</th><th scope="col">话务强度</th>
                <th scope="col">所需在线座席</th><th scope="col">排班人数</th><th scope="col">服务水平</th>
              </tr>
            </thead>
            <tbody>
              {plan.intervals.map((r, i) => (
                <tr key={`${r.slot}-${i}`} class={i === plan.peakIndex ? 'erlang-required' : undefined}>
                  <th scope="row">{r.slot}{i === plan.peakIndex ? '（高峰）' : ''}</th>
                  <td class="num">{groupedNumber(r.calls)}</td>
                  <td class="num">{groupedNumber(r.aht, 1, true)} 秒</td>
                  {r.problem !== null ? (
                    <td colSpan={4}>无法计算：{r.problem}</td>
                  ) : (
                    <>
                      <td class="num">{groupedNumber(r.intensity!, 2, true)}</td>
                      <td class="num">{r.requiredAgents}</td>
                      <td class="num">{r.scheduledStaff}</td>
                      <td class="num">{r.serviceLevel === null ? '无来电' : percent1(r.serviceLevel)}</td>
                    </>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
        <p class="erlang-hint">
          全天合计 {groupedNumber(plan.agentIntervals)} 个“座席·时段”在线（每个时段的在线座席数相加），排班合计 {groupedNumber(plan.staffIntervals)} 个“人·时段”。
        </p>
      </section>
    </>
  );
}
