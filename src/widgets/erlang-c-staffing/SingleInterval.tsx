import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { ErlangCTableRow } from '../../engine/technology/erlang-c';
import { groupedNumber, settingPercentText } from '../../engine/core/number-text';
import { ChartCanvas } from '../shared/ChartCanvas';
import { ScrollBox } from '../shared/ScrollBox';
import { useTeacherMode } from '../shared/teacher';
import { useDomId } from '../shared/use-dom-id';
import { agentsChart, asaText, percent1 } from './charts';
import { FormFields } from './FormFields';
import type { ErlangState, SingleResult } from './state';

/** One interval: the inputs, the answer, the table and chart around it, and the pooling comparison. */
export function SingleInterval({ state, onUse }: { state: ErlangState; onUse: () => void }) {
  const single = useStore(state.$single);
  return (
    <>
      <FormFields state={state} onUse={onUse} legend="这个时段的情况（默认是本章例题的数字）" />
      <div class="tool-row">
        <button type="button" class="btn" onClick={() => state.reset()}>恢复例题的数字</button>
      </div>
      <p class="erlang-status" role="status" aria-live="polite">
        {single.ok ? summary(single.value) : ''}
      </p>
      {!single.ok && (
        <div class="erlang-error" role="alert"><p><strong>还不能计算。</strong>{single.message}</p></div>
      )}
      {single.ok && (
        <>
          <KeyFigures result={single.value} />
          <AroundTable result={single.value} />
          <AgentsChart result={single.value} />
          <Pooling state={state} result={single.value} onUse={onUse} />
        </>
      )}
    </>
  );
}

function summary({ around: { result }, input }: SingleResult): string {
  const sl = settingPercentText(input.sl ?? 0.8);
  return `话务强度 ${groupedNumber(result.intensity, 2, true)} 爱尔朗；要让 ${sl} 的来电在 ${groupedNumber(input.target)} 秒内接起，至少需要 ${result.requiredAgents} 个在线座席；考虑 ${settingPercentText(input.shrinkage ?? 0)} 的缩减率，需要排班 ${result.scheduledStaff} 人。`;
}

function KeyFigures({ result: { around: { result } } }: { result: SingleResult }) {
  return (
    <dl class="erlang-figures">
      <div>
        <dt>话务强度 A</dt>
        <dd>{groupedNumber(result.intensity, 2, true)} <small>爱尔朗</small></dd>
      </div>
      <div>
        <dt>所需在线座席 N</dt>
        <dd>{result.requiredAgents} <small>人</small></dd>
      </div>
      <div>
        <dt>排班人数</dt>
        <dd>{result.scheduledStaff} <small>人</small></dd>
      </div>
      <div>
        <dt>此时的服务水平</dt>
        <dd>{percent1(result.serviceLevel)}</dd>
      </div>
      <div>
        <dt>平均应答速度</dt>
        <dd>{asaText(result)}</dd>
      </div>
      <div>
        <dt>座席占用率</dt>
        <dd>{percent1(result.occupancy)}</dd>
      </div>
    </dl>
  );
}

function verdict(row: ErlangCTableRow, required: number): string {
  if (!row.stable) return '座席不多于话务强度：队伍越排越长';
  if (row.agents === required) return '达标（最少的人数）';
  return row.meetsTarget ? '达标' : '未达标';
}

