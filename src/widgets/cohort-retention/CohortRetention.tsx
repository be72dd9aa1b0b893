import { useStore } from '@nanostores/preact';
import { useMemo } from 'preact/hooks';
import type { CohortRow } from '../../engine/loyalty';
import { groupedNumber, percentText } from '../../engine/core/number-text';
import { ChartCanvas } from '../shared/ChartCanvas';
import { DatasetPicker } from '../shared/dataset-picker/DatasetPicker';
import type { WorkerWidgetProps } from '../shared/dataset-picker/widget-options';
import { ModelNotes } from '../shared/ModelNotes';
import { NO_TRANSLATE } from '../shared/no-translate';
import { useFirstUse } from '../shared/progress';
import { ScrollBox } from '../shared/ScrollBox';
import { readSharedState, sharedStateUrl, uploadedFilesNote } from '../shared/share-state';
import { ShareLink } from '../shared/ShareLink';
import { useDomId } from '../shared/use-dom-id';
import { useMounted } from '../shared/use-mounted';
import { useStarted } from '../shared/use-started';
import { WidgetFrame } from '../shared/WidgetFrame';
import { cohortCurveChart, heatColour } from './charts';
import type { CohortView } from './handlers';
import { createCohortState, type CohortState } from './state';
import './cohort-retention.css';
import { spawnAnalysisWorker } from '../shared/analysis-worker/spawn';

export const WIDGET = 'cohort-retention';

const spawnCohortWorker = () => spawnAnalysisWorker('cohort-retention');

/** Heat-map cells all with one decimal, as chapter 9's table writes them (55.0%), so the columns line up. */
const cellText = (share: number) => percentText(share);

const word = (period: CohortView['period']) => (period === 'month' ? '月' : '季度');

/** 同期群留存分析 (chapter 9): the cohort triangle as a heat-map table, one cohort's curve, the repeat-purchase rate. */
export default function CohortRetention({ spawnWorker, manifest }: WorkerWidgetProps) {
  const state = useMemo(() => createCohortState({ spawn: spawnWorker ?? spawnCohortWorker, manifest, initial: readSharedState('cr') }), []);
  const view = useStore(state.$view);
  const busy = useStore(state.$busy);
  const load = useStore(state.dataset.$load);
  const mounted = useMounted();
  const onUse = useFirstUse(WIDGET);

  useStarted(state);

  return (
    <WidgetFrame name={WIDGET} title="同期群留存分析" tools={<ShareLink makeUrl={() => sharedStateUrl('cr', state.shareState(), WIDGET)} leftOut={() => uploadedFilesNote([state.dataset.$choice.get()])} />}>
      <div id={WIDGET} class="cr">
        {!mounted ? (
          <p class="widget-loading">正在准备同期群留存分析…</p>
        ) : (
          <>
            <DatasetPicker controller={state.dataset} onUse={onUse} />
            <PeriodChoice state={state} onUse={onUse} />
            <p class="cr-status" role="status" aria-live="polite">
              {busy ? '正在计算…' : view?.ok && load.phase === 'ready' ? statusLine(view.value) : load.phase === 'loading' ? '正在读取数据…' : ''}
            </p>
            {view && !view.ok && load.phase === 'ready' && (
              <div class="cr-error" role="alert"><p><strong>无法做同期群分析。</strong>{view.message}</p></div>
            )}
            {view?.ok && load.phase === 'ready' && (
              <>
                <Findings view={view.value} />
                <HeatTable view={view.value} />
                <CohortCurve state={state} view={view.value} onUse={onUse} />
              </>
            )}
          </>
        )}
      </div>
      <ModelNotes load={() => import('./MODEL.md?raw')} />
    </WidgetFrame>
  );
}

function statusLine(view: CohortView): string {
  const first = view.cohorts[0]!.cohort;
  const last = view.cohorts[view.cohorts.length - 1]!.cohort;
  return `${groupedNumber(view.customers)} 位客户，按首次购买的${word(view.period)}份分成 ${view.cohorts.length} 批（${first} 到 ${last}）。`;
}

function PeriodChoice({ state, onUse }: { state: CohortState; onUse: () => void }) {
  const period = useStore(state.$period);
  const group = useDomId();
  return (
    <fieldset class="cr-period">
      <legend>按什么分批</legend>
      {(['month', 'quarter'] as const).map((p) => (
        <label key={p}>
          <input type="radio" name={group} value={p} checked={period === p} onChange={() => { onUse(); state.setPeriod(p); }} />
          {p === 'month' ? '按月' : '按季度'}
        </label>
      ))}
    </fieldset>
  );
}

