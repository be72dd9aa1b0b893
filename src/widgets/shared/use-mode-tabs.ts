import { useStore } from '@nanostores/preact';
import type { ReadableAtom } from 'nanostores';

/** A widget state whose tabs show one mode at a time. */
export interface ModeState<M> {
  readonly $mode: ReadableAtom<M>;
  setMode(mode: M): void;
}

/** The mode shown and the tabs' `onSelect`, which switches it and counts the switch as the learner's use. */
export function useModeTabs<M>(state: ModeState<M>, onUse: () => void): [mode: M, select: (next: M) => void] {
  const mode = useStore(state.$mode);
  const select = (next: M) => {
    state.setMode(next);
    onUse();
  };
  return [mode, select];
}
