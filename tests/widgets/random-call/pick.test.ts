import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextCall, NO_SUBMISSION_WEIGHT } from '~/widgets/random-call/pick';

const ROSTER = ['1', '2', '3', '4', '5'];

describe('nextCall', () => {
  it('calls everyone once before anyone twice, whatever the random numbers', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { minLength: 12, maxLength: 12 }), fc.boolean(), (draws, weighted) => {
        let called: readonly string[] = [];
        const order: string[] = [];
        for (const draw of draws) {
          const next = nextCall(ROSTER, called, new Set(['1', '2']), weighted, () => draw)!;
          order.push(next.studentId);
          called = next.called;
        }
        expect(new Set(order.slice(0, 5)).size).toBe(5);
        expect(new Set(order.slice(5, 10)).size).toBe(5);
      }),
    );
  });

  it('starts a new round once everyone has been called, and ignores names no longer on the list', () => {
    expect(nextCall(ROSTER, ['1', '2', '3', '4', '5'], new Set(), false, () => 0)).toEqual({ studentId: '1', called: ['1'], newRound: true });
    expect(nextCall(['1', '2'], ['9', '1'], new Set(), false, () => 0)).toEqual({ studentId: '2', called: ['1', '2'], newRound: false });
    expect(nextCall([], [], new Set(), false, () => 0)).toBeNull();
  });

  it('weights students with no submission three to one when asked', () => {
    // Two open: '1' handed in (weight 1), '2' did not (weight 3): draws below 1/4 name '1', the rest '2'.
    const submitted = new Set(['1']);
    expect(NO_SUBMISSION_WEIGHT).toBe(3);
    expect(nextCall(['1', '2'], [], submitted, true, () => 0.24)!.studentId).toBe('1');
    expect(nextCall(['1', '2'], [], submitted, true, () => 0.26)!.studentId).toBe('2');
    expect(nextCall(['1', '2'], [], submitted, false, () => 0.26)!.studentId).toBe('1');
  });
});
