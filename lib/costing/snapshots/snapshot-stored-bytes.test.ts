import { describe, expect, it } from "vitest";
import { buildSnapshotChains } from "./build-snapshot-chains";
import { changeRateFor, parseChangeRateSettings } from "./change-rate";
import { bytesAt, snapshotStoredBytes } from "./snapshot-stored-bytes";
import { content, costingInput, dailyChain, GIB, GiB, utc } from "./snapshot-test-helpers";
import type { SnapshotCostingInput } from "./types";
import { indexUsedBytes } from "./used-bytes-at";

function sizes(input: SnapshotCostingInput) {
  const [chain] = buildSnapshotChains(input);
  if (!chain) throw new Error("no chain");
  return snapshotStoredBytes(chain, {
    usedBytes: indexUsedBytes(input.usedBytesSamples),
    changeRates: input.changeRates,
  });
}
const gibOf = (size: { timeline: { bytes: unknown }[] } | undefined) =>
  GiB(size?.timeline[0]?.bytes?.toString() ?? null).toFixed();

describe("change-rate settings", () => {
  const settings = parseChangeRateSettings({
    default: "0.02",
    byStorageClass: { gp3: "0.10" },
    byNamespace: { ml: "0.30" },
  });

  it("prefers the namespace, then the StorageClass, then the default", () => {
    expect(changeRateFor(settings, { namespace: "ml", storageClassName: "gp3" })).toMatchObject({
      source: "namespace:ml",
    });
    expect(changeRateFor(settings, { namespace: "web", storageClassName: "gp3" }).rate.toFixed()).toBe("0.1");
    expect(changeRateFor(settings, { namespace: "web", storageClassName: "io2" }).rate.toFixed()).toBe(
      "0.02",
    );
  });

  it("falls back to 5 %/day, with the problem, when the setting is invalid", () => {
    const bad = parseChangeRateSettings({ default: "5%" });
    expect(bad.default.toFixed()).toBe("0.05");
    expect(bad.problems[0]).toContain("costs.snapshotChangeRates ignored");
    expect(parseChangeRateSettings({ default: "1.5" }).problems).toHaveLength(1);
  });
});

describe("snapshotStoredBytes", () => {
  // 20 %/day for namespace ml: 0.2 × 500 GiB × 1 day = 100 GiB.
  it("applies the namespace's change rate", () => {
    const input = costingInput(dailyChain(2), {
      changeRates: parseChangeRateSettings({ byNamespace: { ml: "0.2" } }),
    });
    const second = sizes(input).get("s02");
    expect(gibOf(second)).toBe("100");
    expect(second).toMatchObject({ changeRate: "0.2", changeRateSource: "namespace:ml", previousUid: "s01" });
  });

  // Snapshots 3 days apart: 0.05 × 500 × 3 = 75 GiB; 30 days apart: 0.05 × 500 × 30 = 750, capped at 500.
  it("scales the delta with the days since the previous snapshot, capped at the used bytes", () => {
    const input = costingInput([
      content("a", { creationTime: utc(10, 1) }),
      content("b", { creationTime: utc(10, 4) }),
      content("c", { creationTime: utc(11, 3) }),
    ]);
    const result = sizes(input);
    expect(gibOf(result.get("b"))).toBe("75");
    expect(result.get("b")?.daysSincePrevious).toBe("3");
    expect(gibOf(result.get("c"))).toBe("500");
  });

  it("counts a delta from the last snapshot still alive when it was taken", () => {
    const input = costingInput([
      content("a", { creationTime: utc(10, 1) }),
      content("b", { creationTime: utc(10, 2), deletedAt: utc(10, 2, 12) }),
      content("c", { creationTime: utc(10, 3) }),
    ]);
    const c = sizes(input).get("c");
    expect(c?.previousUid).toBe("a");
    // 0.05 × 500 × 2 days = 50 GiB; b was gone before c existed, so nothing merges into c.
    expect(gibOf(c)).toBe("50");
    expect(c?.timeline).toHaveLength(1);
  });

  it("merges a deleted snapshot into the next one, capped at a full copy", () => {
    const input = costingInput([
      content("a", { creationTime: utc(10, 1), deletedAt: utc(10, 5) }),
      content("b", { creationTime: utc(10, 2) }),
    ]);
    const b = sizes(input).get("b");
    if (!b) throw new Error("no size");
    expect(GiB(bytesAt(b, utc(10, 4).getTime())?.toFixed() ?? null).toFixed()).toBe("25");
    // 25 + 500 = 525 GiB, but b now holds at most a full copy: 500 GiB.
    expect(GiB(bytesAt(b, utc(10, 5).getTime())?.toFixed() ?? null).toFixed()).toBe("500");
    expect(b.timeline.at(-1)?.mergedFrom).toEqual(["a"]);
  });

  it("leaves a provider size observed after the deletion alone: it already includes the move", () => {
    const input = costingInput([
      content("a", { creationTime: utc(10, 1), deletedAt: utc(10, 5) }),
      content("b", {
        creationTime: utc(10, 2),
        storedBytes: 30n * GIB,
        storedBytesSource: "provider",
        storedBytesObservedAt: utc(10, 6),
      }),
    ]);
    expect(sizes(input).get("b")?.timeline).toHaveLength(1);
  });

  it("prices a CBT-reported delta as reported", () => {
    const input = costingInput([
      content("a", { creationTime: utc(10, 1) }),
      content("b", {
        creationTime: utc(10, 2),
        storedBytes: 3n * GIB,
        storedBytesSource: "cbt",
        baseSnapshotHandle: "snap-a",
      }),
    ]);
    expect(sizes(input).get("b")).toMatchObject({ model: "cbt", status: "priced", reason: null });
  });
});
