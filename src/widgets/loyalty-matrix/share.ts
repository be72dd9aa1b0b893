import type { LoyaltyQuadrantKey } from '../../engine/loyalty/matrix';

/** The URL prefix of the matrix's keys: `?lm.picks=ah-m----&lm.step=result#loyalty-matrix`. */
export const SHARE_PREFIX = 'lm';

/** What a link carries: the learner's placements, whether they committed, and the mode. */
export interface MatrixLinkState {
  /** One letter per member in card order: a 忠诚者, m 唯利是图者, h 人质, d 背叛者, - not placed. */
  readonly picks: string;
  readonly step: 'result' | null;
  readonly mode: 'practice' | 'class';
}

const LETTERS: Readonly<Record<LoyaltyQuadrantKey, string>> = { apostle: 'a', mercenary: 'm', hostage: 'h', defector: 'd' };
const KEYS: Readonly<Record<string, LoyaltyQuadrantKey>> = { a: 'apostle', m: 'mercenary', h: 'hostage', d: 'defector' };

export function toLinkKeys(state: MatrixLinkState): Record<string, string> {
  const keys: Record<string, string> = {};
  if (state.mode === 'class') keys.mode = 'class';
  else {
    if (/[amhd]/.test(state.picks)) keys.picks = state.picks;
    if (state.step) keys.step = state.step;
  }
  return keys;
}

/** Reads a link's keys; anything malformed is left out. */
export function fromLinkKeys(keys: Readonly<Record<string, string>>): Partial<MatrixLinkState> {
  const out: { -readonly [K in keyof MatrixLinkState]?: MatrixLinkState[K] } = {};
  if (keys.picks !== undefined && /^[amhd-]{1,20}$/.test(keys.picks)) out.picks = keys.picks;
  if (keys.step === 'result') out.step = 'result';
  if (keys.mode === 'class' || keys.mode === 'practice') out.mode = keys.mode;
  return out;
}

export function picksToText(members: readonly string[], placements: Readonly<Record<string, LoyaltyQuadrantKey>>): string {
  return members.map((id) => (placements[id] ? LETTERS[placements[id]!] : '-')).join('');
}

export function picksFromText(members: readonly string[], text: string): Record<string, LoyaltyQuadrantKey> {
  const placements: Record<string, LoyaltyQuadrantKey> = {};
  members.forEach((id, i) => {
    const key = KEYS[text[i] ?? '-'];
    if (key) placements[id] = key;
  });
  return placements;
}
