import { useStore } from '@nanostores/preact';

import { CREDIT_FACTORS, type Credit5cResult } from '../../engine/information/credit/credit-5c';
import { CREDIT_5C_CHAPTER_EXAMPLE } from '../../engine/information/credit/credit-5c-chapter-example';
import { groupedNumber, percentText, settingPercentText } from '../../engine/core/number-text';
import { ScrollBox } from '../shared/ScrollBox';
import { useDomId } from '../shared/use-dom-id';
import type { CreditState } from './state';

const score2 = (x: number) => groupedNumber(x, 2, true);
const termText = (days: number) => (days === 0 ? '不给账期，款到发货' : `账期 ${days} 天`);

/** One applicant: the five scores, the weighted score and grade, what pulls it down, and the policy it earns. */
export function SingleRating({ state, onUse }: { state: CreditState; onUse: () => void }) {
  const scores = useStore(state.$scores);
  const applicant = useStore(state.$applicant);
  const rating = useStore(state.$rating);
  const standard = useStore(state.$standard);
  const id = useDomId();
  return (
    <>
      <div class="credit-applicants" role="group" aria-label="本章例题的四家经销商">
        <span class="credit-applicants-label">载入例题经销商：</span>
        {CREDIT_5C_CHAPTER_EXAMPLE.applicants.map((a) => (
          <button type="button" class="btn" key={a.name} aria-pressed={applicant === a.name} onClick={() => {
            onUse();
            state.chooseApplicant(a.name);
          }}>
            经销商{a.name}
          </button>
        ))}
      </div>
      <fieldset class="credit-scores">
        <legend>{applicant ? `经销商${applicant}的五项得分（0–100 分，可以改）` : '这位客户的五项得分（0–100 分）'}</legend>
        {CREDIT_FACTORS.map(({ key, name, english, question }) => (
          <div class="credit-score" key={key}>
            <label for={`${id}-s-${key}`}>
              {name} <span class="credit-en">{english}</span>
            </label>
            <small id={`${id}-q-${key}`}>{question}</small>
            <div class="credit-score-controls">
              <input type="range" min={0} max={100} step={1} value={scores[key]} aria-label={`${name}得分滑块`} aria-valuetext={`${scores[key]} 分`} aria-describedby={`${id}-q-${key}`} onInput={(e) => {
                onUse();
                state.setScore(key, Number(e.currentTarget.value));
              }} />
              <input id={`${id}-s-${key}`} type="number" min={0} max={100} step={1} inputMode="numeric" value={scores[key]} onChange={(e) => {
                onUse();
                state.setScore(key, Number(e.currentTarget.value));
              }} />
              <span aria-hidden="true">分</span>
            </div>
          </div>
        ))}
      </fieldset>
      <p class="credit-status" role="status" aria-live="polite">
        {rating.ok ? `加权总分 ${score2(rating.value.score)} 分，评为 ${rating.value.grade} 级；${termText(rating.value.termDays)}${rating.value.creditLimit === null ? '' : `，建议额度 ${groupedNumber(rating.value.creditLimit)} 元`}。` : ''}
      </p>
      {rating.ok && <RatingDetail result={rating.value} baseLimit={standard.baseLimit} />}
      <Examples state={state} />
    </>
  );
}

function RatingDetail({ result, baseLimit }: { result: Credit5cResult; baseLimit: string }) {
  const sum = result.factors.map((f) => `${f.score} × ${settingPercentText(f.weight)}`).join(' + ');
  // Worked out by hand as the chapter writes it (24 + 18.75 + 13 …): no trailing zeros in the sum's terms.
  const parts = result.factors.map((f) => groupedNumber(f.weighted, 2)).join(' + ');
  const w = result.weakest;
  return (
    <>
      <div class="credit-result">
        <p class="credit-grade">
          <span class="credit-grade-score">{score2(result.score)} 分</span>
          <span class="credit-grade-letter">{result.grade} 级</span>
        </p>
        <p class="credit-formula">{sum} = {parts} = {score2(result.score)}</p>
      </div>
      <ScrollBox class="credit-table-wrap" label="五项得分的加权计算表">
        <table class="credit-table">
          <caption class="visually-hidden">每一项的得分、权重、加权得分和离满分的差距</caption>
          <thead>
            <tr><th scope="col">要素</th><th scope="col">得分</th><th scope="col">权重</th><th scope="col">加权得分</th><th scope="col">离满分差（权重 × (100 − 得分)）</th></tr>
          </thead>
          <tbody>
            {result.factors.map((f) => (
              <tr key={f.key} class={w?.key === f.key ? 'credit-weakest' : undefined}>
                <th scope="row">{f.name}{w?.key === f.key ? '（拉低最多）' : ''}</th>
                <td class="num">{f.score}</td>
                <td class="num">{settingPercentText(f.weight)}</td>
                <td class="num">{score2(f.weighted)}</td>
                <td class="num">{score2(f.shortfall)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <ul class="credit-reading">
        {w && (
          <li>
            拉低总分最多的是<strong>{w.name}</strong>：{settingPercentText(w.weight)} × (100 − {w.score}) = {groupedNumber(w.shortfall, 2)} 分。得分最低的一项不一定拉低最多，还要看它的权重。
          </li>
        )}
        <li>{result.nextGrade ? `再提高 ${score2(result.nextGrade.pointsNeeded)} 分可以升到 ${result.nextGrade.grade} 级。` : '已是最高等级。'}</li>
        <li>
          {result.grade} 级的信用政策是“{result.advice}”。{result.creditLimit === null
            ? ''
            : `建议额度 ${groupedNumber(result.creditLimit)} 元（基础额度 ${groupedNumber(Number(baseLimit))} 元 × ${percentText(result.band.limitFactor, 0)}）。`}
        </li>
      </ul>
    </>
  );
}

function Examples({ state }: { state: CreditState }) {
  const examples = useStore(state.$examples);
  if (!examples.ok) return null;
  return (
    <section class="credit-section" aria-labelledby="credit-examples-title">
      <h4 id="credit-examples-title">例题的四家经销商（按当前标准）</h4>
      <ScrollBox class="credit-table-wrap" label="四家经销商的评级表">
        <table class="credit-table credit-examples">
          <caption class="visually-hidden">四家经销商的五项得分、加权总分、等级和账期</caption>
          <thead>
            <tr>
              <th scope="col">经销商</th>
              {CREDIT_FACTORS.map((f) => <th scope="col" key={f.key}>{f.name}</th>)}
              <th scope="col">加权总分</th><th scope="col">等级</th><th scope="col">账期</th>
            </tr>
          </thead>
          <tbody>
            {examples.value.map(({ name, result }) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                {result.factors.map((f) => <td class="num" key={f.key}>{f.score}</td>)}
                <td class="num">{score2(result.score)}</td>
                <td>{result.grade}</td>
                <td>{result.termDays === 0 ? '款到发货' : `${result.termDays} 天`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );
}
