import { BEHAVIOUR_KEYS } from './behaviours';
import { DEFAULT_RUBRIC, type ReplyRubric } from './reply-rubric';
import type { BehaviourKey } from './types';

export interface ReplyReading {
  /** The behaviours found, in `BEHAVIOURS` order, each with the words that showed it. */
  readonly behaviours: readonly { readonly key: BehaviourKey; readonly matches: readonly string[] }[];
}

const compiled = new WeakMap<ReplyRubric, Map<BehaviourKey, RegExp>>();

function patternsOf(rubric: ReplyRubric): Map<BehaviourKey, RegExp> {
  let map = compiled.get(rubric);
  if (!map) {
    map = new Map(BEHAVIOUR_KEYS.map((key) => [key, new RegExp((rubric[key] ?? []).map((p) => `(?:${p})`).join('|') || '(?!)', 'gu')]));
    compiled.set(rubric, map);
  }
  return map;
}

/**
 * Reads a typed reply with a transparent keyword rubric: each behaviour of `BEHAVIOURS` is found when one of its
 * patterns occurs in the text (full-width and half-width forms are treated alike), and the words that matched are
 * kept so the learner can see why. No weighting, no hidden model: a reply shows a behaviour or it does not.
 *
 * Source: chapter 7's 规范用语 / 服务禁语 table and the complaint work guide (MODEL.md lists every pattern).
 * @example classifyReply('非常抱歉,我理解您很着急,请问单号是多少?').behaviours.map((b) => b.key) // ['apology', 'empathy', 'facts']
 */
export function classifyReply(text: string, rubric: ReplyRubric = DEFAULT_RUBRIC): ReplyReading {
  const normalised = text.normalize('NFKC');
  const behaviours: { key: BehaviourKey; matches: string[] }[] = [];
  for (const [key, pattern] of patternsOf(rubric)) {
    const matches = [...new Set([...normalised.matchAll(pattern)].map((m) => m[0]).filter((m) => m.length > 0))];
    if (matches.length > 0) behaviours.push({ key, matches });
  }
  return { behaviours };
}
