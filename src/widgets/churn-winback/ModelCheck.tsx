import { useMemo, useState } from 'preact/hooks';
import { groupedNumber, percentText } from '../../engine/core/number-text';
import { pAliveByRecency } from '../../engine/models/p-alive-reading';
import { ChartCanvas } from '../shared/ChartCanvas';
import { useDomId } from '../shared/use-dom-id';
import { conditionalChart, pAliveRecencyChart, trackingChart } from './model-charts';
import type { ChurnResult } from './state';

export const MODEL_NAMES = { bgnbd: 'BG/NBD', pnbd: 'Pareto/NBD' } as const;

/** The warnings when P(alive) says little, and P(alive) against recency for a chosen frequency. */
export function PAliveReading({ result, onUse }: { result: ChurnResult; onUse: () => void }) {
  const id = useDomId();
  const [x, setX] = useState(2);
  const { model } = result.score;
  const T = result.summary.maxT;
  const unitWord = result.summary.unit === 'day' ? '天' : '周';
  const chart = useMemo(() => (T > 0 ? pAliveRecencyChart(pAliveByRecency(model, x, T, 27), x, T, unitWord) : null), [model, x, T, unitWord]);
  return (
    <section class="cw-section" aria-labelledby="cw-recency-title">
      <h4 id="cw-recency-title">P(alive) 随沉默时长变化：什么时候该联系</h4>
      {result.score.warnings.map((w) => (
        <p key={w} class="cw-note" role="note"><strong>注意：</strong>{w}</p>
      ))}
      <div class="field">
        <label for={`${id}-x`}>重复购买次数 x</label>
        <select id={`${id}-x`} value={x} onChange={(e) => { onUse(); setX(Number(e.currentTarget.value)); }}>
          {[1, 2, 3, 5, 8, 12].map((n) => <option key={n} value={n}>{n} 次</option>)}
        </select>
      </div>
      {chart && <ChartCanvas config={chart.config} label={chart.label} table={chart.table} height="14rem" />}
      <p class="cw-hint">曲线按这份数据里最老的客户（首次购买在 {T.toFixed(1)} {unitWord}前）计算；名单里每位客户用自己的 T。</p>
    </section>
  );
}

/** The model against the holdout: weekly and cumulative tracking, conditional expectations, errors. */
export function ModelCheck({ result }: { result: ChurnResult }) {
  const check = result.score.holdout;
  const name = MODEL_NAMES[result.score.model.kind];
  const unitText = result.summary.holdout ? `${groupedNumber(result.summary.holdout.length, 1)} ${result.summary.unit === 'day' ? '天' : '周'}` : '';
  const charts = useMemo(
    () => (check ? { weekly: trackingChart(check.tracking, false, name), cumulative: trackingChart(check.tracking, true, name), conditional: conditionalChart(check.byFrequency, name, unitText) } : null),
    [check, name, unitText],
  );
  if (!check || !charts) return null;
  return (
    <section class="cw-section" aria-labelledby="cw-check-title">
      <h4 id="cw-check-title">检验模型：截止日之后实际发生了什么</h4>
      <p>
        {`模型只用 ${result.summary.calibrationEnd} 之前的交易拟合；之后到 ${result.summary.holdout?.end} 的 ${unitText}是检验期。`}
        {`检验期实际重复购买 ${groupedNumber(check.totalActual)} 次，${name} 预测 ${groupedNumber(check.totalExpected, 1)} 次；`}
        {`每位客户的平均绝对误差 ${check.meanAbsoluteError.toFixed(2)} 次。`}
      </p>
      <p>
        {`按 P(alive) ≥ ${check.threshold.toFixed(2)} 判为“仍活跃”：${percentText(check.correctlyFlagged)} 的客户判断正确`}
        {`（判为仍活跃的 ${groupedNumber(check.calledAlive.customers)} 位中 ${groupedNumber(check.calledAlive.bought)} 位在检验期又买了；`}
        {`判为流失的 ${groupedNumber(check.calledLost.customers)} 位中仍有 ${groupedNumber(check.calledLost.bought)} 位回来购买）。`}
      </p>
      <h5>每周重复购买（跟踪图）</h5>
      <ChartCanvas config={charts.weekly.config} label={charts.weekly.label} table={charts.weekly.table} height="15rem" />
      <h5>累计重复购买</h5>
      <ChartCanvas config={charts.cumulative.config} label={charts.cumulative.label} table={charts.cumulative.table} height="15rem" />
      <h5>按建模期购买次数分组的条件期望</h5>
      <ChartCanvas config={charts.conditional.config} label={charts.conditional.label} table={charts.conditional.table} height="15rem" />
    </section>
  );
}
