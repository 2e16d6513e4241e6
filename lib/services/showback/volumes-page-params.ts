import { z } from "zod";
import type { TVolumesInput } from "@/lib/services/showback/list-volumes";
import { VOLUME_PHASES, VOLUME_SORTS } from "@/lib/services/showback/showback-params";

export const VOLUMES_PAGE_SIZE = 50;

const name = z.string().trim().min(1).max(253).optional().catch(undefined);

/** The Volumes page's URL: filters, sort and page; anything malformed falls back to no filter. */
export const ZVolumesSearchParams = z.object({
  cluster: name,
  namespace: name,
  storageClass: name,
  phase: z.enum(VOLUME_PHASES).optional().catch(undefined),
  search: name,
  include: z.enum(["live", "all"]).catch("live").default("live"),
  sort: z.enum(VOLUME_SORTS).catch("cost-desc").default("cost-desc"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type TVolumesSearchParams = z.infer<typeof ZVolumesSearchParams>;

export function volumesQuery(params: TVolumesSearchParams): TVolumesInput {
  const query: TVolumesInput = {
    include: params.include,
    sort: params.sort,
    page: params.page,
    pageSize: VOLUMES_PAGE_SIZE,
  };
  for (const key of ["cluster", "namespace", "storageClass", "phase", "search"] as const) {
    const value = params[key];
    if (value !== undefined) (query as Record<string, unknown>)[key] = value;
  }
  return query;
}
