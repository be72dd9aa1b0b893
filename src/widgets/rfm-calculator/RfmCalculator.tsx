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
import { createRfmState, type Mode } from './state';
import { Results } from './Results';
import { Later } from '../shared/Later';
import './rfm-calculator.css';
import { spawnAnalysisWorker } from '../shared/analysis-worker/spawn';

export const WIDGET = 'rfm-calculator';

const spawnRfmWorker = () => spawnAnalysisWorker('rfm-calculator');

const TABS: readonly TabItem<Mode>[] = [
  { key: 'results', label: '分析数据' },
  { key: 'steps', label: '分步讲解（例题）' },
];

/**
 * RFM 计算器: scores customers on recency, frequency and monetary value and sorts them into the textbook's
 * eight classes (or the R package's ten), on a bundled dataset or the learner's own CSV; plus a step-by-step
 * walkthrough of the chapter's ten-member example for class.
 */
export default function RfmCalculator({ spawnWorker, manifest }: WorkerWidgetProps) {
  const state = useMemo(() => createRfmState({ spawn: spawnWorker ?? spawnRfmWorker, manifest, initial: readSharedState('rfm') }), []);
  const mounted = useMounted();
  const onUse = useFirstUse(WIDGET);
  const [mode, selectMode] = useModeTabs(state, onUse);

  useStarted(state);

  return (
    <WidgetFrame name={WIDGET} title="RFM 计算器" tools={<ShareLink makeUrl={() => sharedStateUrl('rfm', state.shareState(), WIDGET)} leftOut={() => uploadedFilesNote([state.dataset.$choice.get()])} />}>
      <div id={WIDGET} class="rfm">
        {!mounted ? (
          <p class="widget-loading">正在准备 RFM 计算器…</p>
        ) : (
          <Tabs prefix="rfm" label="RFM 计算器的两种用法" tabs={TABS} selected={mode} onSelect={selectMode}>
            {mode === 'results' ? <Results state={state} onUse={onUse} /> : (
              // The walkthrough's code (the chapter's example scored here, its answer checks) loads with its tab.
              <Later load={() => import('./Walkthrough').then((m) => m.Walkthrough)} props={{ state, onUse }} prefix="rfm" />
            )}
          </Tabs>
        )}
      </div>
      <ModelNotes load={() => import('./MODEL.md?raw')} />
    </WidgetFrame>
  );
}
