import { useStore } from '@nanostores/preact';
import { useMemo } from 'preact/hooks';
import { groupedNumber } from '../../engine/core/number-text';
import { servqualAdvice } from '../../engine/satisfaction/servqual-advice';
import { ChartCanvas } from '../shared/ChartCanvas';
import { ScrollBox } from '../shared/ScrollBox';
import { DatasetPicker } from '../shared/dataset-picker/DatasetPicker';
import { useTeacherMode } from '../shared/teacher';
import { useDomId } from '../shared/use-dom-id';
import { useFocusOnReveal } from './use-focus-on-reveal';
import { gapChart, signed } from './charts';
import { Warnings } from './ItemMeans';
import { NO_SHORTFALL, type GapModel, type SatisfactionState } from './state';

const n2 = (v: number | null) => (v === null ? '—' : groupedNumber(v, 2, true));

/** SERVQUAL: expectation, perception and gap per dimension, the learner's call on what to fix first, then the answer. */
export function GapPanel({ state, onUse }: { state: SatisfactionState; onUse: () => void }) {
  const gaps = useStore(state.$gaps);
  const example = useStore(state.$isExample);
  const view = useStore(state.$view);
  const verdict = useStore(state.$gapVerdict);
  const chart = useMemo(() => (gaps ? gapChart(gaps.dimensions, verdict?.answer ?? null) : null), [gaps, verdict]);
  const warnings = !example && view?.ok ? view.value.analysis.warnings.filter((w) => w.includes('期望')) : [];
  return (
    <section class="sat-section" aria-labelledby="sat-gap-title">
      <h4 id="sat-gap-title">服务质量差距（SERVQUAL）{gaps?.source === 'example' ? `（${gaps.title}）` : ''}</h4>
      <p class="sat-hint">
        差距 = 感知 P − 期望 E。差距为负，说明服务没有达到客户的期望；负得越多，越需要改进。
        {gaps?.source === 'example' ? '课本例题：企业客户给五个维度打的平均分（1–7 分）和管理层得到的权重。' : ''}
      </p>
      {!example && (
        <div class="sat-expectations" role="group" aria-labelledby="sat-expectations-title">
          <h5 id="sat-expectations-title">期望数据</h5>
          <p class="sat-hint">
            期望值问卷与满意度问卷的题项列名相同，按问卷编号一一配对。课程数据集已配好期望文件；用自己的问卷时，请在这里上传对应的期望值文件。
          </p>
          <DatasetPicker controller={state.expectations} onUse={onUse} countNoun="份问卷" />
        </div>
      )}
      {gaps === null || chart === null ? (
        <p class="sat-hint">{example ? '' : '载入期望数据后，这里显示各维度的期望、感知和差距。'}</p>
      ) : (
        <>
          <ChartCanvas config={chart.config} label={chart.label} table={chart.table} height="15rem" />
          <GapTable gaps={gaps} largest={verdict?.answer ?? null} />
          <Guess state={state} gaps={gaps} onUse={onUse} />
          {gaps.items.length > 0 && <ItemGaps gaps={gaps} />}
        </>
      )}
      <Warnings warnings={warnings} />
    </section>
  );
}

