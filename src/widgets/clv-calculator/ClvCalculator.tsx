import { useStore } from '@nanostores/preact';
import { useMemo } from 'preact/hooks';
import type { ClvResult } from '../../engine/tiering/clv';
import { groupedNumber, percentText } from '../../engine/core/number-text';
import { ScrollBox } from '../shared/ScrollBox';
import { WidgetFrame } from '../shared/WidgetFrame';
import { ShareLink } from '../shared/ShareLink';
import { ModelNotes } from '../shared/ModelNotes';
import { ChartCanvas } from '../shared/ChartCanvas';
import { readSharedState, sharedStateUrl } from '../shared/share-state';
import { useFirstUse } from '../shared/progress';
import { useDomId } from '../shared/use-dom-id';
import { useMounted } from '../shared/use-mounted';
import { publishClv } from '../shared/result-publishers';
import type { Outcome } from '../shared/outcome';
import { createClvState, formsFromShared, formsToShared, type ClvState, type ScenarioForm } from './state';
import { cumulativeValueChart } from './charts';
import './clv-calculator.css';

export const WIDGET = 'clv-calculator';
const NAMES = ['方案甲', '方案乙'] as const;

/** 客户终身价值计算器: two scenarios side by side, year by year, and what a few points of retention are worth. */
export default function ClvCalculator() {
  const state = useMemo(() => createClvState(formsFromShared(readSharedState('clv'))), []);
  const forms = useStore(state.$forms);
  const results = useStore(state.$results);
  const onUse = useFirstUse(WIDGET);
  const mounted = useMounted();
  const change = (side: 'a' | 'b', patch: Partial<ScenarioForm>) => {
    onUse();
    state.set(side, patch);
    const result = state.$results.get()[side];
    if (result.ok) publishClv(state.$forms.get()[side], result.value);
  };

  return (
    <WidgetFrame name={WIDGET} title="客户终身价值计算器" tools={<ShareLink makeUrl={() => sharedStateUrl('clv', formsToShared(state.$forms.get()), WIDGET)} />}>
      <div id={WIDGET} class="clv">
        {!mounted ? (
          <p class="widget-loading">正在准备客户终身价值计算器…</p>
        ) : (
          <>
            <p class="clv-formula">
              CLV = Σ<sub>t=1..T</sub> m · r<sup>t−1</sup> ÷ (1 + d)<sup>t</sup> − c；不限年数时 CLV = m ÷ (1 + d − r) − c。
            </p>
            <div class="clv-scenarios">
              <Scenario side="a" name={NAMES[0]} form={forms.a} result={results.a} onChange={change} />
              <Scenario side="b" name={NAMES[1]} form={forms.b} result={results.b} onChange={change} />
            </div>
            <div class="tool-row">
              <button type="button" class="btn" onClick={() => state.copyAToB()}>把方案甲的设置复制给方案乙</button>
              <button type="button" class="btn" onClick={() => state.reset()}>恢复例题的设置</button>
            </div>
            <Comparison state={state} />
            {results.a.ok && results.b.ok && <YearByYear a={results.a.value} b={results.b.value} forms={[forms.a, forms.b]} />}
          </>
        )}
      </div>
      <ModelNotes load={() => import('./MODEL.md?raw')} />
    </WidgetFrame>
  );
}

interface ScenarioProps {
  side: 'a' | 'b';
  name: string;
  form: ScenarioForm;
  result: Outcome<ClvResult>;
  onChange: (side: 'a' | 'b', patch: Partial<ScenarioForm>) => void;
}

