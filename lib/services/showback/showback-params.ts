import { z } from "zod";
import { isIsoDay, MAX_WINDOW_DAYS, monthWindow, presetWindow, windowDays } from "../../costing/cost-window";

// Strict request schemas shared by the API routes, the CLI and the pages' prefetch. A bad value is
// an error here (422 in the API); the pages' URL schemas wrap these values with .catch() fallbacks.

export const SHOWBACK_GROUPINGS = [
  "cluster",
  "namespace",
  "team",
  "cost-centre",
  "storage-class",
  "category",
] as const;
export type ShowbackGrouping = (typeof SHOWBACK_GROUPINGS)[number];

export const COST_STATUSES = ["priced", "estimated", "unpriced", "included"] as const;
export const ALLOCATIONS = ["allocated", "unallocated"] as const;
export const RESOURCE_KINDS = ["PersistentVolume", "VolumeSnapshotContent", "VolumeDataAccess"] as const;
export const VOLUME_PHASES = ["Pending", "Available", "Bound", "Released", "Failed"] as const;
export const VOLUME_SORTS = ["cost-desc", "cost-asc", "capacity-desc", "name-asc"] as const;

export const ZIsoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "a day written YYYY-MM-DD")
  .refine(isIsoDay, "a day written YYYY-MM-DD");
export const ZCurrency = z.string().regex(/^[A-Z]{3}$/, "a three-letter currency code such as USD");
const ZName = z.string().trim().min(1).max(253);

/** from/to, or month (YYYY-MM): the window, whole UTC days, both ends included. */
const ZWindowInput = z.object({
  from: ZIsoDay.optional(),
  to: ZIsoDay.optional(),
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "a month written YYYY-MM")
    .optional(),
});

function resolveWindow<T extends z.infer<typeof ZWindowInput>>(value: T, ctx: z.RefinementCtx) {
  const { month, from, to, ...rest } = value;
  let window: { from: string; to: string };
  if (month) {
    if (from || to)
      ctx.addIssue({ code: "custom", message: "give either month or from/to", path: ["month"] });
    window = monthWindow(month);
  } else if (from && to) {
    window = { from, to };
  } else {
    ctx.addIssue({ code: "custom", message: "give from and to (YYYY-MM-DD), or month", path: ["from"] });
    return z.NEVER;
  }
  if (window.from > window.to) {
    ctx.addIssue({ code: "custom", message: "from is after to", path: ["from"] });
  } else if (windowDays(window) > MAX_WINDOW_DAYS) {
    ctx.addIssue({ code: "custom", message: `a window is at most ${MAX_WINDOW_DAYS} days`, path: ["to"] });
  }
  return { ...rest, ...window };
}

const page = z.coerce.number().int().min(1).max(1_000_000).default(1);
const pageSize = (max: number, fallback: number) => z.coerce.number().int().min(1).max(max).default(fallback);

/** GET /api/v1/costs, `tierscope costs`. */
export const ZShowbackQuery = ZWindowInput.extend({
  by: z.enum(SHOWBACK_GROUPINGS).default("namespace"),
  cluster: ZName.optional(),
  currency: ZCurrency.optional(),
  page,
  pageSize: pageSize(500, 25),
}).transform(resolveWindow);
export type TShowbackQuery = z.output<typeof ZShowbackQuery>;

/** GET /api/v1/costs/facts: the facts behind a figure. */
export const ZCostFactsQuery = ZWindowInput.extend({
  cluster: ZName.optional(),
  resourceKind: z.enum(RESOURCE_KINDS).optional(),
  resourceUid: ZName.optional(),
  /** With `key`: only the facts of one showback group (the key the showback result gave it). */
  by: z.enum(SHOWBACK_GROUPINGS).optional(),
  key: z.string().min(1).max(600).optional(),
  namespace: ZName.optional(),
  /** A team's slug: facts allocated to its namespaces. */
  team: ZName.optional(),
  likelyOwner: ZName.optional(),
  status: z.enum(COST_STATUSES).optional(),
  allocation: z.enum(ALLOCATIONS).optional(),
  currency: ZCurrency.optional(),
  page,
  pageSize: pageSize(500, 50),
}).transform(resolveWindow);
export type TCostFactsQuery = z.output<typeof ZCostFactsQuery>;

/** GET /api/v1/namespaces/{cluster}/{namespace}/costs and /api/v1/teams/{slug}/costs. */
export const ZOwnerCostsQuery = ZWindowInput.extend({
  currency: ZCurrency.optional(),
  /** Page of the top-volumes list. */
  page,
  pageSize: pageSize(200, 10),
}).transform(resolveWindow);
export type TOwnerCostsQuery = z.output<typeof ZOwnerCostsQuery>;

/** GET /api/v1/volumes: the volume inventory. */
export const ZVolumesQuery = z.object({
  cluster: ZName.optional(),
  namespace: ZName.optional(),
  storageClass: ZName.optional(),
  phase: z.enum(VOLUME_PHASES).optional(),
  search: z.string().trim().min(1).max(253).optional(),
  /** live: volumes that exist now (default); all: deleted ones too. */
  include: z.enum(["live", "all"]).default("live"),
  sort: z.enum(VOLUME_SORTS).default("cost-desc"),
  page,
  pageSize: pageSize(500, 50),
});
export type TVolumesQuery = z.output<typeof ZVolumesQuery>;

/** GET /api/v1/volumes/{cluster}/{uid}: cost history and usage over the window. */
export const ZVolumeDetailQuery = ZWindowInput.extend({ currency: ZCurrency.optional() }).transform(
  resolveWindow,
);
export type TVolumeDetailQuery = z.output<typeof ZVolumeDetailQuery>;

/**
 * Request query parameters as an object, with the last 30 complete days (UTC) when they name no
 * window at all: the API's default window.
 */
export function queryWithDefaultWindow(url: string, now: Date): Record<string, string> {
  const input = Object.fromEntries(new URL(url).searchParams);
  if (input.from === undefined && input.to === undefined && input.month === undefined) {
    return { ...input, ...presetWindow("30d", now.toISOString().slice(0, 10)) };
  }
  return input;
}
