import type { Db } from "../../db/prisma";

export interface ObservationListItem {
  id: string;
  clusterName: string;
  source: string;
  sourceRef: string | null;
  observedAt: string;
  startedAt: string;
  finishedAt: string | null;
  status: string;
  warnings: string[];
  kinds: {
    kind: string;
    complete: boolean;
    namespaces: string[];
    seen: number;
    new: number;
    changed: number;
    deleted: number;
    skipped: number;
    error: string | null;
  }[];
  skippedCount: number;
}

/** Imports, newest observation first, optionally of one cluster; paginated by offset. */
export async function listObservations(
  db: Db,
  input: { clusterId?: string; limit: number; offset: number },
): Promise<{ items: ObservationListItem[]; total: number }> {
  const where = input.clusterId ? { clusterId: input.clusterId } : {};
  const [rows, total] = await Promise.all([
    db.observation.findMany({
      where,
      orderBy: [{ observedAt: "desc" }, { startedAt: "desc" }],
      take: input.limit,
      skip: input.offset,
      include: { cluster: true, kinds: true, _count: { select: { skipped: true } } },
    }),
    db.observation.count({ where }),
  ]);
  return {
    total,
    items: rows.map((row) => ({
      id: row.id,
      clusterName: row.cluster.name,
      source: row.source,
      sourceRef: row.sourceRef,
      observedAt: row.observedAt.toISOString(),
      startedAt: row.startedAt.toISOString(),
      finishedAt: row.finishedAt?.toISOString() ?? null,
      status: row.status,
      warnings: Array.isArray(row.warnings) ? (row.warnings as string[]) : [],
      skippedCount: row._count.skipped,
      kinds: row.kinds.map((k) => ({
        kind: k.kind,
        complete: k.complete,
        namespaces: k.namespaces,
        seen: k.seenCount,
        new: k.newCount,
        changed: k.changedCount,
        deleted: k.deletedCount,
        skipped: k.skippedCount,
        error: k.error,
      })),
    })),
  };
}
