import type { Db } from "../../db/prisma";
import { getMoveVolumesWhatIf } from "../../queries/recommendations/get-move-volumes-what-if";
import { namespaceVisibility } from "../../queries/scope/namespace-visibility";
import { clusterFilterInput } from "../cluster-filter-input";
import { type ServiceCall, scopedTeamIds } from "../service-context";

export type { MoveVolumesWhatIfResult } from "../../queries/recommendations/get-move-volumes-what-if";

/** The move what-if, over the volumes whose claims the reader's teams own (every volume for all teams). */
export async function getScopedMoveVolumesWhatIf(
  db: Db,
  { ctx, input }: ServiceCall<{ cluster: string; volumes: string[]; storageClass: string; now: Date }>,
) {
  const visible = await namespaceVisibility(db, scopedTeamIds(ctx));
  return clusterFilterInput(getMoveVolumesWhatIf(db, { ...input, visible }));
}
