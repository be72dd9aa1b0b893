/**
 * Draws customers from the BG/NBD process itself (test helper): rate λ ~ Gamma(r, α), drop-out
 * probability p ~ Beta(a, b); purchases arrive as a Poisson process with rate λ and after each repeat
 * purchase the customer leaves with probability p. Seeded, so every run draws the same customers.
 */
export function simulateBgNbd(
  params: { r: number; alpha: number; a: number; b: number },
  ages: readonly number[],
  seed: number,
): { x: number[]; t_x: number[]; T: number[] } {
  const random = mulberry32(seed);
  const out = { x: [] as number[], t_x: [] as number[], T: [] as number[] };
  for (const T of ages) {
    const lambda = gamma(random, params.r) / params.alpha;
    const pa = gamma(random, params.a);
    const p = pa / (pa + gamma(random, params.b));
    let t = 0;
    let x = 0;
    let t_x = 0;
    for (;;) {
      t += -Math.log(1 - random()) / lambda;
      if (t > T) break;
      x++;
      t_x = t;
      if (random() < p) break;
    }
    out.x.push(x);
    out.t_x.push(t_x);
    out.T.push(T);
  }
  return out;
}

/** mulberry32: a small, well-known 32-bit seeded generator of uniform numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  };
}

/** Gamma(shape, 1) by Marsaglia & Tsang (2000), with the shape < 1 boost U^(1/shape). */
export function gamma(random: () => number, shape: number): number {
  if (shape < 1) return gamma(random, shape + 1) * Math.pow(random(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let v: number;
    let z: number;
    do {
      z = normal(random);
      v = 1 + c * z;
    } while (v <= 0);
    v = v * v * v;
    const u = random();
    if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) return d * v;
  }
}

function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}
