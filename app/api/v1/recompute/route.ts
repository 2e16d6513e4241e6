import { authorizedContext } from "@/lib/api/authorized-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { recordAudit } from "@/lib/services/audit/record-audit";
import { recomputeAfterPriceChange } from "@/lib/services/costs/recompute-after-price-change";

export const dynamic = "force-dynamic";

/** Recomputes every open day of the cost history now (seconds on the demo fleet), and clears "stale". */
export const POST = withApiErrors(async (request: Request) => {
  const ctx = await authorizedContext(request, "finance", "admin");
  const started = performance.now();
  const result = await recomputeAfterPriceChange(getPrisma(), new Date());
  await recordAudit(getPrisma(), ctx, { action: "costs.recompute", targetType: "cost_facts", after: result });
  return Response.json({ ...result, seconds: Number(((performance.now() - started) / 1000).toFixed(1)) });
});