function GapTable({ gaps, largest }: { gaps: GapModel; largest: string | null }) {
  const weighted = gaps.weighted?.weightedGap ?? null;
  return (
    <>
      <ScrollBox class="sat-table-wrap" label="服务质量差距表">
        <table class="sat-table">
          <caption>各维度的期望、感知和差距（{gaps.scale.min}–{gaps.scale.max} 分）</caption>
          <thead>
            <tr>
              <th scope="col">维度</th><th scope="col" class="num">期望 E</th><th scope="col" class="num">感知 P</th><th scope="col" class="num">差距 P − E</th>
              {gaps.weights && <th scope="col" class="num">{gaps.source === 'example' ? '权重' : '重要性（权重）'}</th>}
            </tr>
          </thead>
          <tbody>
            {gaps.dimensions.map((d) => (
              <tr key={d.dimension} class={d.dimension === largest ? 'sat-largest' : undefined}>
                <th scope="row">{d.dimension}{d.dimension === largest ? '（差距最大）' : ''}</th>
                <td class="num">{n2(d.expectation)}</td>
                <td class="num">{n2(d.perception)}</td>
                <td class="num">{d.gap === null ? '—' : signed(d.gap)}</td>
                {gaps.weights && <td class="num">{gaps.weights[d.dimension] === undefined ? '—' : n2(gaps.weights[d.dimension]!)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <p>
        各维度差距的简单平均：<strong>{gaps.overallGap === null ? '—' : signed(gaps.overallGap)}</strong>
        {weighted !== null && (
          <>
            ；按{gaps.source === 'example' ? '权重' : '各维度的重要性均值'}加权平均：<strong>{signed(weighted)}</strong>
            {weighted < (gaps.overallGap ?? 0) ? '（加权后差距更大：差距大的维度恰好是客户更看重的）' : ''}
          </>
        )}
        。
      </p>
    </>
  );
}

function Guess({ state, gaps, onUse }: { state: SatisfactionState; gaps: GapModel; onUse: () => void }) {
  const guess = useStore(state.$gapGuess);
  const verdict = useStore(state.$gapVerdict);
  const { teacher } = useTeacherMode();
  const id = useDomId();
  const feedback = useFocusOnReveal<HTMLDivElement>(guess.revealed);
  const choose = (value: string) => {
    onUse();
    state.chooseGap(value);
  };
  return (
    <fieldset class="sat-guess">
      <legend>先判断：哪个维度最该优先改进？</legend>
      <div class="sat-choices">
        {gaps.dimensions.map((d) => (
          <label key={d.dimension}>
            <input type="radio" name={`${id}-gap`} checked={guess.chosen === d.dimension} disabled={guess.revealed} onChange={() => choose(d.dimension)} /> {d.dimension}
          </label>
        ))}
        <label>
          <input type="radio" name={`${id}-gap`} checked={guess.chosen === NO_SHORTFALL} disabled={guess.revealed} onChange={() => choose(NO_SHORTFALL)} /> 都达到了期望，不必改进
        </label>
      </div>
      {!guess.revealed && (
        <div class="tool-row">
          <button type="button" class="btn primary" disabled={guess.chosen === null} onClick={() => {
            onUse();
            state.reveal('gaps', true);
          }}>
            {guess.chosen === null ? '先选一个维度' : '提交判断，显示答案'}
          </button>
          {teacher && <button type="button" class="btn" onClick={() => state.reveal('gaps', false)}>显示答案（教师）</button>}
        </div>
      )}
      <div role="status" aria-live="polite" class="sat-feedback" tabIndex={-1} ref={feedback}>
        {verdict && (
          <>
            <p>
              <strong>{guess.committed ? (verdict.correct ? '判断正确。' : '再想想。') : '答案：'}</strong>
              {verdict.answer === null
                ? '没有一个维度低于期望。'
                : `差距最大的是${verdict.answer}（${signed(verdict.answerGap!)} 分），它离客户的期望最远，应当优先改进。`}
              {guess.committed && !verdict.correct && verdict.chosenGap !== null
                ? `你选的${verdict.chosen}差距是 ${signed(verdict.chosenGap)} 分。`
                : ''}
            </p>
            {verdict.answer !== null && <p class="sat-advice"><strong>管理者该做什么：</strong>{servqualAdvice(verdict.answer)}</p>}
          </>
        )}
      </div>
    </fieldset>
  );
}

function ItemGaps({ gaps }: { gaps: GapModel }) {
  return (
    <details class="sat-item-gaps">
      <summary>各题项的期望、感知和差距</summary>
      <ScrollBox class="sat-table-wrap" label="各题项的差距表">
        <table class="sat-table">
          <caption class="visually-hidden">各题项的期望、感知、差距和回答数</caption>
          <thead>
            <tr>
              <th scope="col">维度</th><th scope="col">题项</th><th scope="col" class="num">期望 E</th><th scope="col" class="num">感知 P</th>
              <th scope="col" class="num">差距</th><th scope="col" class="num">期望回答数</th><th scope="col" class="num">感知回答数</th>
            </tr>
          </thead>
          <tbody>
            {gaps.items.map((i) => (
              <tr key={i.item}>
                <td>{i.dimension ?? '（无）'}</td>
                <th scope="row">{i.item}</th>
                <td class="num">{n2(i.expectation)}</td>
                <td class="num">{n2(i.perception)}</td>
                <td class="num">{i.gap === null ? '—' : signed(i.gap)}</td>
                <td class="num">{groupedNumber(i.expectationN)}</td>
                <td class="num">{groupedNumber(i.perceptionN)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </details>
  );
}
