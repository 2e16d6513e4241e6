import { describe, expect, it } from "vitest";
import { setUpTestDatabase } from "../../testing/test-database";
import { getChainRetentionWhatIf } from "./get-chain-retention-what-if";
import { getClusterRetentionWhatIf } from "./get-cluster-retention-what-if";
import { CHAIN_ID, GiB, NOW, ORPHAN_CHAIN_ID, seedSnapshotChains } from "./snapshot-chains-test-seed";

const { db } = setUpTestDatabase();

const money = (value: string | null) => (value === null ? null : Number(value).toFixed(2));

// The numbers of lib/costing/snapshots/retention-what-if.test.ts, now read from the database:
//   now:             500 + 29 × 25 = 1,225 GiB → $61.25/month
//   keep the last 7: s01–s23 go. Naively that frees 500 + 22 × 25 = 1,050 GiB ($52.50); but their
//   blocks move into s24, the oldest kept, capped at a full copy (500 GiB): 500 + 6 × 25 = 650 GiB
//   → $32.50/month. Real savings: 575 GiB → $28.75/month, not $52.50.
describe("retention what-if", () => {
  it("keeps the last 7 of a chain and saves less than the removed snapshots' sizes", async () => {
    await seedSnapshotChains(db);
    const result = await getChainRetentionWhatIf(db, {
      cluster: "prod",
      chainId: CHAIN_ID,
      policy: { keepLast: 7 },
      now: NOW,
    });
    expect([result.kept, result.removed]).toEqual([7, 23]);
    expect(result.snapshots.filter((s) => s.keep).map((s) => s.contentName)).toEqual([
      "content-s24",
      "content-s25",
      "content-s26",
      "content-s27",
      "content-s28",
      "content-s29",
      "content-s30",
    ]);
    expect([GiB(result.before.bytes), GiB(result.after.bytes), GiB(result.savings.bytes)]).toEqual([
      "1225",
      "650",
      "575",
    ]);
    expect([
      money(result.before.monthly),
      money(result.after.monthly),
      money(result.savings.monthly),
    ]).toEqual(["61.25", "32.50", "28.75"]);
    expect([GiB(result.naiveSavings.bytes), money(result.naiveSavings.monthly)]).toEqual(["1050", "52.50"]);
    expect(GiB(result.snapshots.find((s) => s.contentName === "content-s24")?.bytesUnderPolicy ?? null)).toBe(
      "500",
    );
    expect(result).toMatchObject({ currency: "USD", priceProblem: null, estimated: true });
    expect(result.note).toContain("smaller than the deleted snapshots' sizes added up");
  });

  // Younger than 10 days at Nov 1 00:00: Oct 23 … Oct 31 (9 snapshots); s22 becomes a full copy:
  // 500 + 8 × 25 = 700 GiB → $35.00/month.
  it("keeps what either rule keeps", async () => {
    await seedSnapshotChains(db);
    const result = await getChainRetentionWhatIf(db, {
      cluster: "prod",
      chainId: CHAIN_ID,
      policy: { keepLast: 3, keepYoungerThanDays: 10 },
      now: NOW,
    });
    expect(result.kept).toBe(9);
    expect(money(result.after.monthly)).toBe("35.00");
  });

  // The orphan (one 50 GiB snapshot, $2.50) is kept by keep-last-7: it adds to before and after.
  it("adds up a whole cluster, largest saving first", async () => {
    await seedSnapshotChains(db);
    const result = await getClusterRetentionWhatIf(db, {
      cluster: "prod",
      policy: { keepLast: 7 },
      page: 1,
      now: NOW,
    });
    expect(result.chains.map((c) => c.chainId)).toEqual([CHAIN_ID, ORPHAN_CHAIN_ID]);
    expect([
      money(result.before.monthly),
      money(result.after.monthly),
      money(result.savings.monthly),
    ]).toEqual(["63.75", "35.00", "28.75"]);
    expect([GiB(result.before.bytes), GiB(result.after.bytes)]).toEqual(["1275", "700"]);
    expect([result.kept, result.removed, result.unpricedChains, result.total]).toEqual([8, 23, 0, 2]);
    expect(result.chains[0]).toMatchObject({ claimNamespace: "ml", claimName: "data", removed: 23 });
  });
});
