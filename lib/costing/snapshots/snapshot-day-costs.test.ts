import { describe, expect, it } from "vitest";
import { computeSnapshotDayFacts } from ".";
import { content, costingInput, dailyChain, GIB, GiB, totalCost, utc } from "./snapshot-test-helpers";

// The chain: 30 daily snapshots (Oct 2 … Oct 31, 2026, 00:00 UTC) of a 500 GiB gp3 volume in
// us-east-1 with 500 GiB used, 5 %/day change rate (the default), EBS snapshot standard tier at
// $0.05 per GB-month (AWS's "GB" is GiB; bundled catalog, EBS:SnapshotUsage).
//   first snapshot: the used bytes            = 500 GiB
//   each later one: 0.05 × 500 GiB × 1 day    =  25 GiB
//   whole chain:    500 + 29 × 25             = 1,225 GiB
// November has 30 days = 720 h, and AWS prorates GB-months against the calendar month's hours:
//   November bill: 1,225 GiB × $0.05 × 720/720 = $61.25 (500 × 0.05 = $25.00 + 29 × 25 × 0.05 = $36.25)
//   one day (Nov 15, 24 h): 1,225 × $0.05 × 24/720 = $2.041666… → $2.04
//   of which the first snapshot 500 × 0.05 × 24/720 = $0.8333… and each delta 25 × 0.05 × 24/720 = $0.041666…
describe("snapshotDayCosts: a 30-day daily chain on EBS", () => {
  const input = costingInput(dailyChain(30));

  it("bills the first snapshot at the used bytes and each later one at 5 % of them", () => {
    const facts = computeSnapshotDayFacts(input, { from: "2026-11-15", to: "2026-11-15" });
    expect(facts).toHaveLength(30);
    const [first, second] = facts.sort((a, b) => a.resourceUid.localeCompare(b.resourceUid));
    expect(GiB(first?.detail.storedBytes as string).toFixed()).toBe("500");
    expect(first?.detail.model).toBe("used-bytes");
    expect(GiB(second?.detail.storedBytes as string).toFixed()).toBe("25");
    expect(second?.detail).toMatchObject({ model: "change-rate", changeRate: "0.05", chainPosition: 2 });
    expect(first?.cost?.toFixed(4)).toBe("0.8333");
    expect(second?.cost?.toFixed(6)).toBe("0.041667");
    expect(facts.every((f) => f.status === "estimated" && f.unit === "GiB_month")).toBe(true);
    expect(facts.every((f) => f.unitPrice?.toFixed() === "0.05" && f.hours.toFixed() === "24")).toBe(true);
  });

  it("costs $2.04 on one day and $61.25 for the month of November", () => {
    const day = computeSnapshotDayFacts(input, { from: "2026-11-15", to: "2026-11-15" });
    expect(totalCost(day).toFixed(2)).toBe("2.04");
    const month = computeSnapshotDayFacts(input, { from: "2026-11-01", to: "2026-11-30" });
    expect(month).toHaveLength(30 * 30);
    expect(totalCost(month).toFixed(2)).toBe("61.25");
  });

  // Snapshot 10 reports 40 GiB (provider): 500 + 28 × 25 + 40 = 1,240 GiB.
  //   November: 1,240 × $0.05 = $62.00; Nov 15: 1,240 × 0.05 × 24/720 = $2.0666… → $2.07
  //   snapshot 10 alone on Nov 15: 40 × 0.05 × 24/720 = $0.0666… → $0.07, status priced.
  it("uses a provider-reported size over the model", () => {
    const contents = dailyChain(30).map((c) =>
      c.uid === "s10" ? { ...c, storedBytes: 40n * GIB, storedBytesSource: "provider" } : c,
    );
    const reported = costingInput(contents);
    const day = computeSnapshotDayFacts(reported, { from: "2026-11-15", to: "2026-11-15" });
    const tenth = day.find((f) => f.resourceUid === "s10");
    expect(tenth).toMatchObject({ status: "priced", reason: null });
    expect(tenth?.detail.model).toBe("provider");
    expect(tenth?.cost?.toFixed(2)).toBe("0.07");
    expect(totalCost(day).toFixed(2)).toBe("2.07");
    const month = computeSnapshotDayFacts(reported, { from: "2026-11-01", to: "2026-11-30" });
    expect(totalCost(month).toFixed(2)).toBe("62.00");
  });

  // October has 744 h. On Oct 31 snapshot 30 exists from 00:00, so all 1,225 GiB for 24 h:
  // 1,225 × 0.05 × 24/744 = $1.9758… → $1.98.
  it("prorates against the hours of the calendar month (AWS)", () => {
    const day = computeSnapshotDayFacts(input, { from: "2026-10-31", to: "2026-10-31" });
    expect(totalCost(day).toFixed(2)).toBe("1.98");
  });

  // now = Nov 15 06:00: 6 h of the day so far: 1,225 × 0.05 × 6/720 = $0.5104… → $0.51.
  it("stops at now", () => {
    const day = computeSnapshotDayFacts(input, { from: "2026-11-15", to: "2026-11-15", now: utc(11, 15, 6) });
    expect(day.every((f) => f.hours.toFixed() === "6")).toBe(true);
    expect(totalCost(day).toFixed(2)).toBe("0.51");
  });
});

