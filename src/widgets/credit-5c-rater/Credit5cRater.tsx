import { useEffect, useMemo } from 'preact/hooks';
import { publishCredit } from '../shared/result-publishers';
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
import { createCreditState, type Mode } from './state';
import { StandardSettings } from './StandardSettings';
import { SingleRating } from './SingleRating';
import { BatchRating } from './BatchRating';
import './credit-5c-rater.css';
import { spawnAnalysisWorker } from '../shared/analysis-worker/spawn';

export const WIDGET = 'credit-5c-rater';

const spawnCreditWorker = () => spawnAnalysisWorker('credit-5c-rater');

const TABS: readonly TabItem<Mode>[] = [
  { key: 'single', label: '评一家客户' },
  { key: 'batch', label: '批量评级（赊销申请数据）' },
];

/**
 * 5C 信用评级器: one applicant's five scores weighted into a grade with its credit policy, the chapter's four
 * dealers under the same standard, and a batch mode that grades a file of applications and checks whether the
 * grades rank the defaults that followed.
 */
export default function Credit5cRater({ spawnWorker, manifest }: WorkerWidgetProps) {
  const state = useMemo(() => createCreditState({ spawn: spawnWorker ?? spawnCreditWorker, manifest, initial: readSharedState('credit') }), []);
  const mounted = useMounted();
  const onUse = useFirstUse(WIDGET);
  const [mode, selectMode] = useModeTabs(state, onUse);

  useStarted(state);
  useEffect(() => {
    // The lab worksheets' “从 5C 信用评级填入” takes the latest rating the learner made (not the one shown on load).
    const publish = () => {
      const rating = state.$rating.get();
      if (rating.ok) publishCredit(state.$applicant.get(), rating.value);
    };
    const stops = [state.$rating.listen(publish), state.$applicant.listen(publish)];
    return () => stops.forEach((stop) => stop());
  }, [state]);

  return (
    <WidgetFrame name={WIDGET} title="5C 信用评级器" tools={<ShareLink makeUrl={() => sharedStateUrl('credit', state.shareState(), WIDGET)} leftOut={() => uploadedFilesNote([state.dataset.$choice.get()])} />}>
      <div id={WIDGET} class="credit">
        {!mounted ? (
          <p class="widget-loading">正在准备 5C 信用评级器…</p>
        ) : (
          <>
            <StandardSettings state={state} onUse={onUse} />
            <Tabs prefix="credit" label="评级器的两种用法" tabs={TABS} selected={mode} onSelect={selectMode}>
              {mode === 'single' ? <SingleRating state={state} onUse={onUse} /> : <BatchRating state={state} onUse={onUse} />}
            </Tabs>
          </>
        )}
      </div>
      <ModelNotes load={() => import('./MODEL.md?raw')} />
    </WidgetFrame>
  );
}