function AroundTable({ result: { around, input } }: { result: SingleResult }) {
  const required = around.result.requiredAgents;
  return (
    <section class="erlang-section" aria-labelledby="erlang-table-title">
      <h4 id="erlang-table-title">逐个试座席数（所需人数前后几档）</h4>
      <ScrollBox class="erlang-table-wrap" label="座席数与各项指标表">
        <table class="erlang-table">
          <caption class="visually-hidden">在线座席数与需要等待的概率、服务水平、平均应答速度和占用率</caption>
          <thead>
            <tr>
              <th scope="col">在线座席 N</th>
              <th scope="col">需要等待的概率</th>
              <th scope="col">服务水平（{groupedNumber(input.target)} 秒内接起）</th>
              <th scope="col">平均应答速度</th>
              <th scope="col">占用率</th>
              <th scope="col">是否达标</th>
            </tr>
          </thead>
          <tbody>
            {around.rows.map((r) => (
              <tr key={r.agents} class={r.agents === required ? 'erlang-required' : undefined}>
                <th scope="row">{r.agents}</th>
                <td class="num">{percent1(r.probabilityOfWaiting)}</td>
                <td class="num">{percent1(r.serviceLevel)}</td>
                <td class="num">{asaText(r)}</td>
                <td class="num">{percent1(r.occupancy)}</td>
                <td>{verdict(r, required)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );
}

function AgentsChart({ result: { around, input } }: { result: SingleResult }) {
  const chart = useMemo(() => agentsChart(around.rows, input.sl ?? 0.8, around.result.requiredAgents), [around, input]);
  return (
    <section class="erlang-section" aria-labelledby="erlang-chart-title">
      <h4 id="erlang-chart-title">座席数与服务水平、平均应答速度</h4>
      <ChartCanvas config={chart.config} label={chart.label} table={chart.table} height="16rem" />
    </section>
  );
}

function Pooling({ state, result: { pooling }, onUse }: { state: ErlangState; result: SingleResult; onUse: () => void }) {
  const guess = useStore(state.$guess);
  const { teacher } = useTeacherMode();
  const id = useDomId();
  const { base, scaled } = pooling;
  const shown = guess.revealed;
  const answer = useRef<HTMLDivElement>(null);
  const revealedHere = useRef(false);
  useEffect(() => {
    // The button goes away under the keyboard's focus: the focus moves to the answer it revealed.
    if (shown && revealedHere.current) answer.current?.focus();
    revealedHere.current = false;
  }, [shown]);
  const guessed = Number(guess.text);
  const hasGuess = guess.text.trim() !== '' && Number.isFinite(guessed);
  const feedback = !hasGuess
    ? ''
    : guessed === scaled.requiredAgents
      ? `你估计 ${guessed} 个，正好。`
      : `你估计 ${guessed} 个，实际需要 ${scaled.requiredAgents} 个（${guessed > scaled.requiredAgents ? '多估了' : '少估了'} ${Math.abs(guessed - scaled.requiredAgents)} 个）。`;
  return (
    <section class="erlang-section erlang-pooling" aria-labelledby="erlang-pool-title">
      <h4 id="erlang-pool-title">来电翻倍，座席也要翻倍吗？</h4>
      <p>
        现在 {groupedNumber(base.calls, 2)} 通来电需要 {base.requiredAgents} 个在线座席。如果来电增加到 {groupedNumber(scaled.calls, 2)} 通（处理时长和目标不变），需要多少个在线座席？先估一估，再看答案。
      </p>
      <div class="erlang-guess">
        <label for={`${id}-guess`}>我的估计（个在线座席）</label>
        <input id={`${id}-guess`} type="number" min={0} step={1} inputMode="numeric" value={guess.text} onInput={(e) => state.setGuess(e.currentTarget.value)} />
        <button type="button" class="btn primary" disabled={shown} onClick={() => {
          onUse();
          revealedHere.current = true;
          state.reveal();
        }}>
          {hasGuess ? '提交并看答案' : teacher ? '显示答案（教师）' : '直接看答案'}
        </button>
      </div>
      {shown && (
        <div class="erlang-pool-answer" role="status" aria-live="polite" tabIndex={-1} ref={answer}>
          {feedback && <p class="erlang-feedback">{feedback}</p>}
          <p>
            来电翻了一倍，在线座席只需从 <strong>{base.requiredAgents}</strong> 个增加到 <strong>{scaled.requiredAgents}</strong> 个，而不是 {pooling.proportionalAgents} 个
            {pooling.agentsSaved > 0 ? `（少 ${pooling.agentsSaved} 个）` : ''}；排班从 {base.scheduledStaff} 人增加到 {scaled.scheduledStaff} 人；占用率从 {percent1(base.occupancy)} 升到 {percent1(scaled.occupancy)}。
            这就是<strong>规模效应</strong>：来电多了，随机的扎堆互相抵消，座席集中在一起排队更有效率。
          </p>
          <ScrollBox class="erlang-table-wrap" label="来电翻倍前后的比较表">
            <table class="erlang-table erlang-compare">
              <caption class="visually-hidden">来电翻倍前后的座席需求</caption>
              <thead>
                <tr><th scope="col">指标</th><th scope="col">现在</th><th scope="col">来电翻倍</th></tr>
              </thead>
              <tbody>
                <tr><th scope="row">来电量（通）</th><td class="num">{groupedNumber(base.calls, 2)}</td><td class="num">{groupedNumber(scaled.calls, 2)}</td></tr>
                <tr><th scope="row">话务强度（爱尔朗）</th><td class="num">{groupedNumber(base.intensity, 2, true)}</td><td class="num">{groupedNumber(scaled.intensity, 2, true)}</td></tr>
                <tr><th scope="row">所需在线座席</th><td class="num">{base.requiredAgents}</td><td class="num">{scaled.requiredAgents}</td></tr>
                <tr><th scope="row">排班人数</th><td class="num">{base.scheduledStaff}</td><td class="num">{scaled.scheduledStaff}</td></tr>
                <tr><th scope="row">占用率</th><td class="num">{percent1(base.occupancy)}</td><td class="num">{percent1(scaled.occupancy)}</td></tr>
                <tr><th scope="row">每个在线座席分担的来电（通）</th><td class="num">{groupedNumber(base.callsPerAgent, 1, true)}</td><td class="num">{groupedNumber(scaled.callsPerAgent, 1, true)}</td></tr>
              </tbody>
            </table>
          </ScrollBox>
        </div>
      )}
    </section>
  );
}
