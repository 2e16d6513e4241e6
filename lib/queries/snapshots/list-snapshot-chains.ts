import { sizeSnapshotChains } from "../../costing/snapshots";
import { bytesString, chainSizeNow } from "../../costing/snapshots/chain-size-now";
import { encodeChainKey } from "../../costing/snapshots/snapshot-chain-key";
import type { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import { getClusterByNameOrThrow } from "../clusters/get-cluster-by-name-or-throw";
import type { TeamIds } from "../scope/team-scope-sql";
import { loadSnapshotChainsInput } from "./load-snapshot-chains-input";
import {
  CHAIN_ORDER,
  type ChainFlag,
  type ChainSort,
  type ChainViewRow,
  chainViewSql,
  chainViewWhere,
  type RunRateStatus,
  runRateStatus,
} from "./snapshot-chains-sql";

export interface SnapshotChainsParams {
  cluster?: string;
  namespace?: string;
  flag?: ChainFlag;
  sort: ChainSort;
  page: number;
  pageSize: number;
  now: Date;
  teamIds: TeamIds;
}

export interface ChainSource {
  /** The source PVC, when known (the PV's claimRef, else the snapshots' source PVC name). */
  claimNamespace: string | null;
  claimName: string | null;
  /** The namespace the chain belongs to: its claim's, else its VolumeSnapshots'. */
  namespace: string | null;
  volumeName: string | null;
  volumeHandle: string | null;
  storageClassName: string | null;
  /** A pre-provisioned content: Kubernetes knows no source volume, so it is a chain of its own. */
  preProvisioned: boolean;
}

export interface ChainRunRate {
  /** The last full day with facts, which the rate is that day's cost × the month's days. */
  day: string | null;
  monthly: string | null;
  /** Of it, what has no owner now (no VolumeSnapshot, or the source PVC is gone). */
  unallocatedMonthly: string | null;
  currency: string | null;
  status: RunRateStatus | null;
}

export interface ChainFlags {
  /** Live contents with deletionPolicy Retain and no VolumeSnapshot: billed, owned by nobody. */
  retainedWithoutSnapshot: number;
  withoutSnapshot: number;
  /** The source PVC was deleted (or was never seen). */
  sourceClaimGone: boolean;
  /** Some of the last day's cost is unallocated. */
  unallocated: boolean;
}

export interface SnapshotChainListItem {
  /** The chain's id in URLs (base64url of chainId). */
  key: string;
  chainId: string;
  clusterName: string;
  provider: string;
  source: ChainSource;
  snapshotCount: number;
  oldestAt: string;
  newestAt: string;
  /** Billed bytes now, modelled by sizeSnapshotChains; null when a size is unknown. */
  billedBytes: string | null;
  knownBilledBytes: string;
  unknownSizes: number;
  sizesEstimated: boolean;
  runRate: ChainRunRate;
  flags: ChainFlags;
}

export interface SnapshotChainsResult {
  items: SnapshotChainListItem[];
  total: number;
  page: number;
  pageSize: number;
  asOf: string;
  totals: {
    chains: number;
    snapshots: number;
    orphanedChains: number;
    /** null when no chain has a rate, or the rates are in several currencies. */
    monthlyRunRate: string | null;
    currency: string | null;
    status: RunRateStatus | null;
  };
  filterOptions: { clusters: string[]; namespaces: string[] };
}

const money = (value: Prisma.Decimal | null) => (value === null ? null : value.toDecimalPlaces(10).toFixed());

interface TotalsRow {
  chains: bigint;
  snapshots: bigint | null;
  orphaned: bigint;
  run_rate: Prisma.Decimal | null;
  currency: string | null;
  currency_count: bigint;
  any_rate: boolean | null;
  all_unpriced: boolean | null;
  any_unpriced: boolean | null;
  any_estimated: boolean | null;
  namespaces: (string | null)[] | null;
}

export function chainListItem(
  row: ChainViewRow,
): Omit<SnapshotChainListItem, "billedBytes" | "knownBilledBytes" | "unknownSizes" | "sizesEstimated"> {
  const status = runRateStatus(row);
  const priced = status !== null && status !== "unpriced" && status !== "mixed-currency";
  return {
    key: encodeChainKey(row.chain_id),
    chainId: row.chain_id,
    clusterName: row.cluster_name,
    provider: row.provider,
    source: {
      claimNamespace: row.claim_namespace,
      claimName: row.claim_name,
      namespace: row.namespace,
      volumeName: row.volume_name,
      volumeHandle: row.handle,
      storageClassName: row.storage_class_name,
      preProvisioned: row.handle === null,
    },
    snapshotCount: row.snapshots,
    oldestAt: row.oldest_at.toISOString(),
    newestAt: row.newest_at.toISOString(),
    runRate: {
      day: row.rate_day,
      monthly: priced ? money(row.run_rate) : null,
      unallocatedMonthly: priced ? money(row.unallocated_rate) : null,
      currency: status === "mixed-currency" ? null : (row.currency?.trim() ?? null),
      status,
    },
    flags: {
      retainedWithoutSnapshot: row.retained_orphans,
      withoutSnapshot: row.without_snapshot,
      sourceClaimGone: row.source_gone,
      unallocated: row.any_unallocated ?? false,
    },
  };
}

/**
 * The snapshot chains with a snapshot alive now, filtered (cluster, namespace, flag), sorted (by
 * monthly run-rate by default) and paginated in SQL; then the page's chains are modelled
 * (sizeSnapshotChains) for the bytes they hold now and whether those are estimates.
 */
export async function readSnapshotChains(
  db: Db,
  params: SnapshotChainsParams,
): Promise<SnapshotChainsResult> {
  const cluster = params.cluster ? await getClusterByNameOrThrow(db, params.cluster) : undefined;
  const filter = {
    clusterId: cluster?.id,
    namespace: params.namespace,
    flag: params.flag,
    now: params.now,
    teamIds: params.teamIds,
  };
  const view = chainViewSql(filter);
  const where = chainViewWhere(filter);
  const [rows, totals, clusters] = await Promise.all([
    db.$queryRaw<ChainViewRow[]>`${view}
      SELECT cv.* FROM chain_view cv WHERE ${where}
       ORDER BY ${CHAIN_ORDER[params.sort]}
       LIMIT ${params.pageSize} OFFSET ${(params.page - 1) * params.pageSize}`,
    db.$queryRaw<TotalsRow[]>`${view}
      SELECT count(*) FILTER (WHERE ${where}) AS chains,
             sum(cv.snapshots) FILTER (WHERE ${where}) AS snapshots,
             count(*) FILTER (WHERE ${where} AND (cv.retained_orphans > 0 OR cv.source_gone)) AS orphaned,
             sum(cv.run_rate) FILTER (WHERE ${where}) AS run_rate,
             min(cv.currency) FILTER (WHERE ${where}) AS currency,
             count(DISTINCT cv.currency) FILTER (WHERE ${where}) AS currency_count,
             bool_or(cv.rate_day IS NOT NULL) FILTER (WHERE ${where}) AS any_rate,
             bool_and(cv.all_unpriced) FILTER (WHERE ${where} AND cv.rate_day IS NOT NULL) AS all_unpriced,
             bool_or(cv.any_unpriced) FILTER (WHERE ${where}) AS any_unpriced,
             bool_or(cv.any_estimated) FILTER (WHERE ${where}) AS any_estimated,
             array_agg(DISTINCT cv.namespace) AS namespaces
        FROM chain_view cv`,
    db.cluster.findMany({ select: { name: true }, orderBy: { name: "asc" } }),
  ]);

  const items = await withModelledSizes(db, rows, params.now);
  const t = totals[0];
  const totalStatus = t?.any_rate
    ? runRateStatus({
        rate_day: "any",
        currency_count: t.currency_count,
        all_unpriced: t.all_unpriced,
        any_unpriced: t.any_unpriced,
        any_estimated: t.any_estimated,
      })
    : null;
  const totalPriced = totalStatus !== null && totalStatus !== "unpriced" && totalStatus !== "mixed-currency";
  return {
    items,
    total: Number(t?.chains ?? 0),
    page: params.page,
    pageSize: params.pageSize,
    asOf: params.now.toISOString(),
    totals: {
      chains: Number(t?.chains ?? 0),
      snapshots: Number(t?.snapshots ?? 0),
      orphanedChains: Number(t?.orphaned ?? 0),
      monthlyRunRate: totalPriced ? money(t?.run_rate ?? null) : null,
      currency: totalStatus === "mixed-currency" ? null : (t?.currency?.trim() ?? null),
      status: totalStatus,
    },
    filterOptions: {
      clusters: clusters.map((c) => c.name),
      namespaces: (t?.namespaces ?? []).filter((n): n is string => n !== null).sort(),
    },
  };
}

/** Each row with the bytes its live snapshots hold now, modelled one cluster at a time. */
async function withModelledSizes(db: Db, rows: ChainViewRow[], now: Date): Promise<SnapshotChainListItem[]> {
  const byCluster = new Map<string, string[]>();
  for (const row of rows)
    byCluster.set(row.cluster_id, [...(byCluster.get(row.cluster_id) ?? []), row.chain_id]);
  const modelled = new Map<string, ReturnType<typeof chainSizeNow>>();
  for (const [clusterId, chainIds] of byCluster) {
    const input = await loadSnapshotChainsInput(db, { clusterId, chainIds, now });
    const { chains, sizes } = sizeSnapshotChains(input);
    for (const chain of chains) modelled.set(`${clusterId}|${chain.id}`, chainSizeNow(chain, sizes, now));
  }
  return rows.map((row) => {
    const size = modelled.get(`${row.cluster_id}|${row.chain_id}`);
    return {
      ...chainListItem(row),
      billedBytes: size ? bytesString(size.billedBytes) : null,
      knownBilledBytes: size ? (bytesString(size.knownBytes) ?? "0") : "0",
      unknownSizes: size?.unknownSizes ?? row.snapshots,
      sizesEstimated: size?.estimated ?? false,
    };
  });
}
