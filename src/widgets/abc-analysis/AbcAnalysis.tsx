import { useStore } from '@nanostores/preact';
import { useMemo, useState } from 'preact/hooks';
import { groupedNumber, percentText } from '../../engine/core/number-text';
import { ScrollBox } from '../shared/ScrollBox';
import { Pager } from '../shared/Pager';
import { usePagedList } from '../shared/use-paged-list';
import { WidgetFrame } from '../shared/WidgetFrame';
import { ShareLink } from '../shared/ShareLink';
import { ModelNotes } from '../shared/ModelNotes';
import { ChartCanvas } from '../shared/ChartCanvas';
import { DatasetPicker } from '../shared/dataset-picker/DatasetPicker';
import { NO_TRANSLATE } from '../shared/no-translate';
import { saveCsvFile } from '../shared/download';
import { readSharedState, sharedStateUrl, uploadedFilesNote } from '../shared/share-state';
import { useFirstUse } from '../shared/progress';
import { useDomId } from '../shared/use-dom-id';
import { useMounted } from '../shared/use-mounted';
import { useStarted } from '../shared/use-started';
import type { WorkerWidgetProps } from '../shared/dataset-picker/widget-options';
import { createAbcState, PAGE_SIZE, type AbcState } from './state';
import type { AbcView } from './handlers';
import { paretoChart } from './charts';
import './abc-analysis.css';
import { useDebouncedSearch } from '../shared/use-debounced-search';
import { spawnAnalysisWorker } from '../shared/analysis-worker/spawn';

export const WIDGET = 'abc-analysis';

const spawnAbcWorker = () => spawnAnalysisWorker('abc-analysis');

/** ABC 分析: customers ranked by value, cut into A, B and C at two adjustable cumulative shares. */
export default function AbcAnalysis({ spawnWorker, manifest }: WorkerWidgetProps) {
  const state = useMemo(() => createAbcState({ spawn: spawnWorker ?? spawnAbcWorker, manifest, initial: readSharedState('abc') }), []);
  const view = useStore(state.$view);
  const busy = useStore(state.$busy);
  const load = useStore(state.dataset.$load);
  const [exported, setExported] = useState('');
  const mounted = useMounted();
  const onUse = useFirstUse(WIDGET);

  useStarted(state);

  const onExport = async () => {
    onUse();
    setExported(await saveCsvFile(state.exportCsv(), (file) => `已导出 ${groupedNumber(file.rows)} 位客户的排名、占比和类别（${file.filename}）。`));
  };

  return (
    <WidgetFrame name={WIDGET} title="ABC 分析" tools={<ShareLink makeUrl={() => sharedStateUrl('abc', state.shareState(), WIDGET)} leftOut={() => uploadedFilesNote([state.dataset.$choice.get()])} />}>
      <div id={WIDGET} class="abc">
        {!mounted ? (
          <p class="widget-loading">正在准备 ABC 分析…</p>
        ) : (
          <>
            <DatasetPicker controller={state.dataset} onUse={onUse} />
            <Cutoffs state={state} onUse={onUse} />
            <p class="abc-status" role="status" aria-live="polite">
              {busy ? '正在计算…' : view?.ok ? statusLine(view.value) : load.phase === 'loading' ? '正在读取数据…' : ''}
            </p>
            {view && !view.ok && load.phase === 'ready' && (
              <div class="abc-error" role="alert"><p><strong>无法做 ABC 分类。</strong>{view.message}</p></div>
            )}
            {view?.ok && load.phase === 'ready' && (
              <>
                <Summary view={view.value} />
                <Pareto view={view.value} />
                <Boundaries view={view.value} />
                <CustomerList state={state} onUse={onUse} />
                <div class="tool-row">
                  <button type="button" class="btn primary" onClick={() => void onExport()}>导出 CSV（Excel 可打开）</button>
                  <span class="status" role="status">{exported}</span>
                </div>
              </>
            )}
          </>
        )}
      </div>
      <ModelNotes load={() => import('./MODEL.md?raw')} />
    </WidgetFrame>
  );
}

function statusLine(view: AbcView): string {
  const t = view.summary.total;
  return `${groupedNumber(t.customers)} 位客户，价值合计 ${groupedNumber(t.value, 2, true)}（${view.valueSource}）。A 类分界线 ${percentText(view.a, 0)}，B 类分界线 ${percentText(view.b, 0)}。`;
}

function Cutoffs({ state, onUse }: { state: AbcState; onUse: () => void }) {
  const cutoffs = useStore(state.$cutoffs);
  const id = useDomId();
  const row = (which: 'a' | 'b', label: string, hint: string) => (
    <div class="abc-cutoff">
      <label for={`${id}-${which}-range`}>{label}</label>
      <div class="abc-cutoff-controls">
        <input
          id={`${id}-${which}-range`}
          type="range"
          min={1}
          max={100}
          step={1}
          value={cutoffs[which]}
          aria-valuetext={`${cutoffs[which]}%`}
          onInput={(e) => {
            onUse();
            state.setCutoff(which, Number(e.currentTarget.value));
          }}
        />
        <input
          type="number"
          min={1}
          max={100}
          step={1}
          value={cutoffs[which]}
          aria-label={`${label}（百分数）`}
          onChange={(e) => {
            onUse();
            state.setCutoff(which, Number(e.currentTarget.value));
          }}
        />
        <span aria-hidden="true">%</span>
      </div>
      <small>{hint}</small>
    </div>
  );
  return (
    <fieldset class="abc-cutoffs">
      <legend>分界线（改动后立即重新分类）</legend>
      {row('a', 'A 类分界线', `排在前面的客户累计占比低于 ${cutoffs.a}% 的为 A 类`)}
      {row('b', 'B 类分界线', `否则低于 ${cutoffs.b}% 的为 B 类，其余为 C 类`)}
    </fieldset>
  );
}

