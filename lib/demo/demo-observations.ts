import type { Prisma } from "@/lib/db/generated/client";
import type { DemoCluster } from "./demo-plan-types";
import type { DemoClock } from "./demo-time";

/**
 * One completed observation per cluster, at the anchor, with what it saw of each kind. The demo is
 * a first import: every live object is new; objects already deleted are counted as deletions
 * Tierscope learned from the history it was given.
 */
export type KubeKindName = Prisma.ObservationKindCreateManyInput["kind"];

export type KindRows = Record<KubeKindName, readonly { deletedAt?: Date | string | null }[]>;

export function observationRow(cluster: DemoCluster, clock: DemoClock): Prisma.ObservationCreateManyInput {
  return {
    id: cluster.observationId,
    clusterId: cluster.id,
    source: "demo",
    sourceRef: "tierscope demo",
    observedAt: clock.anchor,
    startedAt: clock.anchor,
    finishedAt: clock.anchor,
    status: "completed",
    warnings: [],
  };
}

export function observationKindRows(
  cluster: DemoCluster,
  kinds: KindRows,
): Prisma.ObservationKindCreateManyInput[] {
  return (Object.keys(kinds) as KubeKindName[]).map((kind) => {
    const rows = kinds[kind];
    const deleted = rows.filter((row) => row.deletedAt).length;
    return {
      observationId: cluster.observationId,
      kind,
      complete: true,
      seenCount: rows.length - deleted,
      newCount: rows.length - deleted,
      changedCount: 0,
      deletedCount: deleted,
      skippedCount: 0,
      error: null,
    };
  });
}
