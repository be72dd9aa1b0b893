import { useStore } from '@nanostores/preact';
import { useMemo, useState, useEffect } from 'preact/hooks';
import { groupedNumber, parameterText, percentText } from '../../engine/core/number-text';
import type { MixtureRetention, RetentionProjectionComparison } from '../../engine/loyalty';
import { ChartCanvas } from '../shared/ChartCanvas';
import { ModelNotes } from '../shared/ModelNotes';
import { useFirstUse } from '../shared/progress';
import { ScrollBox } from '../shared/ScrollBox';
import { readSharedState, sharedStateUrl } from '../shared/share-state';
import { ShareLink } from '../shared/ShareLink';
import { WidgetFrame } from '../shared/WidgetFrame';
import { useDomId } from '../shared/use-dom-id';
import { projectionChart } from './charts';
import { createProjectionState, PRESETS, SHARE_PREFIX, WIDGET, type ProjectionResult, type ProjectionState } from './state';
import './retention-projection.css';

const three = parameterText;

/** 客户保持率预测 (chapter 10): sBG against constant retention on a contract cohort, and why retention rises. */
export default function RetentionProjection() {
  // Made after mounting: the first state may come from a share link, so hydration meets the server's HTML.
  const [state, setState] = useState<ProjectionState | null>(null);
  useEffect(() => setState(createProjectionState(readSharedState(SHARE_PREFIX))), []);
  return (
    <WidgetFrame name={WIDGET} title="客户保持率预测" tools={state ? <ShareLink makeUrl={() => sharedStateUrl(SHARE_PREFIX, state.shareState(), WIDGET)} /> : null}>
      <div class="rp" id={WIDGET}>{state ? <Body state={state} /> : <p class="widget-loading">正在准备客户保持率预测…</p>}</div>
      <ModelNotes load={() => import('./MODEL.md?raw')} />
    </WidgetFrame>
  );
}

function Body({ state }: { state: ProjectionState }) {
  const result = useStore(state.$result);
  const onUse = useFirstUse(WIDGET);
  return (
    <>
      <Inputs state={state} onUse={onUse} />
      <p class="rp-status" role="status" aria-live="polite">
        {result.ok ? fitLine(result.value.comparison) : ''}
      </p>
      {!result.ok && (
        <div class="rp-error" role="alert"><p><strong>无法预测。</strong>{result.message}</p></div>
      )}
      {result.ok && (
        <>
          <Verdict result={result.value} />
          <Projection comparison={result.value.comparison} />
          <Clv state={state} result={result.value} onUse={onUse} />
        </>
      )}
      <Mixture state={state} onUse={onUse} />
    </>
  );
}

function fitLine(c: RetentionProjectionComparison): string {
  if (!c.fitted) {
    return `sBG 模型按课本使用论文公布的 α = ${three(c.fit.alpha)}，β = ${three(c.fit.beta)}（第 0~${c.calibrationPeriods} 年数据的极大似然估计，保留三位小数）；第 t 年保持率 = (β + t − 1) ÷ (α + β + t − 1)。`;
  }
  return `sBG 模型用第 0~${c.calibrationPeriods} 年的数据估计出 α = ${three(c.fit.alpha)}，β = ${three(c.fit.beta)}（对数似然 ${groupedNumber(c.fit.logLikelihood, 1, true)}）；第 t 年保持率 = (β + t − 1) ÷ (α + β + t − 1)。`;
}

