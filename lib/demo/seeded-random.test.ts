import { describe, expect, it } from "vitest";
import { createSeededRandom, hashString } from "./seeded-random";

const draws = (seed: string, n: number) => {
  const random = createSeededRandom(seed);
  return Array.from({ length: n }, () => random.next());
};

describe("createSeededRandom", () => {
  it("repeats its sequence for the same seed", () => {
    expect(draws("acme", 50)).toEqual(draws("acme", 50));
  });

  it("gives a different sequence for a different seed", () => {
    expect(draws("acme", 5)).not.toEqual(draws("acme ", 5));
  });

  it("stays in [0, 1) and spreads over the interval", () => {
    const values = draws("spread", 10_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
    expect(mean).toBeCloseTo(0.5, 1);
  });

  it("draws integers with both bounds reachable", () => {
    const random = createSeededRandom("dice");
    const seen = new Set(Array.from({ length: 500 }, () => random.int(1, 6)));
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("forks independent generators: draws on the parent do not move a fork", () => {
    const a = createSeededRandom("root");
    const b = createSeededRandom("root");
    b.next();
    b.next();
    expect(a.fork("x").next()).toBe(b.fork("x").next());
    expect(a.fork("x").next()).not.toBe(a.fork("y").next());
  });

  it("refuses to pick from an empty list", () => {
    expect(() => createSeededRandom("empty").pick([])).toThrow(/empty/);
  });

  it("hashes strings with 32-bit FNV-1a", () => {
    expect(hashString("")).toBe(0x811c9dc5);
    expect(hashString("a")).toBe(0xe40c292c);
  });
});
