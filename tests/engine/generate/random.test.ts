import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRandom, sfc32 } from '~/engine/generate/random';

describe('sfc32 and createRandom against a C reference', () => {
  // The C program (PractRand's sfc32 step, uint32 arithmetic) printed these; the first two by hand too:
  // t = 1 + 2 + 4 = 7; then a = 2, b = 3 + 24 = 27, counter 5 → t = 2 + 27 + 5 = 34.
  it('raw stream from explicit state', () => {
    const next = sfc32(1, 2, 3, 4);
    expect(Array.from({ length: 6 }, next)).toEqual([7, 34, 56623200, 188882296, 3431242869, 399395954]);
    const other = sfc32(0xdeadbeef, 0x12345678, 0x9abcdef0, 1);
    expect(Array.from({ length: 4 }, other)).toEqual([4041348456, 2195792581, 3074186425, 2226557559]);
  });

  it.each([
    [0, [4205396811, 3543653536, 1222415357, 3047368389, 387095348]],
    [42, [1028872839, 2516511472, 400437680, 853279530, 1920286840]],
    [20241231, [3939210143, 1151919099, 4276464387, 3000516843, 3085076234]],
  ])('createRandom(%d) seeds by splitmix32 and skips 12 outputs', (seed, expected) => {
    const random = createRandom(seed);
    expect(Array.from({ length: 5 }, () => random.uint32())).toEqual(expected);
  });
});

describe('createRandom distributions', () => {
  const N = 20000;
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
  const variance = (xs: number[]): number => {
    const m = mean(xs);
    return xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1);
  };
  // Bands are about 5 standard errors wide, so a correct generator fails with odds below one in a million.
  it.each([
    ['float', (r: ReturnType<typeof createRandom>) => r.float(), 0.5, 1 / 12],
    ['normal(10, 2)', (r: ReturnType<typeof createRandom>) => r.normal(10, 2), 10, 4],
    ['exponential(3)', (r: ReturnType<typeof createRandom>) => r.exponential(3), 3, 9],
    ['gamma(2, 0.5)', (r: ReturnType<typeof createRandom>) => r.gamma(2, 0.5), 1, 0.5],
    ['gamma(0.5, 2)', (r: ReturnType<typeof createRandom>) => r.gamma(0.5, 2), 1, 2],
    ['poisson(4)', (r: ReturnType<typeof createRandom>) => r.poisson(4), 4, 4],
    ['poisson(80)', (r: ReturnType<typeof createRandom>) => r.poisson(80), 80, 80],
    ['binomial(20, 0.3)', (r: ReturnType<typeof createRandom>) => r.binomial(20, 0.3), 6, 4.2],
    ['binomial(200, 0.1)', (r: ReturnType<typeof createRandom>) => r.binomial(200, 0.1), 20, 18],
  ])('%s has the textbook mean and variance', (_, draw, expectedMean, expectedVariance) => {
    const random = createRandom(7);
    const xs = Array.from({ length: N }, () => draw(random));
    expect(Math.abs(mean(xs) - expectedMean)).toBeLessThan(5 * Math.sqrt(expectedVariance / N));
    expect(variance(xs) / expectedVariance).toBeGreaterThan(0.9);
    expect(variance(xs) / expectedVariance).toBeLessThan(1.1);
  });

  it('logNormal has the given median', () => {
    const random = createRandom(3);
    const xs = Array.from({ length: N }, () => random.logNormal(50, 0.7)).sort((a, b) => a - b);
    expect(xs[N / 2]).toBeGreaterThan(48);
    expect(xs[N / 2]).toBeLessThan(52);
  });

  it('weightedIndex follows the weights and never picks a zero weight', () => {
    const random = createRandom(11);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < N; i += 1) counts[random.weightedIndex([1, 0, 3, 6])]! += 1;
    expect(counts[1]).toBe(0);
    expect(counts[0]! / N).toBeCloseTo(0.1, 1);
    expect(counts[3]! / N).toBeCloseTo(0.6, 1);
  });
});

describe('createRandom properties', () => {
  it('the same seed gives the same stream; int stays in its bounds; shuffle keeps the elements', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: -50, max: 50 }), fc.integer({ min: 0, max: 50 }), (seed, low, span) => {
        const a = createRandom(seed);
        const b = createRandom(seed);
        for (let i = 0; i < 20; i += 1) {
          const x = a.int(low, low + span);
          expect(x).toBe(b.int(low, low + span));
          expect(x).toBeGreaterThanOrEqual(low);
          expect(x).toBeLessThanOrEqual(low + span);
          expect(Number.isInteger(x)).toBe(true);
        }
        const items = Object.freeze([1, 2, 3, 4, 5, 6, 7]);
        expect([...a.shuffle(items)].sort()).toEqual([...items]);
      }),
    );
  });

  it('fork gives a stream that depends on the label', () => {
    const a = createRandom(5).fork('x').uint32();
    expect(createRandom(5).fork('x').uint32()).toBe(a);
    expect(createRandom(5).fork('y').uint32()).not.toBe(a);
  });
});
