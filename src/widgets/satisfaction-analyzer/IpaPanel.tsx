import { useStore } from '@nanostores/preact';
import { useMemo } from 'preact/hooks';
import { groupedNumber } from '../../engine/core/number-text';
import { IPA_QUADRANTS } from '../../engine/satisfaction/ipa';
import { ChartCanvas } from '../shared/ChartCanvas';
import { ScrollBox } from '../shared/ScrollBox';
import { useTeacherMode } from '../shared/teacher';
import { useDomId } from '../shared/use-dom-id';
import { useFocusOnReveal } from './use-focus-on-reveal';
import { ipaChart } from './charts';
import type { IpaCut, IpaModel, SatisfactionState } from './state';

const n2 = (v: number | null) => (v === null ? '—' : groupedNumber(v, 2, true));
const STRATEGY = new Map(IPA_QUADRANTS.map((q) => [q.key, q.strategy]));

/** Importance–performance analysis: the scatter, the learner's call on 重点改进, then the quadrants and what to do. */
export function IpaPanel({ state, onUse }: { state: SatisfactionState; onUse: () => void }) {
  const ipa = useStore(state.$ipa);
  const guess = useStore(state.$ipaGuess);
  const cut = useStore(state.$ipaCut);
  const chart = useMemo(() => (ipa ? ipaChart(ipa.result, ipa.scale, guess.revealed) : null), [ipa, guess.revealed]);
  if (ipa === null || chart === null) {
    return (
      <p class="sat-hint">
        这份数据没有可用的重要性评分，无法做重要性—绩效分析。如果问卷里有重要性题，请在“题目与维度”里把它标成“重要性评分”，并写明它评的是哪个维度或题项。
      </p>
    );
  }
  const noun = ipa.level === 'dimension' ? '维度' : '项目';
  return (
    <section class="sat-section" aria-labelledby="sat-ipa-title">
      <h4 id="sat-ipa-title">重要性—绩效分析{ipa.source === 'example' ? `（${ipa.title}）` : ''}</h4>
      <p class="sat-hint">
        {ipa.source === 'example'
          ? '课本例题：六个项目的平均重要性和平均绩效（1–5 分）。'
          : `每个${noun}的重要性是重要性题的平均分，绩效是该${noun}${ipa.level === 'dimension' ? '所有题项' : ''}的平均分。`}
        两条虚线把图分成四个象限；高于分界线记为“高”，等于或低于记为“低”。
      </p>
      <CutChoice cut={cut} scale={ipa.scale} noun={noun} onChange={(c) => {
        onUse();
        state.setIpaCut(c);
      }} />
      <ChartCanvas
        config={chart.config}
        label={chart.label}
        table={chart.table}
        height="20rem"
        legend={<Legend revealed={guess.revealed} noun={noun} />}
      />
      <Guess state={state} ipa={ipa} noun={noun} onUse={onUse} />
      <ScrollBox class="sat-table-wrap" label="重要性—绩效表">
        <table class="sat-table">
          <caption>各{noun}的重要性、绩效{guess.revealed ? '和所在象限' : '（象限在你作出判断后显示）'}</caption>
          <thead>
            <tr>
              <th scope="col">{noun}</th><th scope="col" class="num">重要性</th><th scope="col" class="num">绩效</th>
              {guess.revealed && <><th scope="col">象限</th><th scope="col">管理含义</th></>}
            </tr>
          </thead>
          <tbody>
            {ipa.result.items.map((i) => (
              <tr key={i.item} class={guess.revealed ? `sat-q-${i.quadrant}` : undefined}>
                <th scope="row">{i.item}</th>
                <td class="num">{n2(i.importance)}</td>
                <td class="num">{n2(i.performance)}</td>
                {guess.revealed && <><td class="nowrap">{i.name}</td><td>{STRATEGY.get(i.quadrant)}</td></>}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <p class="sat-hint">分界线：重要性 {n2(ipa.result.importanceCut)}，绩效 {n2(ipa.result.performanceCut)}。</p>
    </section>
  );
}

/** The chart's legend in HTML, so it wraps inside the widget on a phone; the markers are the table's. */
function Legend({ revealed, noun }: { revealed: boolean; noun: string }) {
  return (
    <ul class="sat-ipa-legend" aria-label="图例">
      {revealed ? IPA_QUADRANTS.map((q) => <li key={q.key} class={`sat-q-${q.key}`}>{q.name}</li>) : <li class="sat-q-none">{noun}（点旁是名称）</li>}
      <li class="sat-cut">虚线是分界线</li>
    </ul>
  );
}

function CutChoice({ cut, scale, noun, onChange }: { cut: IpaCut; scale: { min: number; max: number }; noun: string; onChange: (cut: IpaCut) => void }) {
  const id = useDomId();
  const mid = (scale.min + scale.max) / 2;
  return (
    <fieldset class="sat-radios">
      <legend>分界线画在哪里</legend>
      <label><input type="radio" name={`${id}-cut`} checked={cut === 'mean'} onChange={() => onChange('mean')} /> 各{noun}的平均值（课本的做法）</label>
      <label><input type="radio" name={`${id}-cut`} checked={cut === 'midpoint'} onChange={() => onChange('midpoint')} /> 量表的中点（{groupedNumber(mid, 1, true)} 分）</label>
    </fieldset>
  );
}

function Guess({ state, ipa, noun, onUse }: { state: SatisfactionState; ipa: IpaModel; noun: string; onUse: () => void }) {
  const guess = useStore(state.$ipaGuess);
  const verdict = useStore(state.$ipaVerdict);
  const { teacher } = useTeacherMode();
  const id = useDomId();
  const feedback = useFocusOnReveal<HTMLDivElement>(guess.revealed);
  return (
    <fieldset class="sat-guess">
      <legend>先判断：哪些{noun}落在“重点改进”象限（重要性高、绩效低）？</legend>
      <div class="sat-choices">
        {ipa.result.items.map((i) => (
          <label key={i.item}>
            <input
              type="checkbox"
              name={`${id}-ipa`}
              checked={guess.chosen.includes(i.item)}
              disabled={guess.revealed}
              onChange={() => {
                onUse();
                state.toggleIpaChoice(i.item);
              }}
            />{' '}
            {i.item}
          </label>
        ))}
      </div>
      {!guess.revealed && (
        <div class="tool-row">
          <button type="button" class="btn primary" onClick={() => {
            onUse();
            state.reveal('ipa', true);
          }}>
            {guess.chosen.length > 0 ? '提交判断，显示象限' : '我认为一个也没有，显示象限'}
          </button>
          {teacher && <button type="button" class="btn" onClick={() => state.reveal('ipa', false)}>显示答案（教师）</button>}
        </div>
      )}
      <div role="status" aria-live="polite" class="sat-feedback" tabIndex={-1} ref={feedback}>
        {verdict && (
          <>
            <p>
              <strong>{guess.committed ? (verdict.correct ? '判断正确。' : '还不完全对。') : '答案：'}</strong>
              “重点改进”象限里是：{[...verdict.right, ...verdict.missed].join('、') || '没有' + noun}。
              {guess.committed && verdict.missed.length > 0 ? `漏选了 ${verdict.missed.join('、')}。` : ''}
              {guess.committed && verdict.wrong.length > 0 ? `${verdict.wrong.join('、')}不在这个象限。` : ''}
            </p>
            <ul class="sat-quadrants">
              {ipa.result.quadrants.map((q) => (
                <li key={q.key}>
                  <strong>{q.name}</strong>（重要性{q.importance}、绩效{q.performance}）：{q.items.join('、') || '无'}。{q.strategy}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </fieldset>
  );
}
