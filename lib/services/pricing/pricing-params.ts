import { z } from "zod";
import { PROVIDERS } from "../../pricing/types";

/** GET /api/v1/pricing/catalog query: filters, and `all` for every version instead of today's prices. */
export const ZCatalogParams = z.object({
  provider: z.enum(PROVIDERS).optional(),
  region: z.string().trim().min(1).optional(),
  product: z.string().trim().min(1).optional(),
  all: z.enum(["true", "false"]).optional(),
});
export type TCatalogParams = z.infer<typeof ZCatalogParams>;

/** GET /api/v1/pricing/storage-classes query. */
export const ZStorageClassParams = z.object({
  cluster: z.string().trim().min(1).optional(),
  storageClass: z.string().trim().min(1).optional(),
  size: z
    .string()
    .trim()
    .regex(/^\d+(\.\d+)?(Ki|Mi|Gi|Ti|Pi|k|M|G|T|P)?$/, "a Kubernetes quantity such as 500Gi")
    .optional(),
});
export type TStorageClassParams = z.infer<typeof ZStorageClassParams>;
