import { useStore } from '@nanostores/preact';
import { useMemo } from 'preact/hooks';
import { WidgetFrame } from '../shared/WidgetFrame';
import { ShareLink } from '../shared/ShareLink';
import { ModelNotes } from '../shared/ModelNotes';
import { readSharedState, sharedStateUrl } from '../shared/share-state';
import { useFirstUse } from '../shared/progress';
import { useMounted } from '../shared/use-mounted';
import { useStarted } from '../shared/use-started';
import type { WorkerLike } from '../shared/dataset-picker/client';
import type { DatasetEntry } from '../shared/dataset-picker/manifest';
import { createRfmState, type Mode } from './state';
import { Results } from './Results';
import { Walkthrough } from './Walkthrough';
import MODEL from './MODEL.md?raw';
import './rfm-calculator.css';

export const WIDGET = 'rfm-calculator';

interface Props {
  /** Tests only: a stand-in for the Web Worker and the manifest. */
  spawnWorker?: () => WorkerLike;
  manifest?: () => Promise<readonly DatasetEntry[]>;
}

function spawnRfmWorker(): WorkerLike {
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'rfm-calculator' }) as unknown as WorkerLike;
}

const TABS: { mode: Mode; label: string }[] = [
  { mode: 'results', label: '分析数据' },
  { mode: 'steps', label: '分步讲解（例题）' },
];

/**
 * RFM 计算器: scores customers on recency, frequency and monetary value and sorts them into the textbook's
 * eight classes (or the R package's ten), on a bundled dataset or the learner's own CSV; plus a step-by-step
 * walkthrough of the chapter's ten-member example for class.
 */
export default function RfmCalculator({ spawnWorker, manifest }: Props) {
  const state = useMemo(() => createRfmState({ spawn: spawnWorker ?? spawnRfmWorker, manifest, initial: readSharedState('rfm') }), []);
  const mode = useStore(state.$mode);
  const mounted = useMounted();
  const onUse = useFirstUse(WIDGET);

  useStarted(state);

  const onTabKey = (event: KeyboardEvent, index: number) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft' && event.key !== 'Home' && event.key !== 'End') return;
    event.preventDefault();
    const next = event.key === 'Home' ? 0 : event.key === 'End' ? TABS.length - 1 : (index + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length;
    state.setMode(TABS[next]!.mode);
    onUse();
    (event.currentTarget as HTMLElement).parentElement?.querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus();
  };

  return (
    <WidgetFrame name={WIDGET} title="RFM 计算器" tools={<ShareLink makeUrl={() => sharedStateUrl('rfm', state.shareState(), WIDGET)} />}>
      <div id={WIDGET} class="rfm">
        {!mounted ? (
          <p class="widget-loading">正在准备 RFM 计算器…</p>
        ) : (
          <>
            <div class="rfm-tabs" role="tablist" aria-label="RFM 计算器的两种用法">
              {TABS.map((tab, i) => (
                <button
                  type="button"
                  role="tab"
                  id={`rfm-tab-${tab.mode}`}
                  aria-controls={`rfm-panel-${tab.mode}`}
                  aria-selected={mode === tab.mode}
                  tabIndex={mode === tab.mode ? 0 : -1}
                  key={tab.mode}
                  onClick={() => {
                    state.setMode(tab.mode);
                    onUse();
                  }}
                  onKeyDown={(e) => onTabKey(e, i)}
                >
                  {tab.label}
                </button>
              ))}
            </div>
            <div role="tabpanel" id={`rfm-panel-${mode}`} aria-labelledby={`rfm-tab-${mode}`} class="rfm-panel">
              {mode === 'results' ? <Results state={state} onUse={onUse} /> : <Walkthrough state={state} onUse={onUse} />}
            </div>
          </>
        )}
      </div>
      <ModelNotes text={MODEL} />
    </WidgetFrame>
  );
}
