import { z } from "zod";
import { WASTE_RULES } from "@/lib/costing/waste/waste-rules";

/** The Waste page's URL; anything malformed falls back to every cluster, every rule, page 1. */
export const ZWasteParams = z.object({
  cluster: z.string().min(1).max(253).optional().catch(undefined),
  rule: z.enum(WASTE_RULES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type TWasteParams = z.infer<typeof ZWasteParams>;

/** The URL search for a set of filters (page 1 and empty filters are left out). */
export function wasteSearch(params: TWasteParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.cluster) search.set("cluster", params.cluster);
  if (params.rule) search.set("rule", params.rule);
  if (params.page > 1) search.set("page", String(params.page));
  return search;
}