function Inputs({ state, onUse }: { state: ProjectionState; onUse: () => void }) {
  const s = useStore(state.$settings);
  const id = useDomId();
  const years = s.survivors.length - 1;
  return (
    <div class="rp-inputs">
      <div class="rp-row">
        <div class="field rp-preset">
          <label for={`${id}-preset`}>数据</label>
          <select id={`${id}-preset`} value={s.preset} onChange={(e) => { onUse(); if (e.currentTarget.value !== 'custom') state.choosePreset(e.currentTarget.value as 'regular'); }}>
            {PRESETS.map((p) => <option value={p.key} key={p.key}>{p.title}</option>)}
            {s.preset === 'custom' && <option value="custom">我输入的数据</option>}
          </select>
        </div>
        <div class="field">
          <label for={`${id}-fit`}>用前几年拟合</label>
          <select id={`${id}-fit`} value={s.calibration} onChange={(e) => { onUse(); state.setCalibration(Number(e.currentTarget.value)); }}>
            {Array.from({ length: years }, (_, i) => i + 1).map((n) => <option value={n} key={n}>第 0~{n} 年{n < years ? `（留出第 ${n + 1}~${years} 年检验）` : ''}</option>)}
          </select>
        </div>
        <div class="field rp-small">
          <label for={`${id}-h`}>预测到第几年</label>
          <input id={`${id}-h`} type="number" min={s.calibration} max={30} step={1} value={s.horizon} onChange={(e) => { onUse(); state.setHorizon(Number(e.currentTarget.value)); }} />
        </div>
      </div>
      <details class="rp-edit">
        <summary>查看或修改每年年末仍在的客户数（{years + 1} 个数）</summary>
        <p class="rp-hint">第 0 年是签约时的人数；之后每年填年末仍是客户的人数。改动任何一个数，下面的结果立即更新。</p>
        <div class="rp-survivors">
          {s.survivors.map((text, year) => (
            <div class="field" key={year}>
              <label for={`${id}-s${year}`}>第 {year} 年</label>
              <input id={`${id}-s${year}`} type="text" inputMode="numeric" value={text} onChange={(e) => { onUse(); state.setSurvivor(year, e.currentTarget.value); }} />
            </div>
          ))}
        </div>
        <div class="tool-row">
          <button type="button" class="btn" onClick={() => { onUse(); state.addYear(); }}>加一年</button>
          <button type="button" class="btn" disabled={years < 2} onClick={() => { onUse(); state.removeYear(); }}>去掉最后一年</button>
        </div>
      </details>
    </div>
  );
}

function Verdict({ result }: { result: ProjectionResult }) {
  const c = result.comparison;
  const last = c.rows[c.rows.length - 1]!;
  return (
    <section class="rp-section" aria-labelledby="rp-verdict-title">
      <h4 id="rp-verdict-title">两种预测差多少</h4>
      <ul class="rp-findings">
        <li>
          第 {last.period} 年末：<strong>sBG 模型预计约 {groupedNumber(last.sbg)} 人</strong>，保持率不变（每年都按第 1 年的 {percentText(c.constantRate)}）预计约 {groupedNumber(last.constant)} 人
          {last.actual !== null ? `，实际 ${groupedNumber(last.actual)} 人` : ''}。
        </li>
        {c.heldOutError ? (
          <li>
            留作检验的第 {c.calibrationPeriods + 1}~{c.rows.filter((r) => r.actual !== null).length - 1} 年：sBG 预测与实际平均相差 {percentText(c.heldOutError.sbg)}，保持率不变的预测平均相差 {percentText(c.heldOutError.constant)}。
          </li>
        ) : (
          <li>所有年份都用来拟合了，没有留出检验的年份；选“用前几年拟合”中较少的年数，就能看预测准不准。</li>
        )}
      </ul>
    </section>
  );
}

