import { describe, expect, it } from "vitest";
import { decodeChainKey } from "../../costing/snapshots/snapshot-chain-key";
import { setUpTestDatabase } from "../../testing/test-database";
import { ClusterNotFoundError } from "../clusters/get-cluster-by-name-or-throw";
import { readSnapshotChains } from "./list-snapshot-chains";
import {
  CHAIN_ID,
  computeSnapshotFacts,
  GiB,
  NOW,
  ORPHAN_CHAIN_ID,
  seedSnapshot,
  seedSnapshotChains,
  utc,
} from "./snapshot-chains-test-seed";

const { db } = setUpTestDatabase();

const list = (over: Partial<Parameters<typeof readSnapshotChains>[1]> = {}) =>
  readSnapshotChains(db, { sort: "cost", page: 1, pageSize: 25, now: NOW, teamIds: null, ...over });

describe("listSnapshotChains", () => {
  // Facts of Oct 31, the last full day before NOW (October: 744 h, so a day is 24/744 of a month):
  //   the chain: 1,225 GiB × $0.05 × 24/744 a day, × 744/24 → $61.25/month, estimated (modelled sizes)
  //   the orphan: 50 GiB × $0.05 → $2.50/month, all of it unallocated
  it("lists each chain with its count, age span, billed GiB and run-rate, most expensive first", async () => {
    const clusterId = await seedSnapshotChains(db);
    await computeSnapshotFacts(db, clusterId, "2026-10-30", "2026-11-01");
    const result = await list();
    expect(result.items.map((c) => c.chainId)).toEqual([CHAIN_ID, ORPHAN_CHAIN_ID]);
    const [chain, orphan] = result.items;
    expect(chain).toMatchObject({
      clusterName: "prod",
      snapshotCount: 30,
      oldestAt: "2026-10-02T00:00:00.000Z",
      newestAt: "2026-10-31T00:00:00.000Z",
      unknownSizes: 0,
      sizesEstimated: true,
      source: {
        claimNamespace: "ml",
        claimName: "data",
        volumeName: "pv-data",
        volumeHandle: "vol-0abc",
        storageClassName: "gp3",
        preProvisioned: false,
      },
      flags: { retainedWithoutSnapshot: 0, sourceClaimGone: false, unallocated: false },
    });
    expect(GiB(chain?.billedBytes ?? null)).toBe("1225");
    expect(chain?.runRate).toMatchObject({ day: "2026-10-31", currency: "USD", status: "estimated" });
    expect(Number(chain?.runRate.monthly).toFixed(2)).toBe("61.25");
    expect(decodeChainKey(chain?.key ?? "")).toBe(CHAIN_ID);

    expect(GiB(orphan?.billedBytes ?? null)).toBe("50");
    expect(orphan?.flags).toEqual({
      retainedWithoutSnapshot: 1,
      withoutSnapshot: 1,
      sourceClaimGone: true,
      unallocated: true,
    });
    expect(Number(orphan?.runRate.monthly).toFixed(2)).toBe("2.50");
    expect(Number(orphan?.runRate.unallocatedMonthly).toFixed(2)).toBe("2.50");

    expect(result.totals).toMatchObject({ chains: 2, snapshots: 31, orphanedChains: 1, currency: "USD" });
    expect(Number(result.totals.monthlyRunRate).toFixed(2)).toBe("63.75");
    expect(result.filterOptions).toEqual({ clusters: ["prod"], namespaces: ["ml"] });
  });

  it("filters by flag and cluster, sorts by count and paginates on the server", async () => {
    const clusterId = await seedSnapshotChains(db);
    const other = await seedSnapshotChains(db, { name: "other" });
    await computeSnapshotFacts(db, clusterId, "2026-10-31", "2026-10-31");
    expect((await list({ cluster: "prod", flag: "orphaned" })).items.map((c) => c.chainId)).toEqual([
      ORPHAN_CHAIN_ID,
    ]);
    expect((await list({ cluster: "prod", flag: "retained" })).total).toBe(1);
    expect((await list({ cluster: "prod", flag: "source-gone" })).total).toBe(1);
    expect((await list({ cluster: "prod", namespace: "elsewhere" })).items).toEqual([]);

    const all = await list({ sort: "snapshots", pageSize: 1, page: 2 });
    expect(all.total).toBe(4);
    expect(all.items).toHaveLength(1);
    // Equal counts: the chain with a run-rate (prod's, whose facts exist) comes first.
    expect(all.items[0]).toMatchObject({ clusterName: "other", chainId: CHAIN_ID, runRate: { day: null } });
    expect(other).not.toBe(clusterId);
    await expect(list({ cluster: "nope" })).rejects.toBeInstanceOf(ClusterNotFoundError);
  });

  it("counts only snapshots alive now and leaves out chains with none", async () => {
    const clusterId = await seedSnapshotChains(db);
    await seedSnapshot(db, clusterId, "gone", utc(9, 5), { handle: "vol-old", deletedAt: utc(9, 6) });
    await db.volumeSnapshotContent.update({
      where: { clusterId_uid: { clusterId, uid: "vsc-s01" } },
      data: { deletedAt: utc(10, 20) },
    });
    const result = await list();
    expect(result.items.map((c) => c.chainId)).toEqual([CHAIN_ID, ORPHAN_CHAIN_ID]);
    expect(result.items[0]?.snapshotCount).toBe(29);
    // s01's 500 GiB moved into s02 when it was deleted: 500 + 28 × 25 = 1,200 GiB.
    expect(GiB(result.items[0]?.billedBytes ?? null)).toBe("1200");
    expect(result.items[0]?.runRate).toMatchObject({ day: null, monthly: null, status: null });
  });
});
