// The step-by-step walkthrough's part of the RFM calculator's state: the chapter's ten members scored on the main thread
// (31 rows) and the moves through its steps. It loads with the walkthrough's tab, so the results tab does not load the
// RFM scoring, which runs in the worker there, nor the answer checks' date and amount parsers.
import { computed, type ReadableAtom } from 'nanostores';
import {
  RFM_CHAPTER_EXAMPLE, rfmWalkthrough, startWalkthrough, walkthroughReducer,
  type RfmWalkthrough, type WalkthroughAction, type WalkthroughState,
} from '../../engine/tiering/rfm';
import { failureOf, type Outcome } from '../shared/outcome';
import type { RfmState } from './state';

export interface WalkthroughModel {
  /** The chapter's example worked through with the calculator's number of bins. */
  readonly $walkthrough: ReadableAtom<Outcome<RfmWalkthrough>>;
  /** Where the learner is: the step, what is revealed, the checks of their answers. */
  readonly $steps: ReadableAtom<WalkthroughState>;
  step(action: WalkthroughAction): void;
}

export function createWalkthroughModel(state: Pick<RfmState, '$settings' | '$steps' | 'setSteps' | 'startStep'>): WalkthroughModel {
  const $walkthrough = computed(state.$settings, (s): Outcome<RfmWalkthrough> => {
    try {
      return { ok: true, value: rfmWalkthrough(RFM_CHAPTER_EXAMPLE.records, { bins: s.bins, focus: RFM_CHAPTER_EXAMPLE.focus }) };
    } catch (caught) {
      return failureOf(caught);
    }
  });
  const $steps = computed(state.$steps, (steps) => steps ?? startWalkthrough(state.startStep()));
  return {
    $walkthrough,
    $steps,
    step(action) {
      const w = $walkthrough.get();
      if (w.ok) state.setSteps(walkthroughReducer(w.value, $steps.get(), action));
    },
  };
}
