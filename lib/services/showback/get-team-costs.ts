import type { Db } from "../../db/prisma";
import {
  readTeamCosts,
  type TeamCostsParams,
  type TeamCostsResult,
} from "../../queries/showback/get-team-costs";
import { type ServiceCall, scopedTeamIds } from "../service-context";

export type TTeamCostsInput = Omit<TeamCostsParams, "teamIds">;

/** One team's spend; NotFound when the team is not one of the reader's. */
export function getTeamCosts(db: Db, { ctx, input }: ServiceCall<TTeamCostsInput>): Promise<TeamCostsResult> {
  return readTeamCosts(db, { ...input, teamIds: scopedTeamIds(ctx) });
}
