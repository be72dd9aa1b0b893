import { resolveProfitabilityOptions } from '../profitability/options';
import type { CustomerProfitability, ProfitabilityOptions, ProfitabilityVerdict } from '../profitability/types';
import { profitabilityOfCards } from './card-profitability';
import { formatRate, formatWan } from './format';
import { sortingInsights } from './sorting-insights';
import type { SorterBin, SorterDeck, SorterCard, TrapKind } from './types';

/** Who made the calls, as the sentences name them: the learner (你) or the class (全班). */
export type Subject = '你' | '全班';

/** How one call compares with the model: right, half right (the model says 观察), wrong, or no call. */
export type SortOutcome = 'right' | 'partial' | 'wrong' | 'none';

/** The Chinese names of the piles and the model's verdicts. */
export const VERDICT_LABELS: Readonly<Record<ProfitabilityVerdict, string>> = Object.freeze({ good: '好客户', bad: '坏客户', watch: '观察' });

/** One card after the reveal: the call, the model's verdict and figures, the points and a one-line explanation. */
export interface ScoredCard {
  readonly card: SorterCard;
  readonly call: SorterBin | null;
  readonly verdict: ProfitabilityVerdict;
  readonly outcome: SortOutcome;
  readonly points: number;
  readonly profitability: CustomerProfitability;
  readonly trap: TrapKind | null;
  /** 你判为好客户，模型结论是坏客户：它一年亏 521.6 万元。 */
  readonly line: string;
}

export interface SortingScore {
  readonly cards: readonly ScoredCard[];
  readonly points: number;
  readonly max: number;
  readonly right: number;
  readonly partial: number;
  readonly wrong: number;
  readonly none: number;
  /** 得分 7.5 / 10：判断正确 7 张，“观察”类 1 张得半分，判断错误 2 张。 */
  readonly headline: string;
  /** What the calls show about big and small customers (see `sortingInsights`). */
  readonly insights: readonly string[];
}

/**
 * Points for one call: 1 when it matches a good or bad verdict, 0 when it is the other pile, ½ for either
 * pile when the model says 观察 (watch: a warning sign but no deal-breaker, so both calls can be argued),
 * 0 for no call.
 * @throws never.
 * @example pointsFor('watch', 'bad') // 0.5
 */
export function pointsFor(verdict: ProfitabilityVerdict, call: SorterBin | null): number {
  if (call === null) return 0;
  if (verdict === 'watch') return 0.5;
  return verdict === call ? 1 : 0;
}

/**
 * Turns the cards over and scores the calls against the chapter-3 profitability check (computed on the
 * deck, so ranks are within the deck): per card the verdict, profit, reasons and `pointsFor`; totals, a
 * headline, and the insights on big and small customers.
 *
 * `subject` names who made the calls in the sentences (你 for a learner, 全班 for class mode).
 *
 * Source: syllabus ch. 3 (好客户/坏客户; 大客户不等于好客户; 小客户有可能是好客户); `customerProfitability`.
 * @throws EngineError as `customerProfitability`.
 * @example
 * // two cards, the model says good and bad; the learner calls both good: 1 + 0 points
 * scoreSorting(deck, { A: 'good', B: 'good' }).headline // '得分 1 / 2：判断正确 1 张，判断错误 1 张。'
 */
export function scoreSorting(
  deck: SorterDeck,
  calls: Readonly<Record<string, SorterBin | null | undefined>>,
  options: ProfitabilityOptions = {},
  subject: Subject = '你',
): SortingScore {
  const o = resolveProfitabilityOptions(options);
  const profits = profitabilityOfCards(deck.cards, o);
  const cards = deck.cards.map((card, i): ScoredCard => {
    const profitability = profits[i]!;
    const call = calls[card.id] ?? null;
    const verdict = profitability.verdict;
    const points = pointsFor(verdict, call);
    const outcome: SortOutcome = call === null ? 'none' : verdict === 'watch' ? 'partial' : points === 1 ? 'right' : 'wrong';
    return { card, call, verdict, outcome, points, profitability, trap: deck.traps[card.id] ?? null, line: explain(subject, call, verdict, outcome, profitability) };
  });
  const count = (outcome: SortOutcome) => cards.filter((c) => c.outcome === outcome).length;
  const right = count('right');
  const partial = count('partial');
  const wrong = count('wrong');
  const none = count('none');
  const points = cards.reduce((sum, c) => sum + c.points, 0);
  const parts = [`判断正确 ${right} 张`];
  if (partial) parts.push(`“观察”类 ${partial} 张得半分`);
  parts.push(`判断错误 ${wrong} 张`);
  if (none) parts.push(`没有判断 ${none} 张`);
  return {
    cards, points, max: cards.length, right, partial, wrong, none,
    headline: `得分 ${points} / ${cards.length}：${parts.join('，')}。`,
    insights: sortingInsights(cards, o, subject),
  };
}

function money(p: CustomerProfitability): string {
  return p.profit < 0 ? `一年亏 ${formatWan(-p.profit)} 万元` : `一年赚 ${formatWan(p.profit)} 万元（利润率 ${formatRate(p.profitMargin ?? 0)}）`;
}

function explain(subject: Subject, call: SorterBin | null, verdict: ProfitabilityVerdict, outcome: SortOutcome, p: CustomerProfitability): string {
  const yours = call === null ? `${subject === '你' ? '你' : '全班'}没有作出判断` : `${subject}判为${VERDICT_LABELS[call]}`;
  if (outcome === 'partial') return `${yours}；模型结论是“观察”：有值得警惕的信号，但还不到坏客户，两种判断都得半分。它${money(p)}。`;
  if (outcome === 'right') return `${yours}，判断正确：它${money(p)}。`;
  return `${yours}，模型结论是${VERDICT_LABELS[verdict]}：它${money(p)}。`;
}
