import type { Db } from "../../db/prisma";
import { getObservationsPage } from "../../queries/observations/get-observations-page";
import { assertRole } from "../identity/assert-role";
import type { ServiceCall } from "../service-context";
import { OBSERVATIONS_PAGE_SIZE, type TObservationsParams } from "./observations-params";

export type { ObservationsPage } from "../../queries/observations/get-observations-page";
export type { ObservationListItem } from "../../queries/observations/list-observations";

/**
 * The import log of every cluster, with the namespaces each import saw: fleet-wide, so for admins
 * and finance only (a team's reader would learn other teams' namespace names). The page shows
 * OBSERVATIONS_PAGE_SIZE a page; `tierscope observations --limit` asks for its own size.
 */
export async function getObservations(
  db: Db,
  { ctx, input }: ServiceCall<TObservationsParams & { pageSize?: number }>,
) {
  assertRole(ctx, "admin", "finance");
  const { pageSize = OBSERVATIONS_PAGE_SIZE, ...params } = input;
  return getObservationsPage(db, params, pageSize);
}
