import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classCalls, nextClassCard, recordClassDecision, recordClassVotes, revealClassCard, startClassSession, type ClassSession } from '~/engine/selection/sorter';
import { expectEngineError } from '../../expect-engine-error';

const freeze = (s: ClassSession): ClassSession => Object.freeze({ ...s, cards: Object.freeze([...s.cards]), revealed: Object.freeze([...s.revealed]), calls: Object.freeze({ ...s.calls }) });

describe('class mode: one card at a time, vote, reveal, next', () => {
  it('runs a three-card lesson to the summary', () => {
    let s = freeze(startClassSession(['A', 'B', 'C']));
    s = freeze(recordClassVotes(s, { good: 7, bad: 18 }));
    expect(s.calls.A).toEqual({ votes: { good: 7, bad: 18 }, decision: 'bad' });
    s = freeze(recordClassVotes(s, { good: 20, bad: 5 })); // changed before the reveal
    expect(s.calls.A!.decision).toBe('good');
    expectEngineError(() => nextClassCard(s), 'card-not-revealed');
    s = freeze(revealClassCard(s));
    expectEngineError(() => recordClassVotes(s, { good: 1, bad: 2 }), 'card-revealed');
    s = freeze(nextClassCard(s));
    expect(s.index).toBe(1);
    s = freeze(recordClassVotes(s, { good: 12, bad: 12 }));
    expect(s.calls.B!.decision).toBe('split');
    s = freeze(nextClassCard(freeze(revealClassCard(s))));
    s = freeze(recordClassDecision(s, 'bad'));
    s = freeze(nextClassCard(freeze(revealClassCard(s))));
    expect(s.finished).toBe(true);
    expect(s.revealed).toEqual(['A', 'B', 'C']);
    expect(classCalls(s)).toEqual({ A: 'good', B: null, C: 'bad' });
    expectEngineError(() => revealClassCard(s), 'class-finished');
    expectEngineError(() => nextClassCard(s), 'class-finished');
    expectEngineError(() => recordClassDecision(s, 'good'), 'class-finished');
  });

  it('a card can be revealed without a vote; revealing twice changes nothing', () => {
    const s = revealClassCard(startClassSession(['A', 'B']));
    expect(revealClassCard(s)).toBe(s);
    expect(classCalls(s)).toEqual({ A: null, B: null });
  });

  it('starts at a shared step', () => {
    expect(startClassSession(['A', 'B', 'C'], 2).index).toBe(2);
    expectEngineError(() => startClassSession(['A', 'B', 'C'], 3), 'invalid-step');
    expectEngineError(() => startClassSession([]), 'empty-deck');
  });

  it.each([
    [{ good: 0, bad: 0 }, /还没有人举手/],
    [{ good: -1, bad: 3 }, /认为是好客户的人数必须是 0 到 100000 之间的整数/],
    [{ good: 2.5, bad: 3 }, /认为是好客户的人数/],
  ])('votes %j are refused', (votes, message) => {
    expect(expectEngineError(() => recordClassVotes(startClassSession(['A']), votes), 'invalid-votes').message).toMatch(message);
  });

  it('the decision is always the majority', () => {
    fc.assert(
      fc.property(fc.nat(200), fc.nat(200), (good, bad) => {
        fc.pre(good + bad > 0);
        const decision = recordClassVotes(startClassSession(['A']), { good, bad }).calls.A!.decision;
        expect(decision).toBe(good > bad ? 'good' : bad > good ? 'bad' : 'split');
      }),
    );
  });
});
