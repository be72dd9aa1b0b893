// Who the random call (随机点名) names next: no one twice until everyone on the list has been called, and, when asked,
// students who have not handed anything in three times as likely as the others.

/** How much likelier a student with no submission is to be called, when weighting is on. */
export const NO_SUBMISSION_WEIGHT = 3;

export interface NextCall {
  readonly studentId: string;
  /** Who has been called in the round after this call (a new round starts with this call once everyone has been). */
  readonly called: readonly string[];
  /** True when this call starts a new round. */
  readonly newRound: boolean;
}

/**
 * Draws the next student from those not yet called in this round (`random` in [0, 1)); null for an empty list.
 * @example nextCall(['1', '2'], ['1'], new Set(), false, Math.random) // { studentId: '2', called: ['1', '2'], newRound: false }
 */
export function nextCall(roster: readonly string[], called: readonly string[], submitted: ReadonlySet<string>, weighted: boolean, random: () => number): NextCall | null {
  if (roster.length === 0) return null;
  const done = new Set(called.filter((id) => roster.includes(id)));
  const newRound = done.size >= roster.length;
  const open = roster.filter((id) => newRound || !done.has(id));
  const weights = open.map((id) => (weighted && !submitted.has(id) ? NO_SUBMISSION_WEIGHT : 1));
  let draw = random() * weights.reduce((sum, w) => sum + w, 0);
  let index = 0;
  while (index < open.length - 1 && draw >= weights[index]!) draw -= weights[index++]!;
  const studentId = open[index]!;
  return { studentId, called: newRound ? [studentId] : [...done, studentId], newRound };
}
