import { describe, expect, it } from "vitest";
import {
  DIGEST_CATCH_UP_PERIODS,
  dueDigestPeriods,
  isPeriodStart,
  lastCompletePeriod,
  periodStartingOn,
  scheduledDigestPeriods,
} from "./digest-period";
import { localDay, zonedInstant } from "./time-zone";

const at = (iso: string) => new Date(iso);
const spans = (periods: { start: string; end: string }[]) => periods.map((p) => `${p.start}..${p.end}`);

describe("dueDigestPeriods", () => {
  it("makes a weekly digest due on Monday 08:00 local for the previous ISO week (Berlin, UTC+1 in November)", () => {
    const due = dueDigestPeriods({
      cadence: "weekly",
      timeZone: "Europe/Berlin",
      since: at("2026-11-20T00:00:00Z"),
      now: at("2026-11-23T07:30:00Z"),
    });
    expect(spans(due)).toEqual(["2026-11-16..2026-11-22"]);
    expect(due[0]?.dueAt.toISOString()).toBe("2026-11-23T07:00:00.000Z");
  });

  it("has nothing due at 07:30 local on that Monday", () => {
    const due = dueDigestPeriods({
      cadence: "weekly",
      timeZone: "Europe/Berlin",
      since: at("2026-11-20T00:00:00Z"),
      now: at("2026-11-23T06:30:00Z"),
    });
    expect(due).toEqual([]);
  });

  it("follows New York across the end of DST: 08:00 EDT is 12:00 UTC, 08:00 EST is 13:00 UTC", () => {
    const due = dueDigestPeriods({
      cadence: "weekly",
      timeZone: "America/New_York",
      since: at("2026-10-20T00:00:00Z"),
      now: at("2026-11-02T13:00:00Z"),
    });
    expect(spans(due)).toEqual(["2026-10-19..2026-10-25", "2026-10-26..2026-11-01"]);
    expect(due.map((p) => p.dueAt.toISOString())).toEqual([
      "2026-10-26T12:00:00.000Z",
      "2026-11-02T13:00:00.000Z",
    ]);
  });

  it("makes a monthly digest due on the 1st 08:00 local, which in Tokyo is the 31st 23:00 UTC", () => {
    const due = dueDigestPeriods({
      cadence: "monthly",
      timeZone: "Asia/Tokyo",
      since: at("2026-10-15T00:00:00Z"),
      now: at("2026-10-31T23:00:00Z"),
    });
    expect(spans(due)).toEqual(["2026-10-01..2026-10-31"]);
    expect(due[0]?.dueAt.toISOString()).toBe("2026-10-31T23:00:00.000Z");
  });

  it("sends nothing for periods due before the subscription existed", () => {
    const due = dueDigestPeriods({
      cadence: "monthly",
      timeZone: "UTC",
      since: at("2026-11-01T08:00:00Z"),
      now: at("2026-11-21T12:00:00Z"),
    });
    expect(due).toEqual([]);
  });

  it("catches up after downtime, oldest first, at most the newest DIGEST_CATCH_UP_PERIODS periods", () => {
    const due = dueDigestPeriods({
      cadence: "weekly",
      timeZone: "UTC",
      since: at("2026-01-01T00:00:00Z"),
      now: at("2026-11-21T12:00:00Z"),
    });
    expect(DIGEST_CATCH_UP_PERIODS).toBe(6);
    expect(due).toHaveLength(6);
    expect(spans(due)[0]).toBe("2026-10-05..2026-10-11");
    expect(spans(due)[5]).toBe("2026-11-09..2026-11-15");
  });
});

describe("periods", () => {
  it("the last complete month on March 1st is February, 28 days in 2026", () => {
    const period = lastCompletePeriod("monthly", "UTC", at("2026-03-01T00:00:00Z"));
    expect(`${period.start}..${period.end}`).toBe("2026-02-01..2026-02-28");
  });

  it("the last complete week is read in local time: Sunday 23:30 UTC is already Monday in Berlin", () => {
    const period = lastCompletePeriod("weekly", "Europe/Berlin", at("2026-11-22T23:30:00Z"));
    expect(`${period.start}..${period.end}`).toBe("2026-11-16..2026-11-22");
  });

  it("a period starting on a given 1st or Monday", () => {
    expect(spans([periodStartingOn("monthly", "2026-02-01", "UTC")])).toEqual(["2026-02-01..2026-02-28"]);
    expect(spans([periodStartingOn("weekly", "2026-12-28", "UTC")])).toEqual(["2026-12-28..2027-01-03"]);
    expect(isPeriodStart("weekly", "2026-11-16")).toBe(true);
    expect(isPeriodStart("weekly", "2026-11-17")).toBe(false);
    expect(isPeriodStart("monthly", "2026-11-02")).toBe(false);
  });
});

describe("time zones", () => {
  it("08:00 in Berlin on the day DST starts (2026-03-29) is 06:00 UTC", () => {
    expect(zonedInstant("2026-03-29", 8, "Europe/Berlin").toISOString()).toBe("2026-03-29T06:00:00.000Z");
    expect(zonedInstant("2026-03-28", 8, "Europe/Berlin").toISOString()).toBe("2026-03-28T07:00:00.000Z");
  });

  it("the local day of an instant", () => {
    expect(localDay(at("2026-11-22T23:30:00Z"), "Europe/Berlin")).toBe("2026-11-23");
    expect(localDay(at("2026-11-22T23:30:00Z"), "America/Los_Angeles")).toBe("2026-11-22");
  });
});

describe("scheduledDigestPeriods", () => {
  it("after nine missed weeks sends the newest six and names the three older ones as skipped", () => {
    // UTC weekly, schedule from 2026-09-01; now Monday 2026-11-02 09:00: due on the Mondays
    // 2026-09-07 .. 2026-11-02, nine weeks (2026-08-31 .. 2026-10-26 start them).
    const { due, skipped } = scheduledDigestPeriods({
      cadence: "weekly",
      timeZone: "UTC",
      since: at("2026-09-01T00:00:00Z"),
      now: at("2026-11-02T09:00:00Z"),
    });
    expect(spans(skipped)).toEqual([
      "2026-08-31..2026-09-06",
      "2026-09-07..2026-09-13",
      "2026-09-14..2026-09-20",
    ]);
    expect(spans(due)).toEqual([
      "2026-09-21..2026-09-27",
      "2026-09-28..2026-10-04",
      "2026-10-05..2026-10-11",
      "2026-10-12..2026-10-18",
      "2026-10-19..2026-10-25",
      "2026-10-26..2026-11-01",
    ]);
    expect(due).toEqual(
      dueDigestPeriods({
        cadence: "weekly",
        timeZone: "UTC",
        since: at("2026-09-01T00:00:00Z"),
        now: at("2026-11-02T09:00:00Z"),
      }),
    );
  });
});
