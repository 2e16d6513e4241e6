import type { Db } from "../../db/prisma";
import type { IsoDay } from "../../pricing/types";
import { getClusterByNameOrThrow } from "../../queries/clusters/get-cluster-by-name-or-throw";
import { recordAudit } from "../audit/record-audit";
import { assertRole } from "../identity/assert-role";
import type { ServiceCall } from "../service-context";
import type { ComputeCostFactsResult } from "./compute-cost-facts";
import { computeCostFacts } from "./compute-cost-facts";
import { recomputeAfterPriceChange } from "./recompute-after-price-change";

/** Days to recompute (both included), optionally of one cluster; none: every open day of the history. */
export interface RecomputeWindow {
  from: IsoDay;
  to: IsoDay;
  cluster?: string;
}

/**
 * Recomputes cost facts now (finance or admin; closed months stay as they were), audited with the
 * window and what it computed: `tierscope recompute` gives a window, the app's "Recompute now" none.
 */
export async function recomputeCosts(
  db: Db,
  { ctx, input, now }: ServiceCall<{ window?: RecomputeWindow }> & { now: Date },
): Promise<ComputeCostFactsResult> {
  assertRole(ctx, "finance", "admin");
  const { window } = input;
  const cluster = window?.cluster ? await getClusterByNameOrThrow(db, window.cluster) : undefined;
  const result = window
    ? await computeCostFacts(db, { from: window.from, to: window.to, now, clusterId: cluster?.id })
    : await recomputeAfterPriceChange(db, { ctx, input: { now } });
  await recordAudit(db, ctx, {
    action: "costs.recompute",
    targetType: "cost_facts",
    before: null,
    after: { window: window ? { ...window, cluster: cluster?.name ?? null } : "every open day", ...result },
  });
  return result;
}
