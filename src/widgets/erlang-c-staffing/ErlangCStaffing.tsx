import { useStore } from '@nanostores/preact';
import { useMemo } from 'preact/hooks';
import { WidgetFrame } from '../shared/WidgetFrame';
import { ShareLink } from '../shared/ShareLink';
import { ModelNotes } from '../shared/ModelNotes';
import { Tabs, type TabItem } from '../shared/TabList';
import { readSharedState, sharedStateUrl, uploadedFilesNote } from '../shared/share-state';
import { useFirstUse } from '../shared/progress';
import { useMounted } from '../shared/use-mounted';
import { useStarted } from '../shared/use-started';
import type { WorkerWidgetProps } from '../shared/dataset-picker/widget-options';
import { createErlangState, type Mode } from './state';
import { SingleInterval } from './SingleInterval';
import { DayPlanner } from './DayPlanner';
import MODEL from './MODEL.md?raw';
import './erlang-c-staffing.css';
import { spawnAnalysisWorker } from '../shared/analysis-worker/spawn';

export const WIDGET = 'erlang-c-staffing';

const spawnErlangWorker = () => spawnAnalysisWorker('erlang-c-staffing');

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
  const mode = useStore(state.$mode);
  const mounted = useMounted();
  const onUse = useFirstUse(WIDGET);

  useStarted(state);

  const selectMode = (next: Mode) => {
    state.setMode(next);
    onUse();
  };

  return (
    <WidgetFrame name={WIDGET} title="呼叫中心座席计算器" tools={<ShareLink makeUrl={() => sharedStateUrl('erlang', state.shareState(), WIDGET)} leftOut={() => uploadedFilesNote([state.dataset.$choice.get()])} />}>
      <div id={WIDGET} class="erlang">
        {!mounted ? (
          <p class="widget-loading">正在准备座席计算器…</p>
        ) : (
          <Tabs prefix="erlang" label="座席计算器的两种用法" tabs={TABS} selected={mode} onSelect={selectMode}>
            {mode === 'single' ? <SingleInterval state={state} onUse={onUse} /> : <DayPlanner state={state} onUse={onUse} />}
          </Tabs>
        )}
      </div>
      <ModelNotes text={MODEL} />
    </WidgetFrame>
  );
}