function Summary({ view }: { view: AbcView }) {
  const s = view.summary;
  return (
    <section class="abc-section" aria-labelledby="abc-summary-title">
      <h4 id="abc-summary-title">分类结果</h4>
      <ScrollBox class="abc-table-wrap" label="分类结果表">
        <table class="abc-summary">
          <caption class="visually-hidden">A、B、C 三类客户的数量和价值</caption>
          <thead>
            <tr><th scope="col">类别</th><th scope="col">客户数</th><th scope="col">客户占比</th><th scope="col">价值</th><th scope="col">价值占比</th></tr>
          </thead>
          <tbody>
            {(['A', 'B', 'C'] as const).map((cls) => (
              <tr key={cls} class={`abc-${cls}`}>
                <th scope="row">{cls} 类</th>
                <td class="num">{groupedNumber(s[cls].customers)}</td>
                <td class="num">{percentText(s[cls].customerShare)}</td>
                <td class="num">{groupedNumber(s[cls].value, 2, true)}</td>
                <td class="num">{percentText(s[cls].valueShare)}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">合计</th>
              <td class="num">{groupedNumber(s.total.customers)}</td>
              <td class="num">{percentText(1)}</td>
              <td class="num">{groupedNumber(s.total.value, 2, true)}</td>
              <td class="num">{percentText(1)}</td>
            </tr>
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );
}

function Pareto({ view }: { view: AbcView }) {
  const chart = useMemo(() => paretoChart(view.points, view.summary, view.a, view.b), [view]);
  return (
    <section class="abc-section" aria-labelledby="abc-curve-title">
      <h4 id="abc-curve-title">帕累托曲线（累计占比）</h4>
      <ChartCanvas config={chart.config} label={chart.label} table={chart.table} height="17rem" />
    </section>
  );
}

function Boundaries({ view }: { view: AbcView }) {
  if (view.boundaries.length === 0) return null;
  return (
    <section class="abc-section" aria-labelledby="abc-bound-title">
      <h4 id="abc-bound-title">分界线两边的客户</h4>
      <p class="abc-hint">判断看“排在前面的客户累计占比”：低于 A 类分界线的是 A 类；正好跨过分界线的客户也算 A 类。</p>
      <ul class="abc-boundaries">
        {view.boundaries.map((c) => (
          <li key={`${c.rank}`}>
            第 {c.rank} 名 <span {...NO_TRANSLATE}>{c.customer}</span>：排在前面的客户累计 {percentText(c.cumulativeBefore)}，加上自己 {percentText(c.cumulative)} → <strong>{c.class} 类</strong>
          </li>
        ))}
      </ul>
    </section>
  );
}

function CustomerList({ state, onUse }: { state: AbcState; onUse: () => void }) {
  const { query, page, rows, pages, go } = usePagedList(state, PAGE_SIZE, onUse);
  const [search, setSearch] = useDebouncedSearch(query.search, (value) => state.setQuery({ search: value }));
  const id = useDomId();

  return (
    <section class="abc-section" aria-labelledby="abc-list-title">
      <h4 id="abc-list-title">客户名单（按价值从高到低）</h4>
      <div class="abc-table-tools">
        <div class="field">
          <label for={`${id}-search`}>搜索客户</label>
          <input id={`${id}-search`} type="search" value={search} onInput={(e) => setSearch(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for={`${id}-cls`}>只看一类</label>
          <select id={`${id}-cls`} value={query.cls ?? ''} onChange={(e) => {
            onUse();
            state.setQuery({ cls: (e.currentTarget.value || null) as 'A' | 'B' | 'C' | null });
          }}>
            <option value="">全部</option>
            <option value="A">A 类</option>
            <option value="B">B 类</option>
            <option value="C">C 类</option>
          </select>
        </div>
      </div>
      {page && !page.ok && <p class="abc-error" role="alert">{page.message}</p>}
      <ScrollBox class="abc-table-wrap" label="客户名单表">
        <table class="abc-customers">
          <caption class="visually-hidden">每位客户的排名、价值、占比、累计占比和类别</caption>
          <thead>
            <tr>
              <th scope="col" class="num">排名</th><th scope="col">客户</th><th scope="col" class="num">价值</th><th scope="col" class="num">占比</th>
              <th scope="col" class="num">累计占比</th><th scope="col" class="num">排在前面的累计</th><th scope="col">类别</th>
            </tr>
          </thead>
          <tbody>
            {rows?.rows.map((c) => (
              <tr key={c.rank}>
                <td class="num">{c.rank}</td>
                <th scope="row" {...NO_TRANSLATE}>{c.customer}</th>
                <td class="num">{groupedNumber(c.value, 2, true)}</td>
                <td class="num">{percentText(c.share, 2)}</td>
                <td class="num">{percentText(c.cumulative, 2)}</td>
                <td class="num">{percentText(c.cumulativeBefore, 2)}</td>
                <td>{c.class} 类</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <Pager class="abc-pager" label="客户名单翻页" page={query.page} pages={pages} loaded={rows !== null} onGo={go}>
        {rows ? `第 ${query.page + 1} / ${pages} 页 · 共 ${groupedNumber(rows.matched)} 位` : '正在载入…'}
      </Pager>
    </section>
  );
}
