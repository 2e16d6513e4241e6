import type { Db } from "../../db/prisma";
import {
  type RecommendationList,
  type RecommendationListParams,
  readRecommendations,
} from "../../queries/recommendations/list-recommendations";
import { type ServiceCall, scopedTeamIds } from "../service-context";

/** The recommendations of the reader's teams (a recommendation is its volume's owner's). */
export function listRecommendations(
  db: Db,
  { ctx, input }: ServiceCall<Omit<RecommendationListParams, "teamIds">>,
): Promise<RecommendationList> {
  return readRecommendations(db, { ...input, teamIds: scopedTeamIds(ctx) });
}
