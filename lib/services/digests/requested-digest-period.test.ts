import { describe, expect, it } from "vitest";
import { DigestInputError } from "../../queries/digests/digest-errors";
import { requestedDigestPeriod } from "./requested-digest-period";

const weeklyBerlin = { cadence: "weekly" as const, timeZone: "Europe/Berlin" };

describe("requestedDigestPeriod", () => {
  it("refuses the week still running in the subscription's time zone", () => {
    // Sunday 2026-11-22 22:30 UTC is 23:30 in Berlin: the week 16..22 has not ended there yet.
    const now = new Date("2026-11-22T22:30:00Z");
    expect(() => requestedDigestPeriod(weeklyBerlin, { now, periodStart: "2026-11-16" })).toThrow(
      new DigestInputError(
        "periodStart: the weekly period 2026-11-16 to 2026-11-22 has not ended yet in Europe/Berlin",
      ),
    );
    expect(() => requestedDigestPeriod(weeklyBerlin, { now, periodStart: "2026-11-30" })).toThrow(
      DigestInputError,
    );
    // An hour later it is Monday in Berlin (still Sunday in New York).
    const later = new Date("2026-11-22T23:30:00Z");
    expect(requestedDigestPeriod(weeklyBerlin, { now: later, periodStart: "2026-11-16" }).end).toBe(
      "2026-11-22",
    );
    expect(() =>
      requestedDigestPeriod(
        { cadence: "weekly", timeZone: "America/New_York" },
        { now: later, periodStart: "2026-11-16" },
      ),
    ).toThrow(/has not ended yet in America\/New_York/);
  });

  it("refuses a month still running, and a day that starts no period", () => {
    const now = new Date("2026-11-30T12:00:00Z");
    const monthlyUtc = { cadence: "monthly" as const, timeZone: "UTC" };
    expect(() => requestedDigestPeriod(monthlyUtc, { now, periodStart: "2026-11-01" })).toThrow(
      "periodStart: the monthly period 2026-11-01 to 2026-11-30 has not ended yet in UTC",
    );
    expect(requestedDigestPeriod(monthlyUtc, { now, periodStart: "2026-10-01" }).end).toBe("2026-10-31");
    expect(() => requestedDigestPeriod(monthlyUtc, { now, periodStart: "2026-10-02" })).toThrow(
      "periodStart: 2026-10-02 is not the 1st of a month (a monthly period's first day)",
    );
  });
});
