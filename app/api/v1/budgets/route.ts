import { requestContext } from "@/lib/api/request-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { createBudget } from "@/lib/services/budgets/create-budget";
import { listBudgets } from "@/lib/services/budgets/list-budgets";

export const dynamic = "force-dynamic";

/** Every budget in scope with this month's spend, forecast, thresholds crossed and burn-down. */
export const GET = withApiErrors(async (request: Request) =>
  Response.json(await listBudgets(getPrisma(), { ctx: await requestContext(request), input: {} })),
);

/** Creates a budget (admin or finance). */
export const POST = withApiErrors(async (request: Request) => {
  const budget = await createBudget(getPrisma(), {
    ctx: await requestContext(request),
    input: await request.json(),
  });
  return Response.json(budget, { status: 201 });
});
