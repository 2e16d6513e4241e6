import type { WithClosedMonths } from "../../costing/closed-months";
import type { Db } from "../../db/prisma";
import {
  type NamespaceCostsParams,
  type NamespaceCostsResult,
  readNamespaceCosts,
} from "../../queries/showback/get-namespace-costs";
import { withClosedMonths } from "../months/with-closed-months";
import { type ServiceCall, scopedTeamIds } from "../service-context";

export type { NamespaceCostsResult } from "../../queries/showback/get-namespace-costs";

export type TNamespaceCostsInput = Omit<NamespaceCostsParams, "teamIds">;

/** One namespace's spend; NotFound when the namespace is not the reader's teams'. */
export function getNamespaceCosts(
  db: Db,
  { ctx, input }: ServiceCall<TNamespaceCostsInput>,
): Promise<WithClosedMonths<NamespaceCostsResult>> {
  return withClosedMonths(db, input, readNamespaceCosts(db, { ...input, teamIds: scopedTeamIds(ctx) }));
}
