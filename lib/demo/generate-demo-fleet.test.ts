import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ANCHOR_MS, DAY, demoFleet, ms, NOW } from "./demo-fleet-fixture";
import { generateDemoFleet } from "./generate-demo-fleet";

/** Dates become offsets from the anchor; snapshot names lose their YYYYMMDDHHMM stamp. */
function relativeTo(anchorMs: number, value: unknown): unknown {
  if (value instanceof Date) return value.getTime() - anchorMs;
  if (typeof value === "string") return value.replace(/-\d{12}$/, "-<stamp>");
  if (Array.isArray(value)) return value.map((item) => relativeTo(anchorMs, item));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, relativeTo(anchorMs, v)]));
  }
  return value;
}

/** Math.min without spreading ~100k arguments onto the stack. */
const earliest = (values: number[]) =>
  values.reduce((min, value) => Math.min(min, value), Number.POSITIVE_INFINITY);

{
  // The generator's own run time, printed for whoever runs the tests; nothing asserts on it.
  const started = performance.now();
  generateDemoFleet({ now: NOW });
  console.info(`generateDemoFleet: ${(performance.now() - started).toFixed(0)} ms`);
}

describe("generateDemoFleet", () => {
  it("returns identical rows for the same now", () => {
    expect(generateDemoFleet({ now: NOW })).toStrictEqual(generateDemoFleet({ now: NOW }));
  });

  it("returns identical rows for any instant of the same UTC day", () => {
    const midnight = generateDemoFleet({ now: new Date(ANCHOR_MS) });
    const lastMillisecond = generateDemoFleet({ now: new Date(ANCHOR_MS + DAY - 1) });
    expect(lastMillisecond).toStrictEqual(midnight);
  });

  it("shifts every date with now and keeps everything else, ids included", () => {
    // A whole number of weeks: disk activity follows the weekday.
    const shift = 5 * 7 * DAY;
    const later = generateDemoFleet({ now: new Date(ANCHOR_MS + shift) });
    expect(later.pods[0]?.uid).toBe(demoFleet().pods[0]?.uid);
    expect(ms(later.observations[0]?.observedAt) - ms(demoFleet().observations[0]?.observedAt)).toBe(shift);
    expect(relativeTo(ANCHOR_MS + shift, later)).toStrictEqual(relativeTo(ANCHOR_MS, demoFleet()));
  });

  it("moves the history with now", () => {
    const earlier = generateDemoFleet({ now: new Date(ANCHOR_MS - 3 * DAY) });
    expect(ms(earlier.observations[0]?.observedAt)).toBe(ANCHOR_MS - 3 * DAY);
    expect(earliest(earlier.metricSamples.map((sample) => ms(sample.at)))).toBe(ANCHOR_MS - 93 * DAY);
  });

  it("anchors the observation at 00:00 UTC of now's day", () => {
    for (const observation of demoFleet().observations) {
      expect(ms(observation.observedAt)).toBe(ANCHOR_MS);
      expect(observation.status).toBe("completed");
      expect(observation.source).toBe("demo");
    }
  });

  it("keeps metric history inside the 90 days before the anchor, starting on the first day", () => {
    const times = demoFleet().metricSamples.map((sample) => ms(sample.at));
    expect(earliest(times)).toBe(ANCHOR_MS - 90 * DAY);
    expect(-earliest(times.map((time) => -time))).toBeLessThanOrEqual(ANCHOR_MS);
  });

  it("stays under 120,000 metric samples", () => {
    expect(demoFleet().metricSamples.length).toBeLessThan(120_000);
  });

  it("rejects an invalid now", () => {
    expect(() => generateDemoFleet({ now: new Date(Number.NaN) })).toThrow(/valid date/);
  });

  it("reads no clock and no global randomness in its source", () => {
    const dir = import.meta.dirname;
    const sources = readdirSync(dir).filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"));
    expect(sources.length).toBeGreaterThan(10);
    for (const file of sources) {
      const text = readFileSync(path.join(dir, file), "utf8");
      expect(text, file).not.toMatch(/Date\.now\(|new Date\(\)|Math\.random\(|performance\.now\(/);
      expect(text, file).not.toMatch(/from "node:(fs|net|http|https|child_process)"/);
    }
  });
});
