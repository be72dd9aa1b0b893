/** Class mode: which question is on the projector and whether its answer is shown. */
export interface QuizClassState {
  /** 0-based question index. */
  readonly index: number;
  readonly revealed: boolean;
}

export type QuizClassAction =
  | { readonly type: 'reveal' }
  | { readonly type: 'hide' }
  | { readonly type: 'next' }
  | { readonly type: 'previous' }
  | { readonly type: 'go'; readonly index: number };

/**
 * One step of class mode: the instructor shows one question at a time, lets the class answer, then reveals the
 * answer and explanation. Moving to another question hides the answer again; moves past either end stay put
 * (the same state object comes back, so nothing re-renders); `go` is clamped to the questions there are.
 *
 * Source: our own state machine (src/widgets/self-check/MODEL.md).
 * @throws never.
 * @example quizClassStep({ index: 2, revealed: true }, { type: 'next' }, 8) // { index: 3, revealed: false }
 * @example quizClassStep({ index: 7, revealed: false }, { type: 'next' }, 8) // the same state (the last question)
 */
export function quizClassStep(state: QuizClassState, action: QuizClassAction, count: number): QuizClassState {
  const last = Math.max(0, count - 1);
  const move = (index: number): QuizClassState => {
    const to = Math.min(last, Math.max(0, Math.trunc(Number.isFinite(index) ? index : 0)));
    return to === state.index ? state : { index: to, revealed: false };
  };
  switch (action.type) {
    case 'reveal':
      return state.revealed ? state : { ...state, revealed: true };
    case 'hide':
      return state.revealed ? { ...state, revealed: false } : state;
    case 'next':
      return move(state.index + 1);
    case 'previous':
      return move(state.index - 1);
    case 'go':
      return move(action.index);
  }
}