function Projection({ comparison }: { comparison: RetentionProjectionComparison }) {
  const chart = useMemo(() => projectionChart(comparison), [comparison]);
  return (
    <section class="rp-section" aria-labelledby="rp-chart-title">
      <h4 id="rp-chart-title">每年年末仍在的客户</h4>
      <ChartCanvas config={chart.config} label={chart.label} table={chart.table} height="17rem" />
      <ScrollBox class="rp-table-wrap" label="逐年保持率">
        <table class="rp-table rp-proj">
          <caption>逐年保持率：实际（年末 ÷ 年初）与 sBG 模型</caption>
          <thead>
            <tr><th scope="col">年份</th><th scope="col" class="num">实际仍在</th><th scope="col" class="num">实际保持率</th><th scope="col" class="num">sBG 预测</th><th scope="col" class="num">sBG 保持率</th><th scope="col" class="num">保持率不变</th></tr>
          </thead>
          <tbody>
            {comparison.rows.map((r) => (
              <tr key={r.period} class={r.heldOut ? 'rp-held' : undefined}>
                <th scope="row">第 {r.period} 年{r.heldOut ? '（检验）' : r.actual === null ? '（外推）' : ''}</th>
                <td class="num">{r.actual === null ? '—' : groupedNumber(r.actual)}</td>
                <td class="num">{r.actualRetention === null ? '—' : percentText(r.actualRetention)}</td>
                <td class="num">{groupedNumber(r.sbg, 1, true)}</td>
                <td class="num">{r.sbgRetention === null ? '—' : percentText(r.sbgRetention)}</td>
                <td class="num">{groupedNumber(r.constant, 1, true)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );
}

function Clv({ state, result, onUse }: { state: ProjectionState; result: ProjectionResult; onUse: () => void }) {
  const s = useStore(state.$settings);
  const id = useDomId();
  const { sbg, constant, years } = result.clv;
  return (
    <section class="rp-section" aria-labelledby="rp-clv-title">
      <h4 id="rp-clv-title">对客户终身价值的影响</h4>
      <div class="rp-row">
        <div class="field rp-small">
          <label for={`${id}-m`}>每位客户每年毛利（元）</label>
          <input id={`${id}-m`} type="number" min={0} step={10} value={s.margin} onChange={(e) => { onUse(); state.setMoney({ margin: Number(e.currentTarget.value) }); }} />
        </div>
        <div class="field rp-small">
          <label for={`${id}-d`}>年折现率（%）</label>
          <input id={`${id}-d`} type="number" min={0} max={50} step={1} value={Math.round(s.discount * 1000) / 10} onChange={(e) => { onUse(); state.setMoney({ discount: Number(e.currentTarget.value) / 100 }); }} />
        </div>
      </div>
      <p class="rp-clv">
        前 {years} 年的客户终身价值（每位签约客户）：按 sBG 预测 <strong>{groupedNumber(sbg, 2, true)} 元</strong>，按保持率不变 <strong>{groupedNumber(constant, 2, true)} 元</strong>
        {sbg > 0 ? `，后者少算了 ${groupedNumber(sbg - constant, 2, true)} 元（${percentText((sbg - constant) / sbg)}）` : ''}。低估客户价值，企业就会在客户保持上投入不足。
      </p>
    </section>
  );
}

function Mixture({ state, onUse }: { state: ProjectionState; onUse: () => void }) {
  const m = useStore(state.$mixture);
  const result = useStore(state.$mixtureResult);
  const id = useDomId();
  const field = (group: 'stable' | 'swing', key: 'customers' | 'retention', label: string) => (
    <div class="field rp-small">
      <label for={`${id}-${group}-${key}`}>{label}</label>
      <input id={`${id}-${group}-${key}`} type="number" min={0} max={key === 'retention' ? 100 : undefined} step={key === 'retention' ? 1 : 10} value={m[group][key]} onChange={(e) => {
        onUse();
        state.setMixture({ [group]: { ...m[group], [key]: Number(e.currentTarget.value) } });
      }} />
    </div>
  );
  return (
    <section class="rp-section rp-mixture" aria-labelledby="rp-mix-title">
      <h4 id="rp-mix-title">为什么保持率逐年上升：两类客户混在一起</h4>
      <p class="rp-hint">每类客户的保持率始终不变，但不忠诚的客户先走，剩下的客户里稳定型越来越多，整体保持率就逐年上升。sBG 模型把这个道理推广到每位客户各不相同。</p>
      <div class="rp-row">
        {field('stable', 'customers', '稳定型客户数')}
        {field('stable', 'retention', '稳定型保持率（%）')}
        {field('swing', 'customers', '摇摆型客户数')}
        {field('swing', 'retention', '摇摆型保持率（%）')}
        <div class="field rp-small">
          <label for={`${id}-years`}>年数</label>
          <input id={`${id}-years`} type="number" min={1} max={20} step={1} value={m.years} onChange={(e) => { onUse(); state.setMixture({ years: Number(e.currentTarget.value) }); }} />
        </div>
      </div>
      {result.ok ? <MixtureTable mixture={result.value} /> : <p class="rp-error" role="alert">{result.message}</p>}
    </section>
  );
}

function MixtureTable({ mixture }: { mixture: MixtureRetention }) {
  const [stable, swing] = mixture.bySegment;
  const first = mixture.retention[0];
  const last = mixture.retention[mixture.retention.length - 1];
  return (
    <>
      <ScrollBox class="rp-table-wrap" label="两类客户的保持率">
        <table class="rp-table">
          <caption class="visually-hidden">两类客户各自仍在的人数、合计与整体保持率</caption>
          <thead>
            <tr><th scope="col">年份</th><th scope="col" class="num">稳定型仍在</th><th scope="col" class="num">摇摆型仍在</th><th scope="col" class="num">合计</th><th scope="col" class="num">整体保持率</th></tr>
          </thead>
          <tbody>
            {mixture.survivors.map((total, t) => (
              <tr key={t}>
                <th scope="row">{t === 0 ? '开始' : `第 ${t} 年末`}</th>
                <td class="num">{groupedNumber(stable!.survivors[t]!, 1, true)}</td>
                <td class="num">{groupedNumber(swing!.survivors[t]!, 1, true)}</td>
                <td class="num">{groupedNumber(total, 1, true)}</td>
                <td class="num">{t === 0 || mixture.retention[t - 1] === null ? '—' : percentText(mixture.retention[t - 1]!)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      {first !== null && first !== undefined && last !== null && last !== undefined && mixture.retention.length > 1 && (
        <p class="rp-clv">没有任何一位客户改变，整体保持率却从 {percentText(first)} 变为 {percentText(last)}。</p>
      )}
    </>
  );
}
