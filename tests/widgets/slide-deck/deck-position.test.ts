import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backward, firstPosition, formatHash, forward, lastPosition, parseHash, type DeckShape } from '../../../src/widgets/slide-deck/deck-position';

// Four slides; the second has three steps (a worked example), the last one two.
const SHAPE: DeckShape = Object.freeze([0, 3, 0, 2]);

describe('turning pages with steps', () => {
  it('shows a slide’s steps one by one, then goes on; back goes step by step and onto the previous slide as it was left', () => {
    const walk = [firstPosition()];
    for (let i = 0; i < 8; i++) walk.push(forward(walk[walk.length - 1]!, SHAPE));
    expect(walk.map(formatHash)).toEqual(['#1', '#2', '#2.1', '#2.2', '#2.3', '#3', '#4', '#4.1', '#4.2']);
    expect(forward({ slide: 3, step: 2 }, SHAPE)).toEqual({ slide: 3, step: 2 });
    expect(backward({ slide: 2, step: 0 }, SHAPE)).toEqual({ slide: 1, step: 3 });
    expect(backward({ slide: 1, step: 2 }, SHAPE)).toEqual({ slide: 1, step: 1 });
    expect(backward(firstPosition(), SHAPE)).toEqual(firstPosition());
    expect(lastPosition(SHAPE)).toEqual({ slide: 3, step: 2 });
  });

  it.each([
    ['#2.2', { slide: 1, step: 2 }],
    ['#4', { slide: 3, step: 0 }],
    ['#9', { slide: 3, step: 0 }],
    ['#2.7', { slide: 1, step: 3 }],
    ['#0', { slide: 0, step: 0 }],
    ['#rfm-calculator', { slide: 0, step: 0 }],
    ['', { slide: 0, step: 0 }],
  ])('reads the address %s as %o (out of range is clamped, anything else is the start)', (hash, position) => {
    expect(parseHash(hash, SHAPE)).toEqual(position);
  });

  const shapes = fc.array(fc.nat(5), { minLength: 1, maxLength: 30 });
  const withPosition = shapes.chain((shape) =>
    fc.nat(shape.length - 1).chain((slide) => fc.nat(shape[slide]!).map((step) => ({ shape, at: { slide, step } }))),
  );

  it('stays inside the deck, and forward then backward comes back (except at the very end)', () => {
    fc.assert(
      fc.property(withPosition, ({ shape, at }) => {
        for (const next of [forward(at, shape), backward(at, shape)]) {
          expect(next.slide).toBeGreaterThanOrEqual(0);
          expect(next.slide).toBeLessThan(shape.length);
          expect(next.step).toBeGreaterThanOrEqual(0);
          expect(next.step).toBeLessThanOrEqual(shape[next.slide]!);
        }
        const end = lastPosition(shape);
        if (at.slide !== end.slide || at.step !== end.step) expect(backward(forward(at, shape), shape)).toEqual(at);
        expect(parseHash(formatHash(at), shape)).toEqual(at);
      }),
    );
  });

  it('reaches the last step of the last slide after as many presses as there are slides and steps', () => {
    fc.assert(
      fc.property(shapes, (shape) => {
        let at = firstPosition();
        const presses = shape.length - 1 + shape.reduce((a, b) => a + b, 0);
        for (let i = 0; i < presses; i++) at = forward(at, shape);
        expect(at).toEqual(lastPosition(shape));
      }),
    );
  });
});
