// The board's sorter rows: each card named by its customer and its verdict by profit, read on the deck each code was
// dealt from (the sorter's own reveal is the check), and several 随机 decks kept apart.
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeResultCode, decodeResultCode, sorterCodeAnswers, sorterCodeOrder } from '~/engine/result-code';
import type { ResultRecord } from '~/engine/result-code';
import { buildDeck, scoreSorting, VERDICT_LABELS, type SorterCard, type SorterDeck } from '~/engine/selection/sorter';
import { sorterTally } from '~/widgets/class-board/sorter-tally';
import { bundledCards } from '../../engine/selection/sorter/fixtures';

let cards: SorterCard[];
beforeAll(async () => {
  cards = await bundledCards();
});

/** A student's code for `deck` with `calls`, read back as the board reads it. */
function record(deck: SorterDeck, calls: Record<string, 'good' | 'bad'>, k: number): ResultRecord {
  const coded = sorterCodeAnswers(deck, calls);
  const code = encodeResultCode({ studentId: `2023000${k}`, name: `学生${k}`, ...coded, score: null, takenAt: '2026-03-02T08:00:00.000Z' }, 'YX2301');
  const decoded = decodeResultCode(code, 'YX2301');
  if (!decoded.ok) throw new Error(decoded.message);
  return decoded.record;
}

describe('sorterTally', () => {
  it('names each card’s customer and verdict, and marks each pile right or wrong against it', () => {
    const deck = buildDeck(cards, { kind: 'intro', seed: 5 });
    const verdicts = new Map(scoreSorting(deck, {}).cards.map((c) => [c.card.id, c.verdict]));
    const order = sorterCodeOrder(deck);
    // One student calls every card good, another every card by its verdict (观察 as bad), a third leaves the first card.
    const allGood = Object.fromEntries(order.map((id) => [id, 'good' as const]));
    const right = Object.fromEntries(order.map((id) => [id, verdicts.get(id) === 'good' ? ('good' as const) : ('bad' as const)]));
    const { [order[0]!]: _, ...leftFirst } = right;
    const rows = sorterTally(cards)([record(deck, allGood, 1), record(deck, right, 2), record(deck, leftFirst, 3)])!;
    expect(rows).toHaveLength(8);
    rows.forEach((row, k) => {
      const card = deck.cards.find((c) => c.id === order[k])!;
      const verdict = verdicts.get(card.id)!;
      expect(row.label).toBe(`第 ${k + 1} 张：${card.name}（按利润是${VERDICT_LABELS[verdict]}）`);
      const good = row.bars.find((b) => b.label === '好客户');
      if (verdict === 'good') {
        expect(row.correct).toBe(k === 0 ? 2 : 3);
        expect(good).toEqual({ label: '好客户', count: k === 0 ? 2 : 3, verdict: 'correct' });
      } else if (verdict === 'bad') {
        expect(row.correct).toBe(k === 0 ? 1 : 2);
        expect(good).toEqual({ label: '好客户', count: 1, verdict: 'wrong' });
      } else expect(row.correct).toBeUndefined();
    });
    expect(rows[0]!.bars.find((b) => b.label === '未分类')).toEqual({ label: '未分类', count: 1, verdict: 'none' });
  });

  it('keeps the codes of two 随机 decks apart: their cards are other customers', () => {
    const [a, b] = [buildDeck(cards, { kind: 'random', seed: 11 }), buildDeck(cards, { kind: 'random', seed: 12 })];
    const first = (deck: SorterDeck) => deck.cards.find((c) => c.id === sorterCodeOrder(deck)[0])!.name;
    const rows = sorterTally(cards)([record(a, {}, 1), record(b, {}, 2), record(b, {}, 3)])!;
    expect(rows).toHaveLength(a.cards.length + b.cards.length);
    expect(rows[0]!.label).toMatch(new RegExp(`^随机卡组（编号 11，1 人）· 第 1 张：${first(a)}（按利润是`));
    expect(rows[a.cards.length]!.label).toMatch(new RegExp(`^随机卡组（编号 12，2 人）· 第 1 张：${first(b)}（按利润是`));
    expect(rows.every((row) => row.correct === undefined)).toBe(true);
  });

  it('gives up (null) on a code its file cannot deal again', () => {
    const deck = buildDeck(cards, { kind: 'intro', seed: 1 });
    const odd = { ...record(deck, {}, 1), answers: [1, 2, 0] };
    expect(sorterTally(cards)([odd])).toBeNull();
    expect(sorterTally(cards.slice(0, 5))([record(deck, {}, 1)])).toBeNull();
  });
});
