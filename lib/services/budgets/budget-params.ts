import { z } from "zod";
import type { ForecastGrouping } from "../../queries/forecasts/forecast-grouping";
import { ZCurrency } from "../showback/showback-params";

export const BUDGET_SCOPES = [
  "fleet",
  "cluster",
  "team",
  "cost_centre",
  "namespace",
  "storage_class",
] as const;
export type BudgetScopeKind = (typeof BUDGET_SCOPES)[number];

/** The forecast grouping whose group keys a budget's scope key is one of. */
export const GROUPING_OF_SCOPE: Record<BudgetScopeKind, ForecastGrouping> = {
  fleet: "fleet",
  cluster: "cluster",
  team: "team",
  cost_centre: "cost-centre",
  namespace: "namespace",
  storage_class: "storage-class",
};

const ZAmount = z
  .string()
  .trim()
  .regex(/^\d{1,15}(\.\d{1,4})?$/, "an amount such as 2500 or 2500.50 (at most 4 decimals)")
  .refine((v) => Number.parseFloat(v) > 0, "more than 0");
const ZRatio = z
  .string()
  .trim()
  .regex(/^\d{1,2}(\.\d{1,4})?$/, "a share of the amount such as 0.8 (80 %) or 1 (100 %)")
  .refine((v) => Number.parseFloat(v) > 0, "more than 0");

const fields = {
  name: z.string().trim().min(1).max(120),
  monthlyAmount: ZAmount,
  currency: ZCurrency,
  actualThreshold: ZRatio.optional(),
  forecastThreshold: ZRatio.optional(),
};

/**
 * POST /api/v1/budgets, `tierscope budgets set`. The scope key is the group's key: a cluster's name,
 * a team's slug, a cost centre, cluster/namespace or cluster/storage-class; none for the fleet.
 */
export const ZBudgetInput = z
  .object({
    ...fields,
    scopeKind: z.enum(BUDGET_SCOPES),
    scopeKey: z.string().trim().min(1).max(600).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.scopeKind !== "fleet" && !value.scopeKey) {
      ctx.addIssue({
        code: "custom",
        path: ["scopeKey"],
        message: `required for a ${value.scopeKind} budget`,
      });
    }
    const twoPart = value.scopeKind === "namespace" || value.scopeKind === "storage_class";
    if (twoPart && value.scopeKey && !/^[^/]+\/[^/]+$/.test(value.scopeKey)) {
      ctx.addIssue({ code: "custom", path: ["scopeKey"], message: "written CLUSTER/NAME" });
    }
  });
export type TBudgetInput = z.input<typeof ZBudgetInput>;

/** PATCH /api/v1/budgets/{id}: the amount, currency, name and thresholds; the scope stays. */
export const ZBudgetPatch = z.object(fields).partial().strict();
export type TBudgetPatch = z.input<typeof ZBudgetPatch>;

/** A budget id is a UUID: anything else names no budget (404), not a database error. */
export function isBudgetId(id: string): boolean {
  return z.uuid().safeParse(id).success;
}
