import { z } from "zod";
import { MAX_WINDOW_DAYS, monthWindow, windowDays } from "../../costing/cost-window";
import { GPU_IDLE_GROUPINGS } from "../../costing/gpu/group-gpu-idle";
import { ZIsoDay } from "../showback/showback-params";

// Strict request schemas of GET /api/v1/gpu-idle, its workload route and `tierscope gpu-idle`: a
// bad value, or a parameter they do not know (`?clustr=x`), is an error (422 in the API, one line in
// the CLI), not a silent "all".

const ZName = z.string().trim().min(1).max(253);

const ZWindowInput = z.strictObject({
  from: ZIsoDay.optional(),
  to: ZIsoDay.optional(),
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "a month written YYYY-MM")
    .optional(),
});

function toWindow<T extends z.infer<typeof ZWindowInput>>(value: T, ctx: z.RefinementCtx) {
  const { month, from, to, ...rest } = value;
  if (month && (from || to))
    ctx.addIssue({ code: "custom", message: "give either month or from/to", path: ["month"] });
  const window = month ? monthWindow(month) : from && to ? { from, to } : null;
  if (!window) {
    ctx.addIssue({ code: "custom", message: "give from and to (YYYY-MM-DD), or month", path: ["from"] });
    return z.NEVER;
  }
  if (window.from > window.to) ctx.addIssue({ code: "custom", message: "from is after to", path: ["from"] });
  else if (windowDays(window) > MAX_WINDOW_DAYS)
    ctx.addIssue({ code: "custom", message: `a window is at most ${MAX_WINDOW_DAYS} days`, path: ["to"] });
  return { ...rest, window };
}

/** GET /api/v1/gpu-idle, `tierscope gpu-idle`. */
export const ZGpuIdleQuery = ZWindowInput.extend({
  by: z.enum(GPU_IDLE_GROUPINGS).default("workload"),
  cluster: ZName.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(25),
}).transform(toWindow);
export type TGpuIdleQuery = z.output<typeof ZGpuIdleQuery>;

/** GET /api/v1/gpu-idle/workload: one workload, named by cluster, namespace, kind and name. */
export const ZGpuWorkloadQuery = ZWindowInput.extend({
  cluster: ZName,
  namespace: ZName,
  kind: ZName,
  name: ZName,
}).transform(toWindow);
export type TGpuWorkloadQuery = z.output<typeof ZGpuWorkloadQuery>;
