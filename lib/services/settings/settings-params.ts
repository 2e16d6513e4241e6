import { z } from "zod";

/** One group's change: field → new value (text or typed), or null to restore the default. */
export const ZUpdateSettings = z
  .object({
    key: z.string().min(1).max(100),
    values: z.record(z.string().min(1).max(100), z.unknown()),
  })
  .strict();
export type TUpdateSettings = z.infer<typeof ZUpdateSettings>;
