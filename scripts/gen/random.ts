// Seeded randomness for the synthetic graph: one generator, skewed (Zipf-like) picks, and a fixed scatter of ranks.

/** sfc32, seeded through splitmix32: fast, 2^128 period, the same numbers on every platform. */
export class Random {
  #a: number;
  #b: number;
  #c: number;
  #d: number;

  constructor(seed: number) {
    let s = seed >>> 0;
    const next = () => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.#a = next();
    this.#b = next();
    this.#c = next();
    this.#d = next();
    for (let i = 0; i < 12; i++) this.float();
  }

  /** Uniform in [0, 1). */
  float(): number {
    const t = (((this.#a + this.#b) >>> 0) + this.#d) >>> 0;
    this.#d = (this.#d + 1) >>> 0;
    this.#a = this.#b ^ (this.#b >>> 9);
    this.#b = (this.#c + (this.#c << 3)) >>> 0;
    this.#c = ((this.#c << 21) | (this.#c >>> 11)) >>> 0;
    this.#c = (this.#c + t) >>> 0;
    return t / 4294967296;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.float() * n);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  /** A value chosen with probability proportional to its weight. */
  weighted<T>(items: readonly { weight: number; value: T }[]): T {
    const total = items.reduce((sum, item) => sum + item.weight, 0);
    let r = this.float() * total;
    for (const item of items) {
      r -= item.weight;
      if (r < 0) return item.value;
    }
    return items.at(-1)!.value;
  }
}

/**
 * Ranks 0..n-1 drawn with P(rank r) ∝ (r+1)^-s (a Zipf law, by the inverse of its continuous CDF). With s < 1 the
 * first ranks take a few thousand picks out of millions while the median rank gets a handful: hubs and a long tail.
 */
export function zipfRank(random: Random, n: number, s: number): number {
  if (n <= 1) return 0;
  const u = random.float();
  const x = s === 1 ? Math.exp(u * Math.log(n + 1)) : (((n + 1) ** (1 - s) - 1) * u + 1) ** (1 / (1 - s));
  return Math.min(n - 1, Math.max(0, Math.floor(x) - 1));
}

/** A fixed permutation of 0..n-1, so the hubs (low ranks) are scattered over a pool instead of being its first ids. */
export class Scatter {
  readonly #n: number;
  readonly #step: number;
  readonly #offset: number;

  constructor(n: number, salt: number) {
    this.#n = Math.max(1, n);
    let step = (2654435761 + salt * 40503) % this.#n || 1;
    while (gcd(step, this.#n) !== 1) step = (step + 1) % this.#n || 1;
    this.#step = step;
    this.#offset = (salt * 7919) % this.#n;
  }

  /** rank * step stays below 2^53 for pools of up to 90 million. */
  map(rank: number): number {
    return (rank * this.#step + this.#offset) % this.#n;
  }
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}
