import { z } from "zod";
import { RECOMMENDATION_RULES } from "@/lib/costing/recommendations/recommendation-rules";

/** The Recommendations page's URL; anything malformed falls back to every cluster and rule, page 1. */
export const ZRecommendationsParams = z.object({
  cluster: z.string().min(1).max(253).optional().catch(undefined),
  rule: z.enum(RECOMMENDATION_RULES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
  /** Page of the dismissed recommendations' list. */
  dismissedPage: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type TRecommendationsParams = z.infer<typeof ZRecommendationsParams>;

/** The URL search for a set of filters (page 1 and empty filters are left out). */
export function recommendationsSearch(params: TRecommendationsParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.cluster) search.set("cluster", params.cluster);
  if (params.rule) search.set("rule", params.rule);
  if (params.page > 1) search.set("page", String(params.page));
  if (params.dismissedPage > 1) search.set("dismissedPage", String(params.dismissedPage));
  return search;
}

/** The API's query for the list: the page's filters without the dismissed list's page. */
export function recommendationsApiSearch(params: Pick<TRecommendationsParams, "cluster" | "rule" | "page">) {
  return recommendationsSearch({ ...params, dismissedPage: 1 });
}
