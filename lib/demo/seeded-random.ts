/**
 * A small seeded pseudo-random generator for the demo fleet: mulberry32 over a 32-bit state,
 * seeded from a string with a 32-bit FNV-1a hash. Not for anything security-related; its only job is
 * to make the demo look varied while staying identical from run to run.
 */
export interface SeededRandom {
  /** The seed string this generator was created from (forks extend it). */
  readonly seed: string;
  /** A float in [0, 1). */
  next(): number;
  /** A float in [min, max). */
  float(min: number, max: number): number;
  /** An integer in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** A normally distributed value (Box-Muller), for noise around a level. */
  normal(mean: number, sd: number): number;
  /** `length` characters from `alphabet`. */
  chars(length: number, alphabet: string): string;
  /** An independent generator for a sub-concern: adding draws here never shifts the fork's sequence. */
  fork(label: string): SeededRandom;
}

/** 32-bit FNV-1a of a string; the seed of every generator. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function createSeededRandom(seed: string): SeededRandom {
  let state = hashString(seed);

  // mulberry32: one 32-bit state word, good enough equidistribution for demo data.
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  const random: SeededRandom = {
    seed,
    next,
    float: (min, max) => min + (max - min) * next(),
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error("pick() from an empty list");
      return items[Math.floor(next() * items.length)] as T;
    },
    normal: (mean, sd) => {
      // 1 - next() keeps the logarithm's argument in (0, 1].
      const u = 1 - next();
      const v = next();
      return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    chars: (length, alphabet) => {
      let out = "";
      for (let i = 0; i < length; i++) out += alphabet[Math.floor(next() * alphabet.length)];
      return out;
    },
    fork: (label) => createSeededRandom(`${seed}/${label}`),
  };
  return random;
}
