import { z } from "zod";
import { decodeChainKey } from "../../costing/snapshots/snapshot-chain-key";
import { CHAIN_FLAGS, CHAIN_SORTS } from "./snapshot-chain-options";

export const SNAPSHOT_CHAINS_PAGE_SIZE = 25;

const ZName = z.string().trim().min(1).max(253);
const ZPage = z.coerce.number().int().min(1).max(100_000).default(1);

/** GET /api/v1/snapshots/chains: strict, so a typo is a 422 and not a silent "all". */
export const ZSnapshotChainsQuery = z.object({
  cluster: ZName.optional(),
  namespace: ZName.optional(),
  flag: z.enum(CHAIN_FLAGS).optional(),
  sort: z.enum(CHAIN_SORTS).default("cost"),
  page: ZPage,
});
export type TSnapshotChainsQuery = z.infer<typeof ZSnapshotChainsQuery>;

/** A chain's URL key (base64url of its id), decoded to the chain id. */
export const ZChainKey = z
  .string()
  .max(2000)
  .transform((key, ctx) => {
    const chainId = decodeChainKey(key);
    if (chainId === null) {
      ctx.addIssue({ code: "custom", message: "not a snapshot chain key" });
      return z.NEVER;
    }
    return chainId;
  });

/** GET /api/v1/snapshots/chains/{cluster}/{chainId}: the chain's key in the path. */
export const ZSnapshotChainPath = z.object({ chainId: ZChainKey });

export const ZSnapshotChainQuery = z.object({ page: ZPage });

/** GET /api/v1/snapshots/retention-what-if: a cluster, a policy, and optionally one chain (its key). */
export const ZRetentionWhatIfQuery = z
  .object({
    cluster: ZName,
    chain: ZChainKey.optional(),
    keepLast: z.coerce.number().int().min(1).max(100_000).optional(),
    keepYoungerThanDays: z.coerce.number().int().min(1).max(36_500).optional(),
    page: ZPage,
  })
  .refine((p) => p.keepLast !== undefined || p.keepYoungerThanDays !== undefined, {
    message: "give keepLast, keepYoungerThanDays or both",
    path: ["keepLast"],
  });
export type TRetentionWhatIfQuery = z.infer<typeof ZRetentionWhatIfQuery>;
