import type { DeckCommand } from './deck-keys';
import { backward, firstPosition, forward, lastPosition, type DeckPosition, type DeckShape } from './deck-position';
import { toggleTimer, type TimerState } from './deck-timer';

/** Everything the deck window and the speaker window share. */
export interface DeckState {
  readonly position: DeckPosition;
  readonly timer: TimerState;
  /** 黑屏: the stage is black. */
  readonly black: boolean;
}

/**
 * The state after a command. On a black screen, a page-turning key or Esc first brings the slide back (nothing is
 * skipped unseen). Full screen and the speaker window are the window's business, not the state's.
 */
export function applyCommand(state: DeckState, command: DeckCommand, shape: DeckShape, now: number): DeckState {
  if (state.black && (command === 'next' || command === 'prev' || command === 'first' || command === 'last')) return { ...state, black: false };
  switch (command) {
    case 'next':
      return { ...state, position: forward(state.position, shape) };
    case 'prev':
      return { ...state, position: backward(state.position, shape) };
    case 'first':
      return { ...state, position: firstPosition() };
    case 'last':
      return { ...state, position: lastPosition(shape) };
    case 'black':
      return { ...state, black: !state.black };
    case 'escape':
      return { ...state, black: false };
    case 'timer':
      return { ...state, timer: toggleTimer(state.timer, now) };
    default:
      return state;
  }
}
