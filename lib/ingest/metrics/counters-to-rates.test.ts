import { describe, expect, it } from "vitest";
import { CounterRates, rawSeriesKey } from "./counters-to-rates";

const T0 = Date.UTC(2026, 2, 1);
const s = (seconds: number) => T0 + seconds * 1000;

describe("CounterRates", () => {
  it("takes the first sample as the baseline, then the increase per second", () => {
    const rates = new CounterRates();
    expect(rates.next("a", s(0), 100)).toEqual({ kind: "baseline" });
    expect(rates.next("a", s(15), 400)).toEqual({ kind: "rate", value: 20 });
    expect(rates.next("a", s(45), 400)).toEqual({ kind: "rate", value: 0 });
  });

  it("treats a decrease as a reset: the new value counted since the reset", () => {
    const rates = new CounterRates();
    rates.next("a", s(0), 1000);
    expect(rates.next("a", s(10), 50)).toEqual({ kind: "rate", value: 5 });
    expect(rates.next("a", s(20), 150)).toEqual({ kind: "rate", value: 10 });
  });

  it("keeps series apart", () => {
    const rates = new CounterRates();
    rates.next("a", s(0), 0);
    expect(rates.next("b", s(10), 500)).toEqual({ kind: "baseline" });
    expect(rates.next("a", s(10), 30)).toEqual({ kind: "rate", value: 3 });
  });

  it("drops a repeat at the same time and refuses a sample before the previous one", () => {
    const rates = new CounterRates();
    rates.next("a", s(10), 100);
    expect(rates.next("a", s(10), 100)).toEqual({ kind: "repeat" });
    expect(rates.next("a", s(5), 90)).toEqual({ kind: "out-of-order", previousAtMs: s(10) });
    // The refused sample does not move the baseline.
    expect(rates.next("a", s(20), 200)).toEqual({ kind: "rate", value: 10 });
  });

  it("averages over a gap", () => {
    const rates = new CounterRates();
    rates.next("a", s(0), 0);
    expect(rates.next("a", s(3600), 7200)).toEqual({ kind: "rate", value: 2 });
  });
});

describe("rawSeriesKey", () => {
  it("depends on every label and not on their order", () => {
    expect(rawSeriesKey("m", { a: "1", b: "2" })).toBe(rawSeriesKey("m", { b: "2", a: "1" }));
    expect(rawSeriesKey("m", { a: "1" })).not.toBe(rawSeriesKey("m", { a: "1", b: "" }));
    expect(rawSeriesKey("m", { a: "1" })).not.toBe(rawSeriesKey("n", { a: "1" }));
  });
});
