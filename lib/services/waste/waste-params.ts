import { z } from "zod";
import { WASTE_RULES } from "../../costing/waste/waste-rules";

export const WASTE_PAGE_SIZE = 25;

/** GET /api/v1/waste and /api/v1/waste.csv query: strict, so a typo is a 422 and not a silent "all". */
export const ZWasteQuery = z.object({
  cluster: z.string().trim().min(1).max(253).optional(),
  rule: z.enum(WASTE_RULES).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  includeDismissed: z.enum(["true", "false"]).optional(),
});
export type TWasteQuery = z.infer<typeof ZWasteQuery>;
