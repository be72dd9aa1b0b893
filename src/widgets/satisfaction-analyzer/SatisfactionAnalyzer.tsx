import { useStore } from '@nanostores/preact';
import type { ComponentType } from 'preact';
import { useMemo } from 'preact/hooks';
import { groupedNumber } from '../../engine/core/number-text';
import { WidgetFrame } from '../shared/WidgetFrame';
import { ShareLink } from '../shared/ShareLink';
import { ModelNotes } from '../shared/ModelNotes';
import { TabList } from '../shared/TabList';
import { DatasetPicker } from '../shared/dataset-picker/DatasetPicker';
import { readSharedState, sharedStateUrl, uploadedFilesNote } from '../shared/share-state';
import { useFirstUse } from '../shared/progress';
import { useMounted } from '../shared/use-mounted';
import { useStarted } from '../shared/use-started';
import type { WorkerWidgetProps } from '../shared/dataset-picker/widget-options';
import { createSatisfactionState, TABS, type SatisfactionState, type Tab } from './state';
import { ColumnMapping, CellIssues } from './ColumnMapping';
import { SegmentFilter } from './SegmentFilter';
import { Overview } from './Overview';
import { Later } from '../shared/Later';
import './satisfaction-analyzer.css';
import { spawnAnalysisWorker } from '../shared/analysis-worker/spawn';

export const WIDGET = 'satisfaction-analyzer';

const spawnSatisfactionWorker = () => spawnAnalysisWorker('satisfaction-analyzer');

type PanelProps = { state: SatisfactionState; onUse: () => void };
/** The tabs after the first: each panel's code loads when its tab is first opened. */
const LATER_PANELS: Readonly<Record<Exclude<Tab, 'overview' | 'design'>, () => Promise<ComponentType<PanelProps>>>> = {
  items: () => import('./ItemMeans').then((m) => m.ItemMeans),
  ipa: () => import('./IpaPanel').then((m) => m.IpaPanel),
  gaps: () => import('./GapPanel').then((m) => m.GapPanel),
  segments: () => import('./SegmentPanel').then((m) => m.SegmentPanel),
};

/**
 * 客户满意度分析器: CSAT and NPS, item and dimension means, importance–performance analysis and SERVQUAL gaps of
 * a questionnaire (the course's courier survey, chapter 8's examples, or the teacher's own CSV), for everyone or
 * one group of customers, and the groups compared.
 */
export default function SatisfactionAnalyzer({ spawnWorker, manifest }: WorkerWidgetProps) {
  const state = useMemo(() => createSatisfactionState({ spawn: spawnWorker ?? spawnSatisfactionWorker, manifest, initial: readSharedState('sat') }), []);
  const mounted = useMounted();
  const onUse = useFirstUse(WIDGET);

  useStarted(state);

  return (
    <WidgetFrame name={WIDGET} title="客户满意度分析器" tools={<ShareLink makeUrl={() => sharedStateUrl('sat', state.shareState(), WIDGET)} leftOut={() => uploadedFilesNote([state.dataset.$choice.get(), state.expectations.$choice.get()])} />}>
      <div id={WIDGET} class="sat">
        {!mounted ? (
          <p class="widget-loading">正在准备客户满意度分析器…</p>
        ) : (
          <>
            <DatasetPicker controller={state.dataset} onUse={onUse} countNoun="份问卷" />
            <ColumnMapping state={state} onUse={onUse} />
            <SegmentFilter state={state} onUse={onUse} />
            <Status state={state} />
            <Tabs state={state} onUse={onUse} />
          </>
        )}
      </div>
      <ModelNotes load={() => import('./MODEL.md?raw')} />
    </WidgetFrame>
  );
}

function Status({ state }: { state: SatisfactionState }) {
  const view = useStore(state.$view);
  const busy = useStore(state.$busy);
  const load = useStore(state.dataset.$load);
  const layout = useStore(state.$layout);
  let text = '';
  if (busy) text = '正在计算…';
  else if (load.phase === 'loading') text = '正在读取数据…';
  else if (view?.ok && load.phase === 'ready') {
    const v = view.value;
    const a = v.analysis;
    const who = a.segment ? `只看“${a.segment.column}”为“${a.segment.value}”的 ${groupedNumber(a.respondents)} 份问卷（共 ${groupedNumber(v.respondents)} 份）` : `${groupedNumber(v.respondents)} 份问卷`;
    const items = layout?.layout.columns.filter((c) => c.role === 'item').length ?? 0;
    const example = state.$isExample.get() ? '重要性—绩效和服务质量差距两页是课本的另外两个例题。' : '';
    text = items > 0 ? `${who}；${items} 个题项，分属 ${a.dimensions.length} 个维度。` : `${who}；没有分项题。${example}`;
  }
  return (
    <>
      <p class="sat-status" role="status" aria-live="polite">{text}</p>
      {view && !view.ok && load.phase === 'ready' && (
        <div class="sat-error" role="alert"><p><strong>无法分析这份问卷。</strong>{view.message}</p></div>
      )}
      {view?.ok && load.phase === 'ready' && <CellIssues view={view.value} />}
    </>
  );
}

function Tabs({ state, onUse }: { state: SatisfactionState; onUse: () => void }) {
  const tab = useStore(state.$tab);
  const view = useStore(state.$view);
  const load = useStore(state.dataset.$load);
  const select = (next: Tab) => {
    state.setTab(next);
    onUse();
  };
  const ready = view?.ok && load.phase === 'ready';
  return (
    <>
      <TabList class="sat-tabs" label="分析内容" tabs={TABS} selected={tab} onSelect={select} tabId={(t) => `sat-tab-${t}`} panelId={() => 'sat-panel'} />
      <div role="tabpanel" id="sat-panel" aria-labelledby={`sat-tab-${tab}`} class="sat-panel" tabIndex={0}>
        {tab === 'design' ? (
          // The design check (its sample questions, the wording rules) loads with its tab.
          <Later key="design" load={() => import('./DesignCheck').then((m) => m.DesignCheck)} props={{ owner: state, onUse }} prefix="sat" />
        ) : !ready ? (
          <p class="sat-hint">{load.phase === 'loading' ? '数据读取后在这里显示结果。' : '选择数据后在这里显示结果。'}</p>
        ) : tab === 'overview' ? (
          <Overview state={state} />
        ) : (
          // Keyed by tab: Later loads its view once, on mount, so going from one later tab to another must mount a new one.
          <Later key={tab} load={LATER_PANELS[tab]} props={{ state, onUse }} prefix="sat" />
        )}
      </div>
    </>
  );
}
