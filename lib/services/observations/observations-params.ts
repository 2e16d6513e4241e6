import { z } from "zod";

export const OBSERVATIONS_PAGE_SIZE = 25;

/** The page's URL parameters; anything malformed falls back to the first page of every cluster. */
export const ZObservationsParams = z.object({
  cluster: z.string().min(1).max(253).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});

export type TObservationsParams = z.infer<typeof ZObservationsParams>;
