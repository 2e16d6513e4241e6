import type { WithClosedMonths } from "../../costing/closed-months";
import type { Db } from "../../db/prisma";
import {
  type CostFactsParams,
  type CostFactsResult,
  readCostFacts,
} from "../../queries/showback/list-cost-facts";
import { withClosedMonths } from "../months/with-closed-months";
import { type ServiceCall, scopedTeamIds } from "../service-context";

export type { CostFactItem, CostFactsResult } from "../../queries/showback/list-cost-facts";

export type TCostFactsInput = Omit<CostFactsParams, "teamIds">;

/** The facts behind a figure, of the reader's teams only (an unallocated fact by its likely owner). */
export function listCostFacts(
  db: Db,
  { ctx, input }: ServiceCall<TCostFactsInput>,
): Promise<WithClosedMonths<CostFactsResult>> {
  return withClosedMonths(db, input, readCostFacts(db, { ...input, teamIds: scopedTeamIds(ctx) }));
}
