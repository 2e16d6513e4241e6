import { describe, expect, it } from "vitest";
import { setUpTestDatabase } from "../../testing/test-database";
import { ClusterNotFoundError } from "../clusters/get-cluster-by-name-or-throw";
import { readSnapshotChainOrThrow } from "./get-snapshot-chain-or-throw";
import { SnapshotChainNotFoundError } from "./snapshot-chain-not-found-error";
import {
  CHAIN_ID,
  computeSnapshotFacts,
  GiB,
  NOW,
  ORPHAN_CHAIN_ID,
  seedSnapshotChains,
  utc,
} from "./snapshot-chains-test-seed";

const { db } = setUpTestDatabase();

const detail = (chainId = CHAIN_ID, cluster = "prod") =>
  readSnapshotChainOrThrow(db, { cluster, chainId, page: 1, now: NOW, teamIds: null });

describe("getSnapshotChainOrThrow", () => {
  it("lists every snapshot in order with its billed size, its basis and restoreSize apart", async () => {
    const clusterId = await seedSnapshotChains(db);
    await computeSnapshotFacts(db, clusterId, "2026-10-31", "2026-10-31");
    const result = await detail();
    expect(result.chain).toMatchObject({ chainId: CHAIN_ID, snapshotCount: 30, sizesEstimated: true });
    expect(Number(result.chain.runRate.monthly).toFixed(2)).toBe("61.25");
    expect(result.price).toEqual({ unitPrice: "0.05", unit: "GiB_month", currency: "USD", problem: null });
    expect(result.total).toBe(30);
    expect(result.snapshots.map((s) => s.position)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));

    const [first, second] = result.snapshots;
    expect(first).toMatchObject({
      contentName: "content-s01",
      takenAt: "2026-10-02T00:00:00.000Z",
      volumeSnapshot: { namespace: "ml", name: "snap-s01", exists: true },
      basis: "estimated",
      model: "used-bytes",
      status: "estimated",
      deletedAt: null,
      unallocatedReason: null,
    });
    // restoreSize is the source's size (500 GiB) for every snapshot; the billed size is not.
    expect([GiB(first?.restoreSizeBytes ?? null), GiB(first?.billedBytes ?? null)]).toEqual(["500", "500"]);
    expect([GiB(second?.restoreSizeBytes ?? null), GiB(second?.billedBytes ?? null)]).toEqual(["500", "25"]);
    expect(second).toMatchObject({ model: "change-rate", changeRate: "0.05", changeRateSource: "default" });
    expect(second?.reason).toContain("5 %/day");
    // At $0.05/GiB-month: 500 GiB → $25.00, 25 GiB → $1.25.
    expect([Number(first?.monthlyCost).toFixed(2), Number(second?.monthlyCost).toFixed(2)]).toEqual([
      "25.00",
      "1.25",
    ]);
    expect(result.timeline).toHaveLength(30);
  });

  it("keeps a deleted snapshot on the timeline at its size, and the next one holds its blocks", async () => {
    const clusterId = await seedSnapshotChains(db);
    await db.volumeSnapshotContent.update({
      where: { clusterId_uid: { clusterId, uid: "vsc-s15" } },
      data: { deletedAt: utc(10, 20, 12) },
    });
    const result = await detail();
    expect(result.chain.snapshotCount).toBe(29);
    expect(result.total).toBe(30);
    const s15 = result.snapshots.find((s) => s.contentName === "content-s15");
    const s16 = result.snapshots.find((s) => s.contentName === "content-s16");
    expect(s15).toMatchObject({ deletedAt: "2026-10-20T12:00:00.000Z", monthlyCost: null });
    expect(GiB(s15?.billedBytes ?? null)).toBe("25");
    expect(GiB(s16?.billedBytes ?? null)).toBe("50");
    expect(s16?.mergedFrom).toBe(1);
    expect(GiB(result.chain.billedBytes)).toBe("1225");
  });

  it("says why a retained snapshot with no VolumeSnapshot has no owner", async () => {
    await seedSnapshotChains(db);
    const result = await detail(ORPHAN_CHAIN_ID);
    expect(result.chain.flags).toMatchObject({ retainedWithoutSnapshot: 1, sourceClaimGone: true });
    expect(result.snapshots[0]).toMatchObject({
      deletionPolicy: "Retain",
      model: "restore-size",
      volumeSnapshot: { exists: false },
    });
    expect(result.snapshots[0]?.unallocatedReason).toContain("was deleted (deletionPolicy Retain)");
  });

  it("throws for an unknown chain or cluster", async () => {
    await seedSnapshotChains(db);
    await expect(detail("volume:vol-nope")).rejects.toBeInstanceOf(SnapshotChainNotFoundError);
    await expect(detail(CHAIN_ID, "nope")).rejects.toBeInstanceOf(ClusterNotFoundError);
  });
});
