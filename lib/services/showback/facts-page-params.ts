import { z } from "zod";
import type { TCostFactsInput } from "@/lib/services/showback/list-cost-facts";
import {
  ALLOCATIONS,
  COST_STATUSES,
  RESOURCE_KINDS,
  SHOWBACK_GROUPINGS,
} from "@/lib/services/showback/showback-params";
import { resolveWindow, ZWindowSearchParams } from "@/lib/services/showback/window-page-params";

export const FACTS_PAGE_SIZE = 50;

const name = z.string().trim().min(1).max(253).optional().catch(undefined);

/** The facts view's URL: the window and what the facts are behind; anything malformed is dropped. */
export const ZFactsSearchParams = ZWindowSearchParams.extend({
  cluster: name,
  resourceKind: z.enum(RESOURCE_KINDS).optional().catch(undefined),
  resourceUid: name,
  by: z.enum(SHOWBACK_GROUPINGS).optional().catch(undefined),
  key: z.string().min(1).max(600).optional().catch(undefined),
  namespace: name,
  team: name,
  likelyOwner: name,
  status: z.enum(COST_STATUSES).optional().catch(undefined),
  allocation: z.enum(ALLOCATIONS).optional().catch(undefined),
  label: z.string().max(300).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type TFactsSearchParams = z.infer<typeof ZFactsSearchParams>;

export function factsQuery(params: TFactsSearchParams, today: string): TCostFactsInput {
  const { window: _w, from: _f, to: _t, label: _l, page, ...filters } = params;
  const query: TCostFactsInput = { ...resolveWindow(params, today), page, pageSize: FACTS_PAGE_SIZE };
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined) (query as Record<string, unknown>)[key] = value;
  }
  return query;
}
