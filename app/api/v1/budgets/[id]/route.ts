import { requestContext } from "@/lib/api/request-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { deleteBudget } from "@/lib/services/budgets/delete-budget";
import { updateBudget } from "@/lib/services/budgets/update-budget";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

/** Changes a budget's name, amount, currency or thresholds (admin or finance). */
export const PATCH = withApiErrors(async (request: Request, { params }: Params) => {
  const { id } = await params;
  const ctx = await requestContext(request);
  return Response.json(await updateBudget(getPrisma(), { ctx, input: { id, patch: await request.json() } }));
});

/** Deletes a budget (admin or finance). */
export const DELETE = withApiErrors(async (request: Request, { params }: Params) => {
  const { id } = await params;
  await deleteBudget(getPrisma(), { ctx: await requestContext(request), input: { id } });
  return new Response(null, { status: 204 });
});
