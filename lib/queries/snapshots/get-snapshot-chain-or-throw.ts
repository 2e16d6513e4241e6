import { sizeSnapshotChains } from "../../costing/snapshots";
import type { SnapshotChain, SnapshotChainLink } from "../../costing/snapshots/build-snapshot-chains";
import {
  basisOf,
  bytesString,
  chainSizeNow,
  isLiveAt,
  type SizeBasis,
} from "../../costing/snapshots/chain-size-now";
import type { SnapshotPrice } from "../../costing/snapshots/price-snapshot";
import { snapshotAllocation } from "../../costing/snapshots/snapshot-allocation";
import { bytesAt, type SizeModel, type SnapshotSize } from "../../costing/snapshots/snapshot-stored-bytes";
import type { Db } from "../../db/prisma";
import type { Dec } from "../../pricing/decimal";
import { bytesToQuantity } from "../../pricing/units";
import { getClusterByNameOrThrow } from "../clusters/get-cluster-by-name-or-throw";
import type { TeamIds } from "../scope/team-scope-sql";
import { chainSnapshotPrices } from "./chain-snapshot-prices";
import { chainListItem, type SnapshotChainListItem } from "./list-snapshot-chains";
import { loadSnapshotChainsInput } from "./load-snapshot-chains-input";
import { SnapshotChainNotFoundError } from "./snapshot-chain-not-found-error";
import { type ChainViewRow, chainViewSql, chainViewWhere } from "./snapshot-chains-sql";

export const CHAIN_SNAPSHOTS_PAGE_SIZE = 100;

/** One mark of the chain's timeline: every snapshot, deleted ones with the size they had. */
export interface ChainTimelinePoint {
  uid: string;
  position: number;
  takenAt: string;
  deletedAt: string | null;
  /** Billed bytes now, or just before its deletion for a deleted snapshot; null: unknown. */
  billedBytes: string | null;
  basis: SizeBasis;
}

export interface ChainSnapshotRow extends ChainTimelinePoint {
  contentName: string;
  /** Its VolumeSnapshot (namespace/name), and whether it still exists. */
  volumeSnapshot: { namespace: string; name: string; exists: boolean } | null;
  deletionPolicy: "Delete" | "Retain";
  /** restoreSize: the source volume's size, never what is billed. */
  restoreSizeBytes: string | null;
  model: SizeModel;
  status: SnapshotSize["status"];
  /** Why the size is what it is (the estimate's model and inputs), as the cost facts say. */
  reason: string | null;
  changeRate: string | null;
  changeRateSource: string | null;
  /** Deleted snapshots whose blocks this one now holds. */
  mergedFrom: number;
  tier: SnapshotSize["tier"];
  /** The same cloud snapshot as another content, which is billed for it. */
  duplicateOf: string | null;
  /** At today's price; null for a deleted snapshot, an unknown size or an unknown price. */
  monthlyCost: string | null;
  /** Why nobody owns it now (no VolumeSnapshot, source PVC gone); null when allocated. */
  unallocatedReason: string | null;
}

export interface SnapshotChainDetail {
  chain: SnapshotChainListItem;
  asOf: string;
  price: {
    unitPrice: string | null;
    unit: string;
    currency: string | null;
    /** Why the snapshots cannot be priced today, when they cannot. */
    problem: string | null;
  };
  timeline: ChainTimelinePoint[];
  snapshots: ChainSnapshotRow[];
  /** Every snapshot of the chain ever taken, deleted ones included. */
  total: number;
  page: number;
  pageSize: number;
}

function timelinePoint(link: SnapshotChainLink, size: SnapshotSize, nowMs: number): ChainTimelinePoint {
  const deletedMs = link.content.deletedAt?.getTime() ?? null;
  const at = deletedMs !== null && deletedMs <= nowMs ? deletedMs - 1 : nowMs;
  return {
    uid: link.content.uid,
    position: link.position,
    takenAt: new Date(link.createdAtMs).toISOString(),
    deletedAt: deletedMs !== null && deletedMs <= nowMs ? new Date(deletedMs).toISOString() : null,
    billedBytes: link.duplicateOf ? "0" : bytesString(bytesAt(size, at)),
    basis: basisOf(size),
  };
}

function monthlyOf(bytes: Dec | null, price: SnapshotPrice): string | null {
  if (bytes === null || !price.ok) return null;
  return price.monthly(bytesToQuantity(bytes, price.unit))?.toDecimalPlaces(10).toFixed() ?? null;
}

