import type { Db } from "../../db/prisma";
import {
  type CostFactsParams,
  type CostFactsResult,
  readCostFacts,
} from "../../queries/showback/list-cost-facts";
import { type ServiceCall, scopedTeamIds } from "../service-context";

export type TCostFactsInput = Omit<CostFactsParams, "teamIds">;

/** The facts behind a figure, of the reader's teams only (an unallocated fact by its likely owner). */
export function listCostFacts(
  db: Db,
  { ctx, input }: ServiceCall<TCostFactsInput>,
): Promise<CostFactsResult> {
  return readCostFacts(db, { ...input, teamIds: scopedTeamIds(ctx) });
}
