// The sorter's codes read on their cards, in words: each code's deck dealt again from the chapter-3 customer file
// (sorterDeckOfCode), so that a row names the customer on the card and the verdict its profit gives, as the sorter's
// own reveal does. Loaded with the file (sorter-cards.ts): dealing needs the sorter's engine, which a board without
// sorter codes never loads.
import { countAnswers } from '../../engine/result-code/class-submissions';
import { sorterCodeOrder, sorterDeckOfCode } from '../../engine/result-code/sorter-answers';
import type { ResultRecord } from '../../engine/result-code/types';
import { buildDeck } from '../../engine/selection/sorter/build-deck';
import { scoreSorting, VERDICT_LABELS } from '../../engine/selection/sorter/score-sorting';
import type { SorterBin, SorterCard, SorterDeck } from '../../engine/selection/sorter/types';
import type { TallyBar, TallyRow } from './tally';

/** A code's value per card: 0 no call, 1 好客户, 2 坏客户 (sorter-answers.ts). */
const CALLS: readonly (SorterBin | null)[] = [null, 'good', 'bad'];
const CALL_LABELS = ['未分类', '好客户', '坏客户'];

/**
 * The tally of sorter codes on `cards` (the customer file the sorter deals from): per card of each deck, in the
 * order the codes list them, the customer's name and its verdict by profit, and how many called it 好客户, 坏客户
 * or left it, each bar marked right or wrong against the verdict (either pile is half right for 观察). Codes of
 * several 随机 decks (other seeds) are tallied deck by deck. Null when a code's deck cannot be dealt from the file
 * as it is now (the file was changed after the code was made): the caller then falls back to card numbers.
 * @example sorterTally(cards)([introCode]) // [{ label: '第 1 张：成都某电商平台（按利润是好客户）', bars: [{ label: '好客户', count: 1, verdict: 'correct' }], correct: 1 }, …]
 */
export function sorterTally(cards: readonly SorterCard[]): (records: readonly ResultRecord[]) => TallyRow[] | null {
  return (records) => {
    const decks = new Map<string, { deck: SorterDeck; records: ResultRecord[] }>();
    for (const record of records) {
      const choice = sorterDeckOfCode(record.activity, record.variant, record.answers.length);
      if (!choice) return null;
      const key = `${choice.kind}/${choice.seed}/${choice.size ?? ''}`;
      let held = decks.get(key);
      if (!held) {
        let deck: SorterDeck;
        try {
          deck = buildDeck(cards, choice);
        } catch {
          return null;
        }
        held = { deck, records: [] };
        decks.set(key, held);
      }
      if (held.deck.cards.length !== record.answers.length) return null;
      held.records.push(record);
    }
    const several = decks.size > 1;
    return [...decks.values()].flatMap(({ deck, records: dealt }) => {
      const verdicts = new Map(scoreSorting(deck, {}).cards.map((scored) => [scored.card.id, scored.verdict]));
      const names = new Map(deck.cards.map((card) => [card.id, card.name]));
      const prefix = several ? `随机卡组（编号 ${deck.seed}，${dealt.length} 人）· ` : '';
      return sorterCodeOrder(deck).map((id, k): TallyRow => {
        const verdict = verdicts.get(id)!;
        const bars = [...countAnswers(dealt, k)]
          .map(([value, count]): TallyBar => {
            const call = CALLS[value] ?? null;
            return { label: CALL_LABELS[value] ?? `答案 ${value}`, count, verdict: call === null ? 'none' : verdict === 'watch' ? 'partial' : call === verdict ? 'correct' : 'wrong' };
          })
          .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
        // 答对 n / total counts against every code of the activity: only meaningful with a single deck.
        const correct = several || verdict === 'watch' ? undefined : (bars.find((bar) => bar.verdict === 'correct')?.count ?? 0);
        return { label: `${prefix}第 ${k + 1} 张：${names.get(id)}（按利润是${VERDICT_LABELS[verdict]}）`, bars, correct };
      });
    });
  };
}