function Scenario({ side, name, form, result, onChange }: ScenarioProps) {
  const id = useDomId();
  const set = (patch: Partial<ScenarioForm>) => onChange(side, patch);
  const retention = Number(form.retention);
  return (
    <fieldset class={`clv-scenario clv-${side}`}>
      <legend>{name}</legend>
      <div class="field">
        <label for={`${id}-m`}>每年毛利 m（元）</label>
        <input id={`${id}-m`} type="number" step="any" value={form.margin} onInput={(e) => set({ margin: e.currentTarget.value })} />
      </div>
      <div class="field">
        <label for={`${id}-r`}>保留率 r（%）</label>
        <div class="clv-pair">
          <input
            type="range" min={0} max={99} step={1}
            value={Number.isFinite(retention) ? Math.min(99, Math.max(0, retention)) : 0}
            aria-label={`${name}的保留率滑块`}
            aria-valuetext={`${form.retention}%`}
            onInput={(e) => set({ retention: e.currentTarget.value })}
          />
          <input id={`${id}-r`} type="number" min={0} max={100} step="any" value={form.retention} onInput={(e) => set({ retention: e.currentTarget.value })} />
        </div>
      </div>
      <div class="field">
        <label for={`${id}-d`}>折现率 d（%）</label>
        <input id={`${id}-d`} type="number" step="any" value={form.discount} onInput={(e) => set({ discount: e.currentTarget.value })} />
      </div>
      <fieldset class="clv-horizon">
        <legend>计算年数</legend>
        <label class="clv-choice">
          <input type="radio" name={`${id}-h`} checked={form.horizon === 'years'} onChange={() => set({ horizon: 'years' })} />
          有限年数
        </label>
        <label class="clv-choice">
          <input type="radio" name={`${id}-h`} checked={form.horizon === 'infinite'} onChange={() => set({ horizon: 'infinite' })} />
          不限年数
        </label>
        {form.horizon === 'years' && (
          <div class="field">
            <label for={`${id}-t`}>年数 T</label>
            <input id={`${id}-t`} type="number" min={1} max={100} step={1} value={form.years} onInput={(e) => set({ years: e.currentTarget.value })} />
          </div>
        )}
      </fieldset>
      <div class="field">
        <label for={`${id}-c`}>获取成本 c（元）</label>
        <input id={`${id}-c`} type="number" step="any" value={form.acquisition} onInput={(e) => set({ acquisition: e.currentTarget.value })} />
      </div>
      <p class="clv-value" aria-live="polite">
        {result.ok ? (
          <>
            {name} CLV = <strong>{groupedNumber(result.value.clv, 2, true)} 元</strong>
          </>
        ) : (
          <span class="clv-problem" role="alert">{result.message}</span>
        )}
      </p>
    </fieldset>
  );
}

function Comparison({ state }: { state: ClvState }) {
  const results = useStore(state.$results);
  const forms = useStore(state.$forms);
  const c = results.comparison;
  let text = '两个方案都算出结果后，这里比较它们的差别。';
  if (c) {
    const more = c.difference >= 0;
    const rel = c.relativeChange === null ? '' : `（${more ? '+' : '−'}${percentText(Math.abs(c.relativeChange))}）`;
    const onlyRetention = (['margin', 'discount', 'horizon', 'years', 'acquisition'] as const).every((k) => forms.a[k] === forms.b[k]) && forms.a.retention !== forms.b.retention;
    text =
      `${NAMES[1]}比${NAMES[0]}${more ? '多' : '少'} ${groupedNumber(Math.abs(c.difference), 2, true)} 元${rel}。` +
      (onlyRetention ? `两个方案只差保留率：从 ${forms.a.retention}% 到 ${forms.b.retention}%，一位客户的终身价值就变化了这么多。` : '');
  }
  return (
    <p class="clv-compare" role="status" aria-live="polite">
      {text}
    </p>
  );
}

function YearByYear({ a, b, forms }: { a: ClvResult; b: ClvResult; forms: readonly [ScenarioForm, ScenarioForm] }) {
  const chart = useMemo(() => cumulativeValueChart(a, b, NAMES), [a, b]);
  return (
    <>
      <section class="clv-section" aria-labelledby="clv-chart-title">
        <h4 id="clv-chart-title">价值逐年累积</h4>
        <ChartCanvas config={chart.config} label={chart.label} table={chart.table} height="15rem" />
      </section>
      {([a, b] as const).map((r, i) => {
        const form = forms[i === 0 ? 0 : 1];
        return (
        <section class="clv-section" key={i} aria-labelledby={`clv-years-${i}`}>
          <h4 id={`clv-years-${i}`}>{NAMES[i]}逐年计算（m = {form.margin} 元，r = {form.retention}%，d = {form.discount}%）</h4>
          {r.infinite && <p class="clv-hint">不限年数：下表只列出前 {r.perYear.length} 年；CLV 用公式 m ÷ (1 + d − r) − c 一次算出全部年份之和。</p>}
          <ScrollBox class="clv-table-wrap" label={`${NAMES[i]}逐年计算表`}>
            <table class="clv-years">
              <caption class="visually-hidden">{NAMES[i]}每一年的计算</caption>
              <thead>
                <tr>
                  <th scope="col">第 t 年</th><th scope="col">仍在的概率 r<sup>t−1</sup></th><th scope="col">期望毛利（元）</th>
                  <th scope="col">折现系数 1/(1+d)<sup>t</sup></th><th scope="col">现值（元）</th><th scope="col">累计现值（元）</th><th scope="col">扣除获取成本后（元）</th>
                </tr>
              </thead>
              <tbody>
                {r.perYear.map((y) => (
                  <tr key={y.year}>
                    <th scope="row">{y.year}</th>
                    <td>{groupedNumber(y.survival, 4, true)}</td>
                    <td>{groupedNumber(y.expectedMargin, 2, true)}</td>
                    <td>{groupedNumber(y.discountFactor, 4, true)}</td>
                    <td>{groupedNumber(y.presentValue, 2, true)}</td>
                    <td>{groupedNumber(y.cumulative, 2, true)}</td>
                    <td>{groupedNumber(y.cumulativeNet, 2, true)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        </section>
        );
      })}
    </>
  );
}
