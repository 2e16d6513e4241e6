import type { Db } from "../../db/prisma";
import { readVolumes, type VolumesParams, type VolumesResult } from "../../queries/showback/list-volumes";
import { type ServiceCall, scopedTeamIds } from "../service-context";

export type { VolumeListItem, VolumesResult } from "../../queries/showback/list-volumes";

export type TVolumesInput = Omit<VolumesParams, "teamIds">;

/** The volume inventory of the reader's teams: a volume is its (last) claim's namespace's team's. */
export function listVolumes(db: Db, { ctx, input }: ServiceCall<TVolumesInput>): Promise<VolumesResult> {
  return readVolumes(db, { ...input, teamIds: scopedTeamIds(ctx) });
}
