import type { WithClosedMonths } from "../../costing/closed-months";
import type { Db } from "../../db/prisma";
import {
  readTeamCosts,
  type TeamCostsParams,
  type TeamCostsResult,
} from "../../queries/showback/get-team-costs";
import { withClosedMonths } from "../months/with-closed-months";
import { type ServiceCall, scopedTeamIds } from "../service-context";

export type {
  OwnerBreakdownRow,
  OwnerCostsResult,
  OwnerResource,
} from "../../queries/showback/get-owner-costs";
export type { TeamCostsResult } from "../../queries/showback/get-team-costs";

export type TTeamCostsInput = Omit<TeamCostsParams, "teamIds">;

/** One team's spend; NotFound when the team is not one of the reader's. */
export function getTeamCosts(
  db: Db,
  { ctx, input }: ServiceCall<TTeamCostsInput>,
): Promise<WithClosedMonths<TeamCostsResult>> {
  return withClosedMonths(db, input, readTeamCosts(db, { ...input, teamIds: scopedTeamIds(ctx) }));
}
