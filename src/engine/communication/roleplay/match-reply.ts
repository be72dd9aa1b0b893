import { BEHAVIOURS } from './behaviours';
import type { ReplyReading } from './classify-reply';
import type { BehaviourKey, ScenarioOption } from './types';

export interface ReplyMatch {
  readonly option: ScenarioOption;
  readonly score: number;
  /** Behaviours both the typed reply and the option show. */
  readonly shared: readonly BehaviourKey[];
  /** Behaviours of the option the typed reply lacks. */
  readonly missing: readonly BehaviourKey[];
  /** Behaviours of the typed reply the option lacks. */
  readonly extra: readonly BehaviourKey[];
  /** Every option with its score, best first. */
  readonly ranking: readonly { readonly option: string; readonly score: number }[];
}

const weight = (key: BehaviourKey) => (BEHAVIOURS[key].kind === 'bad' ? 2 : 1);

/**
 * Maps a typed reply to the closest option on offer. Score = Σ w over behaviours both show − ½ Σ w over behaviours only
 * the option shows − ½ Σ w over behaviours only the reply shows, with w = 2 for a bad behaviour (blaming, 服务禁语…) and
 * 1 for a good one, so a rude phrase is not outweighed by a polite one. Ties go to the option with fewer tags (the more
 * specific match), then to the one listed first. Returns null when the reply shows no behaviour at all (the learner is
 * asked to say more) or nothing is on offer.
 *
 * Source: our free-text rubric (MODEL.md).
 * @example
 * // reply shows {apology, empathy}; options A [apology, empathy, listen], B [taboo], C [facts]
 * // A: 2 − ½·1 = 1.5, B: 0 − ½·2 − ½·2 = −2, C: 0 − ½·1 − ½·2 = −1.5 → A
 */
export function matchReplyToOption(reading: ReplyReading, options: readonly ScenarioOption[]): ReplyMatch | null {
  const found = new Set(reading.behaviours.map((b) => b.key));
  if (found.size === 0 || options.length === 0) return null;
  const scored = options.map((option, index) => {
    const tags = new Set(option.tags);
    const shared = [...tags].filter((k) => found.has(k));
    const missing = [...tags].filter((k) => !found.has(k));
    const extra = [...found].filter((k) => !tags.has(k));
    const sum = (keys: BehaviourKey[]) => keys.reduce((s, k) => s + weight(k), 0);
    return { option, index, shared, missing, extra, score: sum(shared) - sum(missing) / 2 - sum(extra) / 2 };
  });
  const ranked = [...scored].sort((a, b) => b.score - a.score || a.option.tags.length - b.option.tags.length || a.index - b.index);
  const top = ranked[0]!;
  return {
    option: top.option,
    score: top.score,
    shared: top.shared,
    missing: top.missing,
    extra: top.extra,
    ranking: ranked.map((r) => ({ option: r.option.id, score: r.score })),
  };
}
