import { detExp, detLog, detSqrt } from './det-math';
import { hashText } from './hash-text';

/** A seeded stream of random numbers; the same seed gives the same stream in every JavaScript engine. */
export interface Random {
  /** The next raw 32-bit unsigned integer. */
  uint32(): number;
  /** Uniform on [0, 1), in steps of 2^−32. */
  float(): number;
  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number;
  /** Uniform on [min, max). */
  uniform(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list, each equally likely. */
  pick<T>(items: readonly T[]): T;
  /** An index drawn with probability proportional to `weights[i]` (non-negative, not all 0). */
  weightedIndex(weights: readonly number[]): number;
  /** A normal deviate (Marsaglia's polar method). */
  normal(mean?: number, sd?: number): number;
  /** A log-normal deviate with the given median: median · e^(sigma·Z). */
  logNormal(median: number, sigma: number): number;
  /** An exponential deviate with the given mean. */
  exponential(mean: number): number;
  /** A gamma deviate with shape k and scale θ (mean kθ), Marsaglia & Tsang (2000). */
  gamma(shape: number, scale: number): number;
  /** A Poisson count with the given mean (Knuth's product method; normal approximation above 30). */
  poisson(mean: number): number;
  /** A binomial count of `trials` with success probability `p`. */
  binomial(trials: number, p: number): number;
  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
  /** An independent stream derived from this one and a label (stable when other draws change). */
  fork(label: string): Random;
}

/** splitmix32: spreads one 32-bit seed over the generator's four state words. */
function splitmix32(state: { s: number }): number {
  state.s = (state.s + 0x9e3779b9) | 0;
  let z = state.s;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/**
 * A seeded random stream: Chris Doty-Humphrey's SFC32 generator (PractRand), its four words filled
 * from the seed by splitmix32 (the fourth word is the counter), then 12 outputs discarded as PractRand does.
 * Every distribution uses only integer operations and detExp/detLog/detSqrt, so the stream and
 * everything drawn from it are bit-identical in Node, Chrome, Firefox and Safari.
 * Source: PractRand 0.95 `sfc32`; G. Marsaglia & W. W. Tsang, "A simple method for generating gamma
 * variables", ACM TOMS 26(3), 2000; D. E. Knuth, TAOCP vol. 2, 3.4.1.
 * @throws never; a non-integer seed is truncated to 32 bits.
 * @example createRandom(1).int(1, 6) // a die roll, the same one on every run
 */
export function createRandom(seed: number): Random {
  const init = { s: seed | 0 };
  const uint32 = sfc32(splitmix32(init), splitmix32(init), splitmix32(init), splitmix32(init));
  for (let i = 0; i < 12; i += 1) uint32();
  return randomFrom(uint32);
}

/**
 * SFC32 from four explicit state words, `d` being the counter: a raw stream of 32-bit unsigned integers.
 * Source: PractRand 0.95 `sfc32` (Chris Doty-Humphrey), in the four-word form common in JavaScript.
 * @throws never.
 * @example sfc32(0, 0, 0, 1)() // 1 (0 + 0 + counter 1)
 */
export function sfc32(a0: number, b0: number, c0: number, d0: number): () => number {
  let a = a0 | 0;
  let b = b0 | 0;
  let c = c0 | 0;
  let d = d0 | 0;
  return () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
}

function randomFrom(uint32: () => number): Random {
  let spareNormal: number | null = null;
  const float = (): number => uint32() / 4294967296;
  const standardNormal = (): number => {
    if (spareNormal !== null) {
      const value = spareNormal;
      spareNormal = null;
      return value;
    }
    for (;;) {
      const u = 2 * float() - 1;
      const v = 2 * float() - 1;
      const s = u * u + v * v;
      if (s > 0 && s < 1) {
        const factor = detSqrt((-2 * detLog(s)) / s);
        spareNormal = v * factor;
        return u * factor;
      }
    }
  };
  const gamma = (shape: number, scale: number): number => {
    if (shape < 1) return gamma(shape + 1, scale) * detExp(detLog(1 - float()) / shape);
    const d = shape - 1 / 3;
    const c = 1 / detSqrt(9 * d);
    for (;;) {
      const x = standardNormal();
      const base = 1 + c * x;
      if (base <= 0) continue;
      const v = base * base * base;
      const u = 1 - float();
      if (detLog(u) < 0.5 * x * x + d - d * v + d * detLog(v)) return d * v * scale;
    }
  };
  const random: Random = {
    uint32,
    float,
    int: (min, max) => min + Math.floor(float() * (max - min + 1)),
    uniform: (min, max) => min + float() * (max - min),
    chance: (p) => float() < p,
    pick: (items) => items[Math.floor(float() * items.length)] as (typeof items)[number],
    weightedIndex: (weights) => {
      let total = 0;
      for (const w of weights) total += w;
      let target = float() * total;
      for (let i = 0; i < weights.length; i += 1) {
        target -= weights[i] as number;
        if (target < 0) return i;
      }
      for (let i = weights.length - 1; i >= 0; i -= 1) if ((weights[i] as number) > 0) return i;
      return weights.length - 1;
    },
    normal: (mean = 0, sd = 1) => mean + sd * standardNormal(),
    logNormal: (median, sigma) => median * detExp(sigma * standardNormal()),
    exponential: (mean) => -mean * detLog(1 - float()),
    gamma,
    poisson: (mean) => {
      if (mean <= 0) return 0;
      if (mean > 30) return Math.max(0, Math.round(mean + detSqrt(mean) * standardNormal()));
      const limit = detExp(-mean);
      let k = 0;
      let product = float();
      while (product > limit) {
        k += 1;
        product *= float();
      }
      return k;
    },
    binomial: (trials, p) => {
      if (trials <= 0 || p <= 0) return 0;
      if (p >= 1) return trials;
      if (trials <= 60) {
        let k = 0;
        for (let i = 0; i < trials; i += 1) if (float() < p) k += 1;
        return k;
      }
      const mean = trials * p;
      const value = Math.round(mean + detSqrt(mean * (1 - p)) * standardNormal());
      return Math.min(trials, Math.max(0, value));
    },
    shuffle: (items) => {
      const copy = items.slice();
      for (let i = copy.length - 1; i > 0; i -= 1) {
        const j = Math.floor(float() * (i + 1));
        const tmp = copy[i] as (typeof copy)[number];
        copy[i] = copy[j] as (typeof copy)[number];
        copy[j] = tmp;
      }
      return copy;
    },
    fork: (label) => createRandom((hashText(label) ^ uint32()) | 0),
  };
  return random;
}
