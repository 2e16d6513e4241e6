import type { Db } from "../../db/prisma";
import {
  readVolumeDetailOrThrow,
  type VolumeDetailParams,
  type VolumeDetailResult,
} from "../../queries/showback/get-volume-detail-or-throw";
import { type ServiceCall, scopedTeamIds } from "../service-context";

export type TVolumeDetailInput = Omit<VolumeDetailParams, "teamIds">;

/** One volume's cost history and usage; NotFound when it is not the reader's teams'. */
export function getVolumeDetailOrThrow(
  db: Db,
  { ctx, input }: ServiceCall<TVolumeDetailInput>,
): Promise<VolumeDetailResult> {
  return readVolumeDetailOrThrow(db, { ...input, teamIds: scopedTeamIds(ctx) });
}
