import { useStore } from '@nanostores/preact';
import { useMemo } from 'preact/hooks';
import { groupedNumber } from '../../engine/core/number-text';
import { ChartCanvas } from '../shared/ChartCanvas';
import { ScrollBox } from '../shared/ScrollBox';
import { dimensionMeansChart } from './charts';
import type { SatisfactionState } from './state';
import { chineseOnly } from '../shared/learner-message';

const mean = (v: number | null) => (v === null ? '—' : groupedNumber(v, 2, true));

/** The mean of every dimension and item, each with how many answered it and how many left it blank. */
export function ItemMeans({ state }: { state: SatisfactionState }) {
  const view = useStore(state.$view);
  const analysis = view?.ok ? view.value.analysis : null;
  const scale = view?.ok ? view.value.scale : { min: 1, max: 5 };
  const chart = useMemo(() => (analysis && analysis.dimensions.length > 0 ? dimensionMeansChart(analysis.dimensions, scale) : null), [analysis]);
  if (!analysis) return null;
  if (analysis.items.length === 0) {
    return <p class="sat-hint">这份数据没有分项题（例题只有推荐意愿和总体满意度两道题）。换成课程数据集或你自己的问卷，可以看到每个题项和维度的平均分。</p>;
  }
  return (
    <section class="sat-section" aria-labelledby="sat-items-title">
      <h4 id="sat-items-title">各维度和各题项的平均分（{scale.min}–{scale.max} 分）</h4>
      <p class="sat-hint">平均分只算作答的人；“回答数”是参与平均的答案个数，“未作答”是空白的个数。维度的平均分把该维度所有题项的答案放在一起平均。</p>
      {chart && <ChartCanvas config={chart.config} label={chart.label} table={chart.table} height="13rem" />}
      <ScrollBox class="sat-table-wrap" label="各题项的平均分表">
        <table class="sat-table">
          <caption>各题项的平均分</caption>
          <thead>
            <tr><th scope="col">维度</th><th scope="col">题项</th><th scope="col" class="num">平均分</th><th scope="col" class="num">回答数</th><th scope="col" class="num">未作答</th></tr>
          </thead>
          <tbody>
            {analysis.items.map((item) => (
              <tr key={item.item}>
                <td>{item.dimension ?? '（无）'}</td>
                <th scope="row">{item.label}</th>
                <td class="num">{mean(item.mean)}</td>
                <td class="num">{groupedNumber(item.n)}</td>
                <td class="num">{groupedNumber(item.missing)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      {analysis.importance.length > 0 && (
        <ScrollBox class="sat-table-wrap" label="重要性评分表">
          <table class="sat-table">
            <caption>重要性评分的平均分</caption>
            <thead>
              <tr><th scope="col">评的是</th><th scope="col" class="num">平均重要性</th><th scope="col" class="num">回答数</th><th scope="col" class="num">未作答</th></tr>
            </thead>
            <tbody>
              {analysis.importance.map((q) => (
                <tr key={q.key}>
                  <th scope="row">{q.target}</th>
                  <td class="num">{mean(q.mean)}</td>
                  <td class="num">{groupedNumber(q.n)}</td>
                  <td class="num">{groupedNumber(q.missing)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
      <Warnings warnings={analysis.warnings} />
    </section>
  );
}

export function Warnings({ warnings }: { warnings: readonly string[] }) {
  if (warnings.length === 0) return null;
  return (
    <ul class="sat-warnings">
      {warnings.map((w) => <li key={w}>注意：{chineseOnly(w)}</li>)}
    </ul>
  );
}
