import type { WithClosedMonths } from "../../costing/closed-months";
import type { Db } from "../../db/prisma";
import {
  readVolumeDetailOrThrow,
  type VolumeDetailParams,
  type VolumeDetailResult,
} from "../../queries/showback/get-volume-detail-or-throw";
import { withClosedMonths } from "../months/with-closed-months";
import { type ServiceCall, scopedTeamIds } from "../service-context";

export type { VolumeDetailResult } from "../../queries/showback/get-volume-detail-or-throw";

export type TVolumeDetailInput = Omit<VolumeDetailParams, "teamIds">;

/** One volume's cost history and usage; NotFound when it is not the reader's teams'. */
export function getVolumeDetailOrThrow(
  db: Db,
  { ctx, input }: ServiceCall<TVolumeDetailInput>,
): Promise<WithClosedMonths<VolumeDetailResult>> {
  return withClosedMonths(db, input, readVolumeDetailOrThrow(db, { ...input, teamIds: scopedTeamIds(ctx) }));
}
