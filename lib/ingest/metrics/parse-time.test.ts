import { describe, expect, it } from "vitest";
import { MS_PER_DAY } from "../../costing/day-window";
import { parseDuration, parseTimestamp, resolveTimeRange } from "./parse-time";

describe("parseTimestamp", () => {
  it.each([
    ["2026-03-01T12:00:00Z", Date.UTC(2026, 2, 1, 12)],
    ["2026-03-01T12:00:00.250Z", Date.UTC(2026, 2, 1, 12, 0, 0, 250)],
    ["2026-03-01T14:00:00+02:00", Date.UTC(2026, 2, 1, 12)],
    ["2026-03-01 12:00:00Z", Date.UTC(2026, 2, 1, 12)],
    ["1772366400", 1772366400000],
    ["1772366400.5", 1772366400500],
  ])("reads %s", (text, ms) => {
    expect(parseTimestamp(text)).toBe(ms);
  });

  it.each(["yesterday", "2026-03-01", "2026-03-01T12:00:00", "", "12:00"])("refuses %j", (text) => {
    expect(parseTimestamp(text)).toBeUndefined();
  });
});

describe("parseDuration", () => {
  it.each([
    ["30s", 30_000],
    ["5m", 300_000],
    ["1h30m", 5_400_000],
    ["500ms", 500],
    ["1d", MS_PER_DAY],
    ["60", 60_000],
    ["0.5", 500],
  ])("reads %s", (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(["5 minutes", "m5", "-1s", ""])("refuses %j", (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });
});

describe("resolveTimeRange", () => {
  const now = Date.UTC(2026, 2, 2);

  it("defaults to the 24 hours before now", () => {
    expect(resolveTimeRange({ nowMs: now })).toEqual({ startMs: now - MS_PER_DAY, endMs: now });
  });

  it("defaults --from to 24 hours before --to", () => {
    const to = Date.UTC(2026, 1, 10);
    expect(resolveTimeRange({ toMs: to, nowMs: now })).toEqual({ startMs: to - MS_PER_DAY, endMs: to });
  });

  it("refuses a range that ends before it starts", () => {
    expect(() => resolveTimeRange({ fromMs: now, toMs: now - 1, nowMs: now })).toThrow(
      "--from (2026-03-02T00:00:00.000Z) must be before --to",
    );
  });
});
