import { authorizedContext } from "@/lib/api/authorized-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { recomputeAfterPriceChange } from "@/lib/services/costs/recompute-after-price-change";

export const dynamic = "force-dynamic";

/** Recomputes every open day of the cost history now (seconds on the demo fleet), and clears "stale". */
export const POST = withApiErrors(async (request: Request) => {
  await authorizedContext(request, "finance", "admin");
  const started = performance.now();
  const result = await recomputeAfterPriceChange(getPrisma(), new Date());
  return Response.json({ ...result, seconds: Number(((performance.now() - started) / 1000).toFixed(1)) });
});
