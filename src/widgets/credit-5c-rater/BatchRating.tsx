import { useStore } from '@nanostores/preact';
import { useMemo } from 'preact/hooks';
import type { CreditRiskRanking } from '../../engine/information/credit/credit-risk-ranking';
import type { CreditScoreSeparation } from '../../engine/information/credit/credit-score-separation';
import { groupedNumber, parameterText, percentText } from '../../engine/core/number-text';
import { ChartCanvas } from '../shared/ChartCanvas';
import { DatasetPicker } from '../shared/dataset-picker/DatasetPicker';
import { ScrollBox } from '../shared/ScrollBox';
import { gradeChart } from './charts';
import type { BatchView } from './handlers';
import type { CreditState } from './state';

const rate = (share: number | null) => (share === null ? '—' : percentText(share));

/** Many applications under the standard: grades, default rate per grade, and whether the grading ranks the risk. */
export function BatchRating({ state, onUse }: { state: CreditState; onUse: () => void }) {
  const batch = useStore(state.$batch);
  const busy = useStore(state.$busy);
  const load = useStore(state.dataset.$load);
  const ready = load.phase === 'ready';
  return (
    <>
      <p class="credit-hint">
        批量评级：用上面的标准给一批赊销申请评级（课程数据集是一家食品饮料批发公司的 400 份申请，含 5C 各项得分和“是否违约”的事后结果）。改动权重或分数线，看各等级的违约率怎样变化：好的评级应当等级越低、违约率越高。教师也可以上传自己的申请表（列：品格得分、能力得分、资本得分、抵押得分、条件得分，可选：是否违约）。
      </p>
      <DatasetPicker controller={state.dataset} onUse={onUse} countNoun="份申请" />
      <p class="credit-status" role="status" aria-live="polite">
        {busy ? '正在评级…' : ready && batch?.ok ? batchSummary(batch.value) : load.phase === 'loading' ? '正在读取申请数据…' : ''}
      </p>
      {ready && batch?.ok === false && batch.code === 'standard' && <p class="credit-hint">{batch.message}</p>}
      {ready && batch?.ok === false && batch.code !== 'standard' && <div class="credit-error" role="alert"><p><strong>无法批量评级。</strong>{batch.message}</p></div>}
      {ready && batch?.ok && <BatchResult view={batch.value} />}
    </>
  );
}

function batchSummary(view: BatchView): string {
  const mean = view.current.distribution.meanScore;
  const base = `已按当前标准给 ${groupedNumber(view.applications)} 份申请评级，平均 ${mean === null ? '—' : groupedNumber(mean, 1, true)} 分`;
  return view.hasOutcomes ? `${base}；全部申请的违约率为 ${rate(view.overallDefaultRate)}。` : `${base}。这份文件没有“是否违约”的结果，只能看等级分布。`;
}

function rankingText(ranking: CreditRiskRanking): string {
  if (ranking.grades.length < 2) return '有违约结果的等级不足两个，无法判断评级能否排序风险。';
  const rates = ranking.grades.map((g) => `${g.grade} 级 ${percentText(g.defaultRate)}`).join('，');
  if (ranking.ranksRisk) return `评级能排序风险：等级越低，违约率越高（${rates}）。`;
  const first = ranking.inversions[0]!;
  return `评级没有把风险排好：${first.better} 级的违约率（${percentText(first.betterRate)}）不低于更差的 ${first.worse} 级（${percentText(first.worseRate)}）${ranking.inversions.length > 1 ? `，共有 ${ranking.inversions.length} 对等级顺序颠倒` : ''}。各级违约率：${rates}。样本少的等级违约率波动大，判断时也要看申请数。`;
}

function separationText(s: CreditScoreSeparation, baseline: CreditScoreSeparation): string {
  if (s.auc === null || s.meanDefaulted === null || s.meanRepaid === null) return '';
  const base = baseline.auc === null ? '' : `（五项等权重时为 ${parameterText(baseline.auc)}）`;
  return `后来违约的 ${groupedNumber(s.defaulted)} 份申请平均 ${groupedNumber(s.meanDefaulted, 1, true)} 分，按时还款的 ${groupedNumber(s.repaid)} 份平均 ${groupedNumber(s.meanRepaid, 1, true)} 分。随机挑一份按时还款的和一份违约的申请，前者得分更高的概率（AUC）是 ${parameterText(s.auc)}${base}：0.5 表示评分对区分违约毫无帮助，1 表示完全分开。`;
}

function BatchResult({ view }: { view: BatchView }) {
  const chart = useMemo(() => gradeChart(view.current.distribution, view.hasOutcomes ? view.baseline.distribution : null), [view]);
  const { current, baseline } = view;
  return (
    <>
      {view.hasOutcomes && (
        <div class={`credit-verdict${current.ranking.ranksRisk ? ' credit-verdict-ok' : ' credit-verdict-bad'}`}>
          <p><strong>{current.ranking.ranksRisk ? '✓ ' : '✗ '}</strong>{rankingText(current.ranking)}</p>
          <p>{separationText(current.separation, baseline.separation)}</p>
          {view.unknownOutcomes > 0 && <p class="credit-hint">另有 {groupedNumber(view.unknownOutcomes)} 份申请的“是否违约”为空或无法识别，只计入等级分布，不计入违约率。</p>}
        </div>
      )}
      <section class="credit-section" aria-labelledby="credit-batch-chart">
        <h4 id="credit-batch-chart">各等级的申请数和违约率</h4>
        <ChartCanvas config={chart.config} label={chart.label} table={chart.table} height="16rem" />
      </section>
      <section class="credit-section" aria-labelledby="credit-batch-table">
        <h4 id="credit-batch-table">等级分布</h4>
        <ScrollBox class="credit-table-wrap" label="等级分布表">
          <table class="credit-table credit-distribution">
            <caption class="visually-hidden">每个信用等级的申请数、占比、违约数和违约率，以及五项等权重时的对照</caption>
            <thead>
              <tr>
                <th scope="col">等级</th><th scope="col">分数线</th><th scope="col">申请数</th><th scope="col">占比</th>
                {view.hasOutcomes && <><th scope="col">违约数</th><th scope="col">违约率</th><th scope="col">等权重时的申请数</th><th scope="col">等权重时的违约率</th></>}
              </tr>
            </thead>
            <tbody>
              {current.distribution.grades.map((g, i) => (
                <tr key={g.grade}>
                  <th scope="row">{g.grade} 级</th>
                  <td class="num">≥ {groupedNumber(g.min, 2)}</td>
                  <td class="num">{groupedNumber(g.count)}</td>
                  <td class="num">{rate(g.share)}</td>
                  {view.hasOutcomes && (
                    <>
                      <td class="num">{groupedNumber(g.defaults)}</td>
                      <td class="num">{rate(g.defaultRate)}</td>
                      <td class="num">{groupedNumber(baseline.distribution.grades[i]!.count)}</td>
                      <td class="num">{rate(baseline.distribution.grades[i]!.defaultRate)}</td>
                    </>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      </section>
    </>
  );
}
