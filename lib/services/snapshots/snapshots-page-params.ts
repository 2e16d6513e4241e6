import { z } from "zod";
import { CHAIN_FLAGS, CHAIN_SORTS } from "@/lib/services/snapshots/snapshot-chain-options";

// The Snapshots pages' URLs. Forgiving: anything malformed falls back to its default instead of
// an error page, because a URL is something people edit and share.

const ZName = z.string().trim().min(1).max(253);
const ZPage = z.coerce.number().int().min(1).max(100_000).catch(1).default(1);

/** A retention policy in the URL: keepLast and keepYoungerThanDays, each optional. */
export const ZPolicyParams = z.object({
  keepLast: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
  keepYoungerThanDays: z.coerce.number().int().min(1).max(36_500).optional().catch(undefined),
});
export type TPolicyParams = z.infer<typeof ZPolicyParams>;

export const hasPolicy = (p: TPolicyParams) =>
  p.keepLast !== undefined || p.keepYoungerThanDays !== undefined;

/** /snapshots: the chains list's filters, and a cluster-wide retention what-if. */
export const ZSnapshotsParams = z
  .object({
    cluster: ZName.optional().catch(undefined),
    namespace: ZName.optional().catch(undefined),
    flag: z.enum(CHAIN_FLAGS).optional().catch(undefined),
    sort: z.enum(CHAIN_SORTS).catch("cost").default("cost"),
    page: ZPage,
  })
  .merge(ZPolicyParams);
export type TSnapshotsParams = z.infer<typeof ZSnapshotsParams>;

/** /snapshots/[cluster]/[chain]: the page of its snapshots, and a retention what-if. */
export const ZChainParams = z.object({ page: ZPage }).merge(ZPolicyParams);
export type TChainParams = z.infer<typeof ZChainParams>;

/** The chains list's query (what the API and the query key take): the list filters only. */
export function chainsQuery(p: TSnapshotsParams) {
  return {
    ...(p.cluster ? { cluster: p.cluster } : {}),
    ...(p.namespace ? { namespace: p.namespace } : {}),
    ...(p.flag ? { flag: p.flag } : {}),
    sort: p.sort,
    page: p.page,
  };
}
export type TChainsQuery = ReturnType<typeof chainsQuery>;

/** A what-if's query: a cluster, a policy, and a chain key for one chain. */
export function whatIfQuery(p: { cluster: string; chain?: string; page?: number } & TPolicyParams) {
  return {
    cluster: p.cluster,
    ...(p.chain ? { chain: p.chain } : {}),
    ...(p.keepLast !== undefined ? { keepLast: p.keepLast } : {}),
    ...(p.keepYoungerThanDays !== undefined ? { keepYoungerThanDays: p.keepYoungerThanDays } : {}),
    ...(p.page && p.page > 1 ? { page: p.page } : {}),
  };
}
export type TWhatIfQuery = ReturnType<typeof whatIfQuery>;

/** A URL search from a params object: empty values and page 1 left out. */
export function toSearch(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === "") continue;
    if (key === "page" && Number(value) <= 1) continue;
    if (key === "sort" && value === "cost") continue;
    search.set(key, String(value));
  }
  return search.size > 0 ? `?${search}` : "";
}
