import { describe, expect, it } from "vitest";
import { counterIncrements } from "./counter-increments";

describe("counterIncrements", () => {
  it("counts what a running total added between readings, in time order", () => {
    const increments = counterIncrements([
      { at: 2000, value: 150n },
      { at: 1000, value: 100n },
    ]);
    expect(increments).toEqual([{ start: 1000, end: 2000, amount: 50n, reset: false }]);
  });

  it("after a reset counts the new value, since the counter restarted from zero", () => {
    const increments = counterIncrements([
      { at: 0, value: 900n },
      { at: 10, value: 1000n },
      { at: 20, value: 30n },
      { at: 30, value: 80n },
    ]);
    expect(increments.map((i) => [i.amount, i.reset])).toEqual([
      [100n, false],
      [30n, true],
      [50n, false],
    ]);
  });

  it("counts nothing from one reading, and keeps counters beyond 2^53 exact", () => {
    expect(counterIncrements([{ at: 0, value: 5n }])).toEqual([]);
    const big = 2n ** 60n;
    expect(
      counterIncrements([
        { at: 0, value: big },
        { at: 1, value: big + 3n },
      ])[0]?.amount,
    ).toBe(3n);
  });
});
