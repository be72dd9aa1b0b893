import { EngineError } from '../../core/errors';
import { requireIntegerInRange } from '../../core/guards';
import type { SorterBin } from './types';

/** The class's call on one card: the show of hands (when counted) and the decision it gives. */
export interface ClassCall {
  /** Hands raised for 好客户 and 坏客户, or null when the instructor recorded only the decision. */
  readonly votes: { readonly good: number; readonly bad: number } | null;
  /** The majority; 'split' when the hands are equal. */
  readonly decision: SorterBin | 'split';
}

/** Class mode: one card at a time, discussed, voted on, then revealed. */
export interface ClassSession {
  readonly cards: readonly string[];
  /** The card on the projector (0-based). */
  readonly index: number;
  /** Ids of the cards whose profitability has been revealed. */
  readonly revealed: readonly string[];
  readonly calls: Readonly<Record<string, ClassCall>>;
  /** True after the last card: the summary is shown. */
  readonly finished: boolean;
}

/**
 * Starts class mode on the given card (0-based, default the first): nothing voted, nothing revealed.
 * @throws EngineError `empty-deck`, `invalid-step` (index outside the deck).
 * @example startClassSession(['A', 'B']).index // 0
 */
export function startClassSession(cards: readonly string[], index = 0): ClassSession {
  if (cards.length === 0) throw new EngineError('empty-deck', '这副卡没有卡片(the deck has no cards)');
  requireIntegerInRange(index, 0, cards.length - 1, { code: 'invalid-step', zh: '卡片序号', en: 'card index' });
  return { cards: [...cards], index, revealed: [], calls: {}, finished: false };
}

/**
 * Records the show of hands for the current card: the decision is the majority, 'split' on a tie.
 * Can be changed until the card is revealed.
 * @throws EngineError `invalid-votes` (not whole numbers ≥ 0, or no hands at all), `card-revealed`, `class-finished`.
 * @example recordClassVotes(startClassSession(['A']), { good: 7, bad: 18 }).calls.A.decision // 'bad'
 */
export function recordClassVotes(session: ClassSession, votes: { good: number; bad: number }): ClassSession {
  const id = requireVotable(session);
  const good = requireIntegerInRange(votes.good, 0, 100_000, { code: 'invalid-votes', zh: '认为是好客户的人数', en: 'hands for good' });
  const bad = requireIntegerInRange(votes.bad, 0, 100_000, { code: 'invalid-votes', zh: '认为是坏客户的人数', en: 'hands for bad' });
  if (good + bad === 0) throw new EngineError('invalid-votes', '还没有人举手：请输入人数，或直接记录全班的判断(no hands counted yet)');
  const decision = good > bad ? 'good' : bad > good ? 'bad' : 'split';
  return { ...session, calls: { ...session.calls, [id]: { votes: { good, bad }, decision } } };
}

/**
 * Records the class's decision for the current card without counting hands.
 * @throws EngineError `card-revealed`, `class-finished`.
 * @example recordClassDecision(startClassSession(['A']), 'good').calls.A // { votes: null, decision: 'good' }
 */
export function recordClassDecision(session: ClassSession, decision: SorterBin): ClassSession {
  const id = requireVotable(session);
  if (decision !== 'good' && decision !== 'bad') throw new EngineError('unknown-bin', `没有这一栏：${String(decision)}(no such pile: ${String(decision)})`);
  return { ...session, calls: { ...session.calls, [id]: { votes: null, decision } } };
}

/**
 * Turns the current card over (with or without a call). Returns the same session when it already is.
 * @throws EngineError `class-finished`.
 * @example revealClassCard(startClassSession(['A'])).revealed // ['A']
 */
export function revealClassCard(session: ClassSession): ClassSession {
  if (session.finished) throw finishedError();
  const id = session.cards[session.index]!;
  return session.revealed.includes(id) ? session : { ...session, revealed: [...session.revealed, id] };
}

/**
 * Moves on to the next card, or after the last one to the summary (`finished`).
 * @throws EngineError `card-not-revealed` (reveal first), `class-finished`.
 * @example nextClassCard(revealClassCard(startClassSession(['A', 'B']))).index // 1
 */
export function nextClassCard(session: ClassSession): ClassSession {
  if (session.finished) throw finishedError();
  if (!session.revealed.includes(session.cards[session.index]!)) {
    throw new EngineError('card-not-revealed', '请先揭晓这张卡片的利润，再看下一张(reveal this card before the next one)');
  }
  return session.index + 1 >= session.cards.length ? { ...session, finished: true } : { ...session, index: session.index + 1 };
}

/**
 * The class's decisions as calls for `scoreSorting`: a split vote or no vote is no call (null).
 * @throws never.
 * @example classCalls(recordClassVotes(startClassSession(['A']), { good: 3, bad: 3 })) // { A: null }
 */
export function classCalls(session: ClassSession): Record<string, SorterBin | null> {
  return Object.fromEntries(session.cards.map((id) => {
    const decision = session.calls[id]?.decision;
    return [id, decision === 'good' || decision === 'bad' ? decision : null];
  }));
}

function requireVotable(session: ClassSession): string {
  if (session.finished) throw finishedError();
  const id = session.cards[session.index]!;
  if (session.revealed.includes(id)) throw new EngineError('card-revealed', '这张卡片已经揭晓，不能再改投票(this card is revealed; votes can no longer change)');
  return id;
}

function finishedError(): EngineError {
  return new EngineError('class-finished', '全部卡片已经讨论完，请查看总结或重新开始(every card has been discussed)');
}
