import type { Db } from "../../db/prisma";
import { type FleetOverview, readFleetOverview } from "../../queries/overview/get-fleet-overview";
import { type ServiceCall, scopedTeamIds } from "../service-context";

export type { FleetOverview, FleetOverviewPhase } from "../../queries/overview/get-fleet-overview";

/** The fleet's volumes now, by cluster, storage class and phase: the reader's teams' volumes only. */
export function getFleetOverview(
  db: Db,
  { ctx, input }: ServiceCall<{ asOf: Date }>,
): Promise<FleetOverview> {
  return readFleetOverview(db, { asOf: input.asOf, teamIds: scopedTeamIds(ctx) });
}
