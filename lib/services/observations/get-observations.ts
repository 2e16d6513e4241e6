import type { Db } from "../../db/prisma";
import { getObservationsPage } from "../../queries/observations/get-observations-page";
import { assertRole } from "../identity/assert-role";
import type { ServiceCall } from "../service-context";
import { OBSERVATIONS_PAGE_SIZE, type TObservationsParams } from "./observations-params";

export type { ObservationsPage } from "../../queries/observations/get-observations-page";
export type { ObservationListItem } from "../../queries/observations/list-observations";

/**
 * The import log of every cluster, with the namespaces each import saw: fleet-wide, so for admins
 * and finance only (a team's reader would learn other teams' namespace names).
 */
export async function getObservations(db: Db, { ctx, input }: ServiceCall<TObservationsParams>) {
  assertRole(ctx, "admin", "finance");
  return getObservationsPage(db, input, OBSERVATIONS_PAGE_SIZE);
}
