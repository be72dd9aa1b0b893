import { useStore } from '@nanostores/preact';
import { useMemo } from 'preact/hooks';
import { groupedNumber } from '../../engine/core/number-text';
import type { SegmentComparison } from '../../engine/satisfaction';
import { ChartCanvas } from '../shared/ChartCanvas';
import { ScrollBox } from '../shared/ScrollBox';
import { useDomId } from '../shared/use-dom-id';
import { npsBarChart, segmentDimensionChart, signed } from './charts';
import type { SatisfactionState } from './state';

const pct = (v: number | null) => (v === null ? '—' : `${groupedNumber(v, 1, true)}%`);

/** Every group of a segment column side by side: respondents, CSAT, NPS and the dimensions (means or gaps). */
export function SegmentPanel({ state, onUse }: { state: SatisfactionState; onUse: () => void }) {
  const view = useStore(state.$view);
  const comparison = useStore(state.$comparison);
  const id = useDomId();
  const columns = view?.ok ? view.value.segments.map((s) => s.column) : [];
  if (columns.length === 0) {
    return <p class="sat-hint">这份数据没有可用于分组的列（如客户类型）。如果有，请在“题目与维度”里把它标成“分组”。</p>;
  }
  const current = comparison?.ok ? comparison.value.column : columns[0]!;
  return (
    <section class="sat-section" aria-labelledby="sat-seg-title">
      <h4 id="sat-seg-title">客户群对比</h4>
      <p class="sat-hint">每个客户群单独计算，算法与全体相同；这里总是比较全部受访者，不受上面“只看”的影响。</p>
      {columns.length > 1 && (
        <div class="field sat-compare-by">
          <label for={`${id}-by`}>按哪一列分组</label>
          <select id={`${id}-by`} value={current} onChange={(e) => {
            onUse();
            state.setCompareBy(e.currentTarget.value);
          }}>
            {columns.map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
        </div>
      )}
      {comparison === null && <p class="sat-hint" role="status">正在比较…</p>}
      {comparison && !comparison.ok && <div class="sat-error" role="alert"><p>{comparison.message}</p></div>}
      {comparison?.ok && <Comparison comparison={comparison.value} />}
    </section>
  );
}

function Comparison({ comparison }: { comparison: SegmentComparison }) {
  const hasGaps = comparison.segments.some((s) => s.analysis.servqual !== null);
  const npsRows = comparison.segments.flatMap((s) => (s.analysis.nps ? [{ label: s.value, nps: s.analysis.nps }] : []));
  const nps = useMemo(() => (npsRows.length > 0 ? npsBarChart(npsRows) : null), [comparison]);
  const hasDimensions = (comparison.segments[0]?.analysis.dimensions.length ?? 0) > 0;
  const dims = useMemo(() => (hasDimensions ? segmentDimensionChart(comparison, hasGaps ? 'gap' : 'mean') : null), [comparison]);
  return (
    <>
      <ScrollBox class="sat-table-wrap" label="客户群对比表">
        <table class="sat-table">
          <caption>按“{comparison.column}”分组的 CSAT 和 NPS</caption>
          <thead>
            <tr>
              <th scope="col">{comparison.column}</th><th scope="col" class="num">问卷数</th><th scope="col" class="num">CSAT</th>
              <th scope="col" class="num">NPS</th><th scope="col" class="num">推荐者</th><th scope="col" class="num">贬损者</th>
            </tr>
          </thead>
          <tbody>
            {comparison.segments.map(({ value, analysis: a }) => (
              <tr key={value}>
                <th scope="row">{value}</th>
                <td class="num">{groupedNumber(a.respondents)}</td>
                <td class="num">{a.csat ? pct(a.csat.csat) : '—'}</td>
                <td class="num">{a.nps?.nps == null ? '—' : signed(a.nps.nps, 1)}</td>
                <td class="num">{a.nps ? pct(a.nps.promoterPercent) : '—'}</td>
                <td class="num">{a.nps ? pct(a.nps.detractorPercent) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      {comparison.blank > 0 && <p class="sat-hint">另有 {groupedNumber(comparison.blank)} 份问卷的“{comparison.column}”是空白，不属于任何一组。</p>}
      {nps && <ChartCanvas config={nps.config} label={nps.label} table={nps.table} height={`${6 + 3 * npsRows.length}rem`} />}
      {dims && (
        <>
          <h5 class="sat-subtitle">{hasGaps ? '各客户群的服务质量差距（感知 − 期望）' : '各客户群的维度平均分'}</h5>
          <ChartCanvas config={dims.config} label={dims.label} table={dims.table} height="16rem" tableOpen />
        </>
      )}
    </>
  );
}