function Findings({ view }: { view: CohortView }) {
  const r = view.repurchase;
  const w = word(view.period);
  const top = view.drops.largest.slice(0, 2);
  const share = (k: number) => percentText(view.pooled.share[k] ?? 0);
  return (
    <section class="cr-section" aria-labelledby="cr-findings-title">
      <h4 id="cr-findings-title">主要发现</h4>
      <ul class="cr-findings">
        <li>
          <strong>重复购买率 {r.rate === null ? '—' : percentText(r.rate)}</strong>：{groupedNumber(r.repeatCustomers)} / {groupedNumber(r.customers)} 位客户购买过 2 次及以上（按{r.by === 'order' ? '订单' : '购买日'}计）。
        </li>
        {top.length > 0 ? (
          <li>
            <strong>流失最集中在第 {top[0]!.period - 1} → {top[0]!.period} {w}</strong>：按人数加权，仍在购买的客户从 {share(top[0]!.period - 1)} 降到 {share(top[0]!.period)}，少了 {groupedNumber(top[0]!.drop * 100, 1, true)} 个百分点
            {top[1] ? `；其次是第 ${top[1].period - 1} → ${top[1].period} ${w}（少了 ${groupedNumber(top[1].drop * 100, 1, true)} 个百分点）` : ''}。
          </li>
        ) : (
          <li>数据只有一个{w}，还看不出留存的变化。</li>
        )}
      </ul>
    </section>
  );
}

function HeatTable({ view }: { view: CohortView }) {
  const w = word(view.period);
  const ages = Math.max(...view.cohorts.map((c) => c.share.length)) - 1;
  const columns = Array.from({ length: ages }, (_, i) => i + 1);
  return (
    <section class="cr-section" aria-labelledby="cr-heat-title">
      <h4 id="cr-heat-title">同期群留存表</h4>
      <p class="cr-hint">每一行是同一{w}首次购买的一批客户；“第 k {w}”是首次购买后的第 k 个{w}仍有购买的客户占这批人数的比例。颜色越深，留存越高；格子里的数字就是比例。</p>
      <ScrollBox class="cr-table-wrap" label="同期群留存表">
        <table class="cr-heat">
          <caption class="visually-hidden">每批客户首次购买后各{w}的留存率，最后一行为按人数加权的平均</caption>
          <thead>
            <tr>
              <th scope="col">首次购买</th>
              <th scope="col" class="num">新客户</th>
              {columns.map((k) => <th scope="col" class="num" key={k}>第 {k} {w}</th>)}
            </tr>
          </thead>
          <tbody>
            {view.cohorts.map((c) => (
              <tr key={c.cohort}>
                <th scope="row" {...NO_TRANSLATE}>{c.cohort}</th>
                <td class="num">{groupedNumber(c.size)}</td>
                {columns.map((k) => (k < c.share.length ? (
                  <td class="num cr-cell" key={k} style={{ background: heatColour(c.share[k]!) }}>{cellText(c.share[k]!)}</td>
                ) : (
                  <td class="num cr-none" key={k}><span class="visually-hidden">无数据</span></td>
                )))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">加权平均</th>
              <td class="num">{groupedNumber(view.customers)}</td>
              {columns.map((k) => {
                const s = view.pooled.share[k];
                return <td class="num cr-cell" key={k} style={s === null || s === undefined ? undefined : { background: heatColour(s) }}>{s === null || s === undefined ? '—' : cellText(s)}</td>;
              })}
            </tr>
          </tfoot>
        </table>
      </ScrollBox>
    </section>
  );
}

function CohortCurve({ state, view, onUse }: { state: CohortState; view: CohortView; onUse: () => void }) {
  const chosen = useStore(state.$cohort);
  const id = useDomId();
  const cohort: CohortRow = view.cohorts.find((c) => c.cohort === chosen) ?? view.cohorts[0]!;
  const chart = useMemo(() => cohortCurveChart(view, cohort), [view, cohort]);
  return (
    <section class="cr-section" aria-labelledby="cr-curve-title">
      <h4 id="cr-curve-title">一批客户的留存曲线</h4>
      <div class="field cr-choose">
        <label for={`${id}-cohort`}>选一批客户</label>
        <select id={`${id}-cohort`} value={cohort.cohort} onChange={(e) => { onUse(); state.chooseCohort(e.currentTarget.value); }}>
          {view.cohorts.map((c) => (
            <option value={c.cohort} key={c.cohort}>{c.cohort}（{groupedNumber(c.size)} 人）</option>
          ))}
        </select>
      </div>
      <ChartCanvas config={chart.config} label={chart.label} table={chart.table} height="16rem" />
    </section>
  );
}
