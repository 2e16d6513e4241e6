import { requestContext } from "@/lib/api/request-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { recomputeCosts } from "@/lib/services/costs/recompute-costs";

export const dynamic = "force-dynamic";

/** Recomputes every open day of the cost history now (seconds on the demo fleet), and clears "stale". */
export const POST = withApiErrors(async (request: Request) => {
  const ctx = await requestContext(request);
  const started = performance.now();
  const result = await recomputeCosts(getPrisma(), { ctx, input: {}, now: new Date() });
  return Response.json({ ...result, seconds: Number(((performance.now() - started) / 1000).toFixed(1)) });
});
