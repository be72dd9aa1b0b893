import { useStore } from '@nanostores/preact';
import { useMemo } from 'preact/hooks';
import { groupedNumber } from '../../engine/core/number-text';
import type { CsatResult, NpsResult } from '../../engine/satisfaction';
import { ChartCanvas } from '../shared/ChartCanvas';
import { ScrollBox } from '../shared/ScrollBox';
import { csatDistributionRows, npsBarChart, signed } from './charts';
import type { SurveyView } from './handlers';
import type { SatisfactionState } from './state';

const pct = (v: number | null, d = 1) => (v === null ? '—' : `${groupedNumber(v, d, true)}%`);
const SCORE_WORDS = ['很不满意', '不满意', '一般', '满意', '非常满意'];

/** CSAT and NPS of the respondents in view, with the counts behind them and what they mean. */
export function Overview({ state }: { state: SatisfactionState }) {
  const view = useStore(state.$view);
  if (!view?.ok) return null;
  const v = view.value;
  const { csat, nps } = v.analysis;
  return (
    <section class="sat-section" aria-labelledby="sat-overview-title">
      <h4 id="sat-overview-title">总体满意度（CSAT）和净推荐值（NPS）</h4>
      {csat === null && nps === null && <p class="sat-hint">这份数据没有总体满意度题和推荐意愿题。可以在“题目与维度”里指定是哪一列。</p>}
      <div class="sat-cards">
        {csat && <CsatCard csat={csat} view={v} />}
        {nps && <NpsCard nps={nps} view={v} />}
      </div>
      {nps && nps.n > 0 && <NpsChart nps={nps} label={v.analysis.segment ? v.analysis.segment.value : '全部受访者'} />}
      {csat && csat.n > 0 && <CsatTable csat={csat} />}
    </section>
  );
}

function CsatCard({ csat, view }: { csat: CsatResult; view: SurveyView }) {
  const reading = view.csatReading;
  return (
    <div class="sat-card">
      <h5>客户满意度 CSAT</h5>
      <p class="sat-big">{pct(csat.csat)}</p>
      <p>
        打 4 分或 5 分的 {groupedNumber(csat.satisfied)} 人 ÷ 有效回答 {groupedNumber(csat.n)} 人
        {csat.missing > 0 ? `（另有 ${groupedNumber(csat.missing)} 人未作答，不计入）` : ''}
        {reading?.mean != null ? `；平均 ${groupedNumber(reading.mean, 2, true)} 分` : ''}。
      </p>
      {reading && <p class="sat-reading">{reading.text}</p>}
    </div>
  );
}

function NpsCard({ nps, view }: { nps: NpsResult; view: SurveyView }) {
  const reading = view.npsReading;
  return (
    <div class="sat-card">
      <h5>净推荐值 NPS</h5>
      <p class="sat-big">{nps.nps === null ? '—' : signed(nps.nps, 1)}</p>
      {nps.nps !== null && (
        <p>
          推荐者（9–10 分）{groupedNumber(nps.promoters)} 人，占 {pct(nps.promoterPercent)}；贬损者（0–6 分）{groupedNumber(nps.detractors)} 人，占 {pct(nps.detractorPercent)}；
          NPS = {groupedNumber(nps.promoterPercent!, 1, true)} − {groupedNumber(nps.detractorPercent!, 1, true)} = {signed(nps.nps, 1)}。
          被动者（7–8 分）{groupedNumber(nps.passives)} 人不进入公式，但计入 {groupedNumber(nps.n)} 份有效回答
          {nps.missing > 0 ? `（另有 ${groupedNumber(nps.missing)} 人未作答）` : ''}。
        </p>
      )}
      {reading && <p class="sat-reading">{reading.text}</p>}
    </div>
  );
}

function NpsChart({ nps, label }: { nps: NpsResult; label: string }) {
  const chart = useMemo(() => npsBarChart([{ label, nps }]), [nps, label]);
  return <ChartCanvas config={chart.config} label={chart.label} table={chart.table} height="10rem" />;
}

function CsatTable({ csat }: { csat: CsatResult }) {
  return (
    <ScrollBox class="sat-table-wrap" label="总体满意度各分数的人数">
      <table class="sat-table">
        <caption>总体满意度各分数的人数（4 分和 5 分计为“满意”）</caption>
        <thead>
          <tr><th scope="col">分数</th><th scope="col" class="num">人数</th><th scope="col" class="num">占有效回答</th><th scope="col">计入 CSAT</th></tr>
        </thead>
        <tbody>
          {csatDistributionRows(csat).map((row) => (
            <tr key={row.score}>
              <th scope="row">{row.score} 分（{SCORE_WORDS[row.score - 1]}）</th>
              <td class="num">{groupedNumber(row.count)}</td>
              <td class="num">{row.share}</td>
              <td>{row.satisfied ? '是' : '否'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