function snapshotRow(
  chain: SnapshotChain,
  link: SnapshotChainLink,
  size: SnapshotSize,
  prices: { standard: SnapshotPrice; archive: SnapshotPrice },
  nowMs: number,
): ChainSnapshotRow {
  const point = timelinePoint(link, size, nowMs);
  const live = isLiveAt(link, nowMs);
  const step = size.timeline.filter((s) => s.fromMs <= nowMs).at(-1);
  const price = size.tier === "archive" ? prices.archive : prices.standard;
  const snapshot = link.snapshot;
  return {
    ...point,
    contentName: link.content.name,
    volumeSnapshot: snapshot
      ? {
          namespace: snapshot.namespace,
          name: snapshot.name,
          exists:
            snapshot.createdAt.getTime() <= nowMs && (snapshot.deletedAt?.getTime() ?? Infinity) > nowMs,
        }
      : null,
    deletionPolicy: link.content.deletionPolicy,
    restoreSizeBytes: link.content.restoreSizeBytes?.toString() ?? null,
    model: size.model,
    status: size.status,
    reason: size.reason,
    changeRate: size.changeRate,
    changeRateSource: size.changeRateSource,
    mergedFrom: step?.mergedFrom.length ?? 0,
    tier: size.tier,
    duplicateOf: link.duplicateOf,
    monthlyCost: live && !link.duplicateOf ? monthlyOf(bytesAt(size, nowMs), price) : null,
    unallocatedReason: live ? snapshotAllocation(chain, link, nowMs).allocationReason : null,
  };
}

export interface SnapshotChainParams {
  cluster: string;
  chainId: string;
  page: number;
  now: Date;
  /** Another team's chain reads as a missing one. */
  teamIds: TeamIds;
}

/**
 * One chain (a cluster and a chain id) with a snapshot alive now: its summary as the chains list
 * shows it, the timeline of every snapshot it ever had, and one page of those snapshots, oldest
 * first, each with its billed size, how that size was found, and what it costs a month now.
 */
export async function readSnapshotChainOrThrow(
  db: Db,
  params: SnapshotChainParams,
): Promise<SnapshotChainDetail> {
  const cluster = await getClusterByNameOrThrow(db, params.cluster);
  const filter = { clusterId: cluster.id, chainId: params.chainId, now: params.now, teamIds: params.teamIds };
  const rows = await db.$queryRaw<ChainViewRow[]>`${chainViewSql(filter)}
    SELECT cv.* FROM chain_view cv WHERE ${chainViewWhere(filter)}`;
  const row = rows[0];
  if (!row) {
    throw new SnapshotChainNotFoundError(
      `No snapshot chain ${params.chainId} with a snapshot alive now in cluster "${params.cluster}"`,
    );
  }
  const input = await loadSnapshotChainsInput(db, {
    clusterId: cluster.id,
    chainIds: [params.chainId],
    now: params.now,
  });
  const { chains, sizes } = sizeSnapshotChains(input);
  const chain = chains.find((c) => c.id === params.chainId);
  if (!chain) throw new SnapshotChainNotFoundError(`No snapshot chain ${params.chainId}`);
  const nowMs = params.now.getTime();
  const size = chainSizeNow(chain, sizes, params.now);
  const prices = chainSnapshotPrices(input, chain, params.now);
  const sizeOf = (link: SnapshotChainLink) => sizes.get(link.content.uid) as SnapshotSize;
  const offset = (params.page - 1) * CHAIN_SNAPSHOTS_PAGE_SIZE;
  const standard = prices.standard;
  return {
    chain: {
      ...chainListItem(row),
      billedBytes: bytesString(size.billedBytes),
      knownBilledBytes: bytesString(size.knownBytes) ?? "0",
      unknownSizes: size.unknownSizes,
      sizesEstimated: size.estimated,
    },
    asOf: params.now.toISOString(),
    price: {
      unitPrice: standard.ok ? (standard.unitPrice?.toFixed() ?? null) : null,
      unit: standard.unit,
      currency: standard.ok ? standard.currency : null,
      problem: standard.ok ? null : standard.reason,
    },
    timeline: chain.links.map((link) => timelinePoint(link, sizeOf(link), nowMs)),
    snapshots: chain.links
      .slice(offset, offset + CHAIN_SNAPSHOTS_PAGE_SIZE)
      .map((link) => snapshotRow(chain, link, sizeOf(link), prices, nowMs)),
    total: chain.links.length,
    page: params.page,
    pageSize: CHAIN_SNAPSHOTS_PAGE_SIZE,
  };
}
