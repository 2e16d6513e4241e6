import { z } from "zod";

/** The Pricing page's URL: the catalog's provider filter; anything else falls back to all providers. */
export const ZPricingParams = z.object({
  provider: z.enum(["aws", "azure", "gcp"]).optional().catch(undefined),
});
export type TPricingParams = z.infer<typeof ZPricingParams>;
