import type { Db } from "../../db/prisma";
import {
  type NamespaceCostsParams,
  type NamespaceCostsResult,
  readNamespaceCosts,
} from "../../queries/showback/get-namespace-costs";
import { type ServiceCall, scopedTeamIds } from "../service-context";

export type TNamespaceCostsInput = Omit<NamespaceCostsParams, "teamIds">;

/** One namespace's spend; NotFound when the namespace is not the reader's teams'. */
export function getNamespaceCosts(
  db: Db,
  { ctx, input }: ServiceCall<TNamespaceCostsInput>,
): Promise<NamespaceCostsResult> {
  return readNamespaceCosts(db, { ...input, teamIds: scopedTeamIds(ctx) });
}
