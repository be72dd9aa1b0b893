import { EngineError } from '../../core/errors';

export type VoteOutcome =
  | { readonly kind: 'winner'; readonly option: string; readonly votes: number; readonly total: number }
  | { readonly kind: 'tie'; readonly options: readonly string[]; readonly votes: number; readonly total: number }
  | { readonly kind: 'no-votes'; readonly total: 0 };

/**
 * The class's choice from a show of hands: the option with the most votes (a plurality). When two or more share the
 * top count it is a tie and the instructor decides; with no votes at all there is nothing to play.
 *
 * Source: plurality voting, as a class votes by show of hands.
 * @throws EngineError `invalid-votes` when a count is negative or not a whole number.
 * @example majorityVote({ a: 12, b: 5, c: 3 }) // { kind: 'winner', option: 'a', votes: 12, total: 20 }
 * @example majorityVote({ a: 7, b: 7, c: 1 }) // { kind: 'tie', options: ['a', 'b'], votes: 7, total: 15 }
 */
export function majorityVote(counts: Readonly<Record<string, number>>): VoteOutcome {
  let total = 0;
  let top = 0;
  for (const [option, count] of Object.entries(counts)) {
    if (!Number.isInteger(count) || count < 0) {
      throw new EngineError('invalid-votes', `选项 ${option} 的票数必须是不小于 0 的整数，当前为 ${count}(votes must be whole numbers ≥ 0)`, { option, count });
    }
    total += count;
    top = Math.max(top, count);
  }
  if (total === 0) return { kind: 'no-votes', total: 0 };
  const leaders = Object.keys(counts).filter((option) => counts[option] === top);
  return leaders.length === 1 ? { kind: 'winner', option: leaders[0]!, votes: top, total } : { kind: 'tie', options: leaders, votes: top, total };
}
