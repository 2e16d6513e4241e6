import { expect, it } from "vitest";
import { clockNow } from "./clock";

it("runs on the system clock unless TIERSCOPE_NOW fixes the time", () => {
  const before = Date.now();
  expect(clockNow({}).getTime()).toBeGreaterThanOrEqual(before);
  expect(clockNow({ TIERSCOPE_NOW: "2026-04-03T06:00:00Z" }).toISOString()).toBe("2026-04-03T06:00:00.000Z");
});

it("refuses a TIERSCOPE_NOW that is not an ISO time, naming it", () => {
  expect(() => clockNow({ TIERSCOPE_NOW: "tomorrow" })).toThrow(
    'Invalid environment variable TIERSCOPE_NOW: "tomorrow" is not an ISO time such as 2026-04-03T06:00:00Z',
  );
  expect(() => clockNow({ TIERSCOPE_NOW: "2026-13-45T00:00:00Z" })).toThrow("TIERSCOPE_NOW");
});
