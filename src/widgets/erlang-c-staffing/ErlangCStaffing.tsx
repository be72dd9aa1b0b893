import { useStore } from '@nanostores/preact';
import type { ComponentType } from 'preact';
import { useMemo } from 'preact/hooks';
import { WidgetFrame } from '../shared/WidgetFrame';
import { ShareLink } from '../shared/ShareLink';
import { ModelNotes } from '../shared/ModelNotes';
import { Tabs, type TabItem } from '../shared/TabList';
import { readSharedState, sharedStateUrl, uploadedFilesNote } from '../shared/share-state';
import { useFirstUse } from '../shared/progress';
import { useMounted } from '../shared/use-mounted';
import { useStarted } from '../shared/use-started';
import { useModeTabs } from '../shared/use-mode-tabs';
import type { WorkerWidgetProps } from '../shared/dataset-picker/widget-options';
import { createErlangState, type ErlangState, type Mode } from './state';
import { SingleInterval } from './SingleInterval';
import { Later } from '../shared/Later';
import './erlang-c-staffing.css';
import { spawnAnalysisWorker } from '../shared/analysis-worker/spawn';

export const WIDGET = 'erlang-c-staffing';

const spawnErlangWorker = () => spawnAnalysisWorker('erlang-c-staffing');

/** The day planner's view bound to its state, both loaded when its tab first opens. */
async function loadDayPlanner(): Promise<ComponentType<{ state: ErlangState; onUse: () => void }>> {
  const { DayPlanner } = await import('./DayPlanner');
  return ({ state, onUse }) => {
    const planner = useStore(state.$planner);
    return planner ? <DayPlanner state={state} planner={planner} onUse={onUse} /> : <p role="status" class="erlang-loading">正在加载……</p>;
  };
}

const TABS: readonly TabItem<Mode>[] = [
  { key: 'single', label: '单个时段' },
  { key: 'day', label: '按天排班（话务量数据）' },
];

/**
 * 呼叫中心座席计算器: Erlang C staffing for one interval (traffic, required agents, scheduled staff, the table
 * and chart around the answer, and the pooling effect), and a day planner on a half-hour call log.
 */
export default function ErlangCStaffing({ spawnWorker, manifest }: WorkerWidgetProps) {
  const state = useMemo(() => createErlangState({ spawn: spawnWorker ?? spawnErlangWorker, manifest, initial: readSharedState('erlang') }), []);
  const mounted = useMounted();
  const onUse = useFirstUse(WIDGET);
  const [mode, selectMode] = useModeTabs(state, onUse);

  useStarted(state);

  return (
    <WidgetFrame name={WIDGET} title="呼叫中心座席计算器" tools={<ShareLink makeUrl={() => sharedStateUrl('erlang', state.shareState(), WIDGET)} leftOut={() => uploadedFilesNote([state.$planner.get()?.dataset.$choice.get() ?? null])} />}>
      <div id={WIDGET} class="erlang">
        {!mounted ? (
          <p class="widget-loading">正在准备座席计算器…</p>
        ) : (
          <Tabs prefix="erlang" label="座席计算器的两种用法" tabs={TABS} selected={mode} onSelect={selectMode}>
            {mode === 'single' ? (
              <SingleInterval state={state} onUse={onUse} />
            ) : (
              // The planner, its state and its dataset picker load with their tab: the single interval, shown first, needs none of them.
              <Later load={loadDayPlanner} props={{ state, onUse }} prefix="erlang" />
            )}
          </Tabs>
        )}
      </div>
      <ModelNotes load={() => import('./MODEL.md?raw')} />
    </WidgetFrame>
  );
}
