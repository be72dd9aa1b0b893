import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commitSorting, dealSorting, placeCard, unplaceCard, unplacedCards, type SortingState } from '~/engine/selection/sorter';
import { expectEngineError } from '../../expect-engine-error';

const freeze = (s: SortingState): SortingState => Object.freeze({ ...s, cards: Object.freeze([...s.cards]), placements: Object.freeze({ ...s.placements }) });

describe('sorting: deal → place / move / unplace → commit', () => {
  it('walks through a whole sort', () => {
    let s = freeze(dealSorting(['A', 'B', 'C']));
    expect(unplacedCards(s)).toEqual(['A', 'B', 'C']);
    s = freeze(placeCard(s, 'B', 'good'));
    s = freeze(placeCard(s, 'A', 'bad'));
    expect(unplacedCards(s)).toEqual(['C']);
    expectEngineError(() => commitSorting(s), 'cards-unplaced');
    s = freeze(placeCard(s, 'B', 'bad')); // move
    s = freeze(placeCard(s, 'C', 'good'));
    s = freeze(unplaceCard(s, 'A'));
    expect(s.placements).toEqual({ B: 'bad', C: 'good' });
    s = freeze(placeCard(s, 'A', 'good'));
    const done = commitSorting(s);
    expect(done).toEqual({ phase: 'committed', cards: ['A', 'B', 'C'], placements: { A: 'good', B: 'bad', C: 'good' } });
    expectEngineError(() => placeCard(done, 'A', 'bad'), 'sorting-committed');
    expectEngineError(() => unplaceCard(done, 'A'), 'sorting-committed');
    expectEngineError(() => commitSorting(done), 'sorting-committed');
  });

  it('says how many cards are left, in Chinese', () => {
    const error = expectEngineError(() => commitSorting(placeCard(dealSorting(['A', 'B', 'C']), 'A', 'good')), 'cards-unplaced');
    expect(error.message).toBe('还有 2 张卡片没有分类，请先放进“好客户”或“坏客户”(2 cards are not sorted yet)');
    expect((error as unknown as { details: { cards: string[] } }).details.cards).toEqual(['B', 'C']);
  });

  it('returns the same state when nothing changes', () => {
    const s = placeCard(dealSorting(['A', 'B']), 'A', 'good');
    expect(placeCard(s, 'A', 'good')).toBe(s);
    expect(unplaceCard(s, 'B')).toBe(s);
  });

  it.each([
    [() => dealSorting([]), 'empty-deck'],
    [() => dealSorting(['A', 'B', 'A']), 'duplicate-card'],
    [() => placeCard(dealSorting(['A']), 'Z', 'good'), 'unknown-card'],
    [() => placeCard(dealSorting(['A']), 'A', 'maybe' as 'good'), 'unknown-bin'],
    [() => unplaceCard(dealSorting(['A']), 'Z'), 'unknown-card'],
  ])('%s throws %s', (fn, code) => {
    expectEngineError(fn, code);
  });

  it('any sequence of moves keeps every card either on one pile or still to sort', () => {
    const ids = ['A', 'B', 'C', 'D'];
    const action = fc.record({ card: fc.constantFrom(...ids), to: fc.constantFrom('good' as const, 'bad' as const, null) });
    fc.assert(
      fc.property(fc.array(action, { maxLength: 30 }), (actions) => {
        let s = freeze(dealSorting(ids));
        const expected: Record<string, string> = {};
        for (const { card, to } of actions) {
          s = freeze(to === null ? unplaceCard(s, card) : placeCard(s, card, to));
          if (to === null) delete expected[card];
          else expected[card] = to;
        }
        expect(s.placements).toEqual(expected);
        expect([...unplacedCards(s), ...Object.keys(s.placements)].sort()).toEqual(ids);
        expect(s.phase).toBe('sorting');
        if (unplacedCards(s).length === 0) expect(commitSorting(s).phase).toBe('committed');
        else expectEngineError(() => commitSorting(s), 'cards-unplaced');
      }),
    );
  });
});
