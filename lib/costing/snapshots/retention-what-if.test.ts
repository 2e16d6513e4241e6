import { describe, expect, it } from "vitest";
import { sizeSnapshotChains } from ".";
import { priceSnapshot } from "./price-snapshot";
import { retentionWhatIf } from "./retention-what-if";
import { CLUSTER, catalog, costingInput, dailyChain, GiB, utc } from "./snapshot-test-helpers";

// The 30-day daily chain of a 500 GiB volume (500 GiB used, 5 %/day) at EBS's $0.05/GB-month:
//   now:            500 + 29 × 25 = 1,225 GiB → $61.25/month
//   keep the last 7: snapshots 1–23 go. Naively that frees 500 + 22 × 25 = 1,050 GiB ($52.50).
//   But their blocks move into snapshot 24, the oldest kept: 25 + 1,050 = 1,075 GiB, capped at a
//   full copy of the volume, 500 GiB. Under the policy: 500 + 6 × 25 = 650 GiB → $32.50/month.
//   Real savings: 1,225 − 650 = 575 GiB → $28.75/month, not $52.50.
describe("retentionWhatIf", () => {
  const input = costingInput(dailyChain(30));
  const { chains, sizes } = sizeSnapshotChains(input);
  const chain = chains[0];
  if (!chain) throw new Error("no chain");
  const price = (component: "snapshot_standard" | "snapshot_archive") =>
    priceSnapshot({
      product: {
        kind: "product",
        provider: "aws",
        region: "us-east-1",
        product: "ebs-snapshot",
        label: "EBS",
      },
      component,
      clusterId: CLUSTER,
      storageClassName: "gp3",
      day: "2026-11-01",
      pricing: { catalog, overrides: [], exchangeRates: [], displayCurrency: "USD" },
    });
  const now = utc(11, 1);
  const whatIf = (policy: { keepLast?: number; keepYoungerThanDays?: number }) =>
    retentionWhatIf({ chain, sizes, policy, now, prices: { standard: price("snapshot_standard") } });

  it("keeps the last 7 and saves less than the deleted snapshots' sizes", () => {
    const result = whatIf({ keepLast: 7 });
    expect(result.kept).toEqual(["s24", "s25", "s26", "s27", "s28", "s29", "s30"]);
    expect(result.deleted).toHaveLength(23);
    expect(GiB(result.current.storedBytes?.toFixed() ?? null).toFixed()).toBe("1225");
    expect(result.current.monthlyCost?.toFixed(2)).toBe("61.25");
    expect(GiB(result.underPolicy.storedBytes?.toFixed() ?? null).toFixed()).toBe("650");
    expect(result.underPolicy.monthlyCost?.toFixed(2)).toBe("32.50");
    expect(result.savings.monthlyCost?.toFixed(2)).toBe("28.75");
    expect(result.naiveSavings.monthlyCost?.toFixed(2)).toBe("52.50");
    expect(result.note).toContain("smaller than the deleted snapshots' sizes added up");
  });

  // Younger than 10 days at Nov 1 00:00: Oct 23 … Oct 31 (9 snapshots); the union with the last 3
  // adds nothing. Snapshot 22 (Oct 23) becomes a full copy: 500 + 8 × 25 = 700 GiB → $35.00/month.
  it("keeps what either rule keeps", () => {
    const result = whatIf({ keepLast: 3, keepYoungerThanDays: 10 });
    expect(result.kept).toHaveLength(9);
    expect(result.kept[0]).toBe("s22");
    expect(result.underPolicy.monthlyCost?.toFixed(2)).toBe("35.00");
  });

  it("keeps everything with no rule", () => {
    const result = whatIf({});
    expect(result.deleted).toEqual([]);
    expect(result.savings.monthlyCost?.toFixed(2)).toBe("0.00");
  });
});
