/** What a link carries: the attempt's seed (option order), the question shown (1-based) and the mode. */
export interface QuizLinkState {
  readonly seed: number;
  /** The question on screen, 1-based; null on the score page. */
  readonly question: number | null;
  readonly mode: 'practice' | 'class';
}

/** The link's keys (`?self-check.seed=4&self-check.q=3&self-check.mode=class#self-check`); no `q` on the score page. */
export function toLinkKeys(state: QuizLinkState): Record<string, string | number> {
  const keys: Record<string, string | number> = { seed: state.seed };
  if (state.question !== null) keys.q = state.question;
  if (state.mode === 'class') keys.mode = 'class';
  return keys;
}

/** Reads a link's keys; anything malformed is ignored (the widget keeps its own state). */
export function fromLinkKeys(keys: Readonly<Record<string, string>>): Partial<QuizLinkState> {
  const out: { -readonly [K in keyof QuizLinkState]?: QuizLinkState[K] } = {};
  if (keys.seed !== undefined && /^\d{1,10}$/.test(keys.seed) && Number(keys.seed) >= 1 && Number(keys.seed) <= 2_147_483_647) out.seed = Number(keys.seed);
  if (keys.q !== undefined && /^\d{1,2}$/.test(keys.q) && Number(keys.q) >= 1) out.question = Number(keys.q);
  if (keys.mode === 'class' || keys.mode === 'practice') out.mode = keys.mode;
  return out;
}
