import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { majorityVote } from '~/engine/communication/roleplay';
import { expectEngineError } from '../../expect-engine-error';

describe('majorityVote', () => {
  it.each([
    [{ a: 12, b: 5, c: 3 }, { kind: 'winner', option: 'a', votes: 12, total: 20 }],
    [{ a: 7, b: 7, c: 1 }, { kind: 'tie', options: ['a', 'b'], votes: 7, total: 15 }],
    [{ a: 0, b: 0 }, { kind: 'no-votes', total: 0 }],
    [{ a: 0, b: 1 }, { kind: 'winner', option: 'b', votes: 1, total: 1 }],
    [{}, { kind: 'no-votes', total: 0 }],
  ])('%j → %j', (counts, expected) => {
    expect(majorityVote(Object.freeze(counts))).toEqual(expected);
  });

  it.each([[{ a: -1 }], [{ a: 2.5 }], [{ a: Number.NaN }]])('rejects %j', (counts) => {
    expectEngineError(() => majorityVote(counts), 'invalid-votes');
  });

  it('property: the winner has the most votes, ties share the top, totals add up', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), fc.nat(60)), (counts) => {
        const result = majorityVote(counts);
        const values = Object.values(counts);
        const total = values.reduce((s, v) => s + v, 0);
        expect(result.total).toBe(total);
        if (result.kind === 'winner') expect(values.filter((v) => v === result.votes)).toHaveLength(1);
        if (result.kind === 'tie') expect(result.options.every((o) => counts[o] === Math.max(...values))).toBe(true);
        if (result.kind === 'no-votes') expect(total).toBe(0);
      }),
    );
  });
});
