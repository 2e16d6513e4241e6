import type { Db } from "../../db/prisma";
import { listObservations, type ObservationListItem } from "./list-observations";

export interface ObservationsPage {
  items: ObservationListItem[];
  total: number;
  page: number;
  pageSize: number;
  clusters: string[];
}

/** One page of imports for the Imports page, filtered by cluster name, with the clusters to filter by. */
export async function getObservationsPage(
  db: Db,
  params: { cluster?: string; page: number },
  pageSize: number,
): Promise<ObservationsPage> {
  const clusters = await db.cluster.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
  const cluster = params.cluster ? clusters.find((c) => c.name === params.cluster) : undefined;
  if (params.cluster && !cluster) {
    return { items: [], total: 0, page: params.page, pageSize, clusters: clusters.map((c) => c.name) };
  }
  const { items, total } = await listObservations(db, {
    clusterId: cluster?.id,
    limit: pageSize,
    offset: (params.page - 1) * pageSize,
  });
  return { items, total, page: params.page, pageSize, clusters: clusters.map((c) => c.name) };
}
