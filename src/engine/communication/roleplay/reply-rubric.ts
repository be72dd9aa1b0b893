import { BEHAVIOURS } from './behaviours';
import type { BehaviourKey } from './types';

/** For each behaviour, the regular-expression sources that recognise it in a typed reply. */
export type ReplyRubric = Readonly<Record<BehaviourKey, readonly string[]>>;

/** The rubric of `BEHAVIOURS` (Simplified Chinese). */
export const DEFAULT_RUBRIC: ReplyRubric = Object.freeze(
  Object.fromEntries(Object.entries(BEHAVIOURS).map(([key, b]) => [key, b.patterns])) as Record<BehaviourKey, readonly string[]>,
);

/**
 * The rubric with every pattern also in another script: `convert` (e.g. Simplified → Traditional) is applied to each
 * pattern and the result added when it differs, so a learner on a Traditional page is read the same way.
 * Regular-expression syntax is ASCII and passes through a Chinese converter unchanged.
 *
 * @example rubricWithVariants(rubric, toHant).apology // ['抱歉', '对不起', …, '對不起', …]
 */
export function rubricWithVariants(rubric: ReplyRubric, convert: (text: string) => string): ReplyRubric {
  const out = {} as Record<BehaviourKey, readonly string[]>;
  for (const [key, patterns] of Object.entries(rubric) as [BehaviourKey, readonly string[]][]) {
    const all = [...patterns];
    for (const pattern of patterns) {
      const converted = convert(pattern);
      if (!all.includes(converted)) all.push(converted);
    }
    out[key] = all;
  }
  return out;
}
