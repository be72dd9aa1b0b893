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
import { createErlangState, type Mode } from './state';
import { SingleInterval } from './SingleInterval';
import { DayPlanner } from './DayPlanner';
import MODEL from './MODEL.md?raw';
import './erlang-c-staffing.css';

export const WIDGET = 'erlang-c-staffing';

interface Props {
  /** Tests only: a stand-in for the Web Worker and the manifest. */
  spawnWorker?: () => WorkerLike;
  manifest?: () => Promise<readonly DatasetEntry[]>;
}

function spawnErlangWorker(): WorkerLike {
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'erlang-c-staffing' }) as unknown as WorkerLike;
}

const TABS: { mode: Mode; label: string }[] = [
  { mode: 'single', label: '单个时段' },
  { mode: 'day', label: '按天排班（话务量数据）' },
];

/**
 * 呼叫中心座席计算器: Erlang C staffing for one interval (traffic, required agents, scheduled staff, the table
 * and chart around the answer, and the pooling effect), and a day planner on a half-hour call log.
 */
export default function ErlangCStaffing({ spawnWorker, manifest }: Props) {
  const state = useMemo(() => createErlangState({ spawn: spawnWorker ?? spawnErlangWorker, manifest, initial: readSharedState('erlang') }), []);
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
    <WidgetFrame name={WIDGET} title="呼叫中心座席计算器" tools={<ShareLink makeUrl={() => sharedStateUrl('erlang', state.shareState(), WIDGET)} />}>
      <div id={WIDGET} class="erlang">
        {!mounted ? (
          <p class="widget-loading">正在准备座席计算器…</p>
        ) : (
          <>
            <div class="erlang-tabs" role="tablist" aria-label="座席计算器的两种用法">
              {TABS.map((tab, i) => (
                <button
                  type="button"
                  role="tab"
                  id={`erlang-tab-${tab.mode}`}
                  aria-controls={`erlang-panel-${tab.mode}`}
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
            <div role="tabpanel" id={`erlang-panel-${mode}`} aria-labelledby={`erlang-tab-${mode}`} class="erlang-panel">
              {mode === 'single' ? <SingleInterval state={state} onUse={onUse} /> : <DayPlanner state={state} onUse={onUse} />}
            </div>
          </>
        )}
      </div>
      <ModelNotes text={MODEL} />
    </WidgetFrame>
  );
}
