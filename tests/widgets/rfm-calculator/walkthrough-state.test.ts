import { atom } from 'nanostores';
import { describe, expect, it } from 'vitest';
import type { WalkthroughState } from '~/engine/tiering/rfm';
import type { RfmSettings } from '~/widgets/rfm-calculator/state';
import { createWalkthroughModel } from '~/widgets/rfm-calculator/walkthrough-state';

/** The slice of the calculator's state the walkthrough uses, as state.ts keeps it. */
function calculator(startStep: number) {
  const $settings = atom<RfmSettings>({ asOf: null, bins: 5, model: 'cn8', method: 'rank' });
  const $steps = atom<WalkthroughState | null>(null);
  return { $settings, $steps, setSteps: (next: WalkthroughState) => $steps.set(next), startStep: () => startStep };
}

describe('the RFM walkthrough loaded with its tab', () => {
  it('starts at the share link’s step with every answer hidden, before the learner moves', () => {
    const state = calculator(2);
    const model = createWalkthroughModel(state);
    expect(model.$steps.get()).toEqual({ step: 2, revealed: [false, false, false, false], checks: [null, null, null, null] });
    expect(state.$steps.get()).toBeNull();
  });

  it('checks the chapter’s C10 (R 34 days, F 3, M 640 元, as of 2024-07-01) and keeps the moves in the calculator’s state', () => {
    const state = calculator(1);
    const model = createWalkthroughModel(state);
    const w = model.$walkthrough.get();
    expect(w.ok && [w.value.asOf, w.value.n, w.value.bins]).toEqual(['2024-07-01', 10, 5]);
    model.step({ type: 'check', answers: { recency: '34', frequency: '3', monetary: '640' } });
    expect(state.$steps.get()?.revealed).toEqual([false, true, false, false]);
    expect(state.$steps.get()?.checks[1]?.allCorrect).toBe(true);
    model.step({ type: 'next' });
    // A second model (the tab shown again) carries on where the learner was.
    expect(createWalkthroughModel(state).$steps.get().step).toBe(2);
  });

  it('scores the example with the calculator’s bins', () => {
    const state = calculator(0);
    const model = createWalkthroughModel(state);
    state.$settings.set({ ...state.$settings.get(), bins: 3 });
    const w = model.$walkthrough.get();
    expect(w.ok && w.value.bins).toBe(3);
  });
});