describe("snapshotDayCosts: merges when a snapshot in the middle is deleted", () => {
  // Three daily snapshots (500, 25, 25 GiB). Snapshot 2 is deleted on Nov 10 at 12:00: its 25 GiB
  // move into snapshot 3, which holds 50 GiB from then on.
  //   Nov 10, snapshot 3: (25 GiB × 12 h + 50 GiB × 12 h) × $0.05 / 720 h = $0.0625; 37.5 GiB on average
  //   Nov 10, snapshot 2: 25 GiB × 12 h × 0.05 / 720 = $0.0208333…
  const contents = dailyChain(3).map((c) => (c.uid === "s02" ? { ...c, deletedAt: utc(11, 10, 12) } : c));
  const facts = computeSnapshotDayFacts(costingInput(contents), { from: "2026-11-10", to: "2026-11-11" });

  it("adds the deleted snapshot's bytes to the next one from that moment", () => {
    const third = facts.find((f) => f.resourceUid === "s03" && f.day === "2026-11-10");
    expect(third?.cost?.toFixed(4)).toBe("0.0625");
    expect(third?.quantity.toFixed()).toBe("37.5");
    expect(third?.detail.mergedFrom).toEqual(["s02"]);
    const second = facts.find((f) => f.resourceUid === "s02" && f.day === "2026-11-10");
    expect(second?.hours.toFixed()).toBe("12");
    expect(second?.cost?.toFixed(6)).toBe("0.020833");
    expect(facts.some((f) => f.resourceUid === "s02" && f.day === "2026-11-11")).toBe(false);
    expect(facts.find((f) => f.resourceUid === "s03" && f.day === "2026-11-11")?.quantity.toFixed()).toBe(
      "50",
    );
  });
});

describe("snapshotDayCosts: billed size", () => {
  // A 1,000 GiB volume with 200 GiB used: the first snapshot bills 200 GiB, not restoreSize.
  it("never bills restoreSize when the used bytes are known", () => {
    const first = content("a", { creationTime: utc(11, 1), restoreSizeBytes: 1000n * GIB });
    const input = costingInput([first]);
    input.usedBytesSamples = [
      { namespace: "ml", claim: "data", at: utc(10, 31, 20), bytes: Number(200n * GIB) },
    ];
    const [fact] = computeSnapshotDayFacts(input, { from: "2026-11-02", to: "2026-11-02" });
    expect(fact?.quantity.toFixed()).toBe("200");
    expect(fact?.detail).toMatchObject({ model: "used-bytes", restoreSizeBytes: (1000n * GIB).toString() });
    // 200 GiB × $0.05 × 24/720 = $0.3333…
    expect(fact?.cost?.toFixed(4)).toBe("0.3333");
  });

  it("falls back to restoreSize as an upper bound, and says so", () => {
    const first = content("a", { creationTime: utc(11, 1), restoreSizeBytes: 1000n * GIB });
    // The only sample is 8 days old: outside the 7-day window.
    const input = costingInput([first], {
      usedBytesSamples: [{ namespace: "ml", claim: "data", at: utc(10, 24), bytes: Number(200n * GIB) }],
    });
    const [fact] = computeSnapshotDayFacts(input, { from: "2026-11-02", to: "2026-11-02" });
    expect(fact?.quantity.toFixed()).toBe("1000");
    expect(fact?.status).toBe("estimated");
    expect(fact?.reason).toContain("upper bound");
  });

  it("is unpriced, never $0, when nothing sizes the snapshot", () => {
    const first = content("a", { creationTime: utc(11, 1), restoreSizeBytes: null });
    const [fact] = computeSnapshotDayFacts(costingInput([first], { usedBytesSamples: [] }), {
      from: "2026-11-02",
      to: "2026-11-02",
    });
    expect(fact).toMatchObject({ status: "unpriced", cost: null });
    expect(fact?.reason).toContain("billed size unknown");
  });
});
