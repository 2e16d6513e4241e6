import type { Db } from "../../db/prisma";
import {
  readWasteFindings,
  type WasteFindingList,
  type WasteListParams,
} from "../../queries/waste/list-waste-findings";
import { clusterFilterInput } from "../cluster-filter-input";
import { type ServiceCall, scopedTeamIds } from "../service-context";

/** Every waste finding of the reader's teams (a finding is its owner's, or its likely owner's). */
export function listWasteFindings(
  db: Db,
  { ctx, input }: ServiceCall<Omit<WasteListParams, "teamIds">>,
): Promise<WasteFindingList> {
  return clusterFilterInput(readWasteFindings(db, { ...input, teamIds: scopedTeamIds(ctx) }));
}
