import { useStore } from '@nanostores/preact';

import { CREDIT_FACTORS } from '../../engine/information/credit/credit-5c';
import { groupedNumber, percentText } from '../../engine/core/number-text';
import { useDomId } from '../shared/use-dom-id';
import { PRESETS, type CreditState, type PresetId } from './state';

/** The grading standard: a preset, the five weights (%), the band lower bounds, the base limit and the policy they carry. */
export function StandardSettings({ state, onUse }: { state: CreditState; onUse: () => void }) {
  const standard = useStore(state.$standard);
  const checked = useStore(state.$checked);
  const id = useDomId();
  const bands = PRESETS[standard.preset].bands;
  const typedTotal = CREDIT_FACTORS.reduce((sum, { key }) => sum + (Number(standard.weights[key]) || 0), 0);
  return (
    <fieldset class="credit-standard">
      <legend>评分标准（权重和分数线可以调整）</legend>
      <div class="field credit-preset">
        <label for={`${id}-preset`}>标准</label>
        <select id={`${id}-preset`} value={standard.preset} onChange={(e) => {
          onUse();
          state.choosePreset(e.currentTarget.value as PresetId);
        }}>
          {Object.values(PRESETS).map((p) => (
            <option key={p.id} value={p.id}>{p.title}</option>
          ))}
        </select>
        <small>联达建材：权重 30/25/20/15/10，本章例题的信用政策；五项等权重：课程数据集参考答案用的标准。选择标准会同时设定权重、分数线和信用政策，之后可以再改权重和分数线。</small>
      </div>
      <fieldset class="credit-weights">
        <legend>权重（%）</legend>
        {CREDIT_FACTORS.map(({ key, name }) => (
          <div class="credit-weight" key={key}>
            <label for={`${id}-w-${key}`}>{name}</label>
            <input id={`${id}-w-${key}`} aria-label={`${name}的权重（%）`} type="number" min={0} max={100} step="any" inputMode="decimal" value={standard.weights[key]} onInput={(e) => {
              onUse();
              state.setWeight(key, e.currentTarget.value);
            }} />
          </div>
        ))}
        <p class="credit-total" role="status">合计 {groupedNumber(typedTotal, 2)}%{Math.abs(typedTotal - 100) < 1e-9 ? '' : '（必须是 100%）'}</p>
        {Math.abs(typedTotal - 100) > 1e-9 && (
          <button type="button" class="btn" onClick={() => {
            onUse();
            state.rescaleWeights();
          }}>按比例调整为 100%</button>
        )}
      </fieldset>
      <fieldset class="credit-bands">
        <legend>等级分数线（加权总分）</legend>
        {bands.slice(0, -1).map((band, i) => (
          <div class="credit-band" key={band.grade}>
            <label for={`${id}-b-${i}`}>{band.grade} 级不低于</label>
            <input id={`${id}-b-${i}`} type="number" min={0} max={100} step="any" inputMode="decimal" value={standard.mins[i]} onInput={(e) => {
              onUse();
              state.setMin(i, e.currentTarget.value);
            }} />
            <span aria-hidden="true">分</span>
          </div>
        ))}
        <p class="credit-band-last">{bands[bands.length - 1]!.grade} 级：低于 {bands[bands.length - 2]!.grade} 级分数线</p>
      </fieldset>
      <div class="field credit-base">
        <label for={`${id}-base`}>基础信用额度（元）</label>
        <input id={`${id}-base`} type="number" min={0} step="any" inputMode="decimal" value={standard.baseLimit} onInput={(e) => {
          onUse();
          state.setBaseLimit(e.currentTarget.value);
        }} />
        <small>最高等级可得的额度；其余等级按下表的比例打折。</small>
      </div>
      {!checked.ok && <div class="credit-error" role="alert"><p><strong>标准还不能用。</strong>{checked.message}</p></div>}
      <details class="credit-policy">
        <summary>各等级的信用政策</summary>
        <table>
          <caption class="visually-hidden">各信用等级的额度比例、账期和政策</caption>
          <thead><tr><th scope="col">等级</th><th scope="col">额度比例</th><th scope="col">账期</th><th scope="col">政策</th></tr></thead>
          <tbody>
            {bands.map((b) => (
              <tr key={b.grade}>
                <th scope="row">{b.grade}</th>
                <td>{percentText(b.limitFactor, 0)}</td>
                <td>{b.termDays === 0 ? '无（款到发货）' : `${b.termDays} 天`}</td>
                <td>{b.advice}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </fieldset>
  );
}
