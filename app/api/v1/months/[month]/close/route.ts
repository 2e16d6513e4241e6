import { authorizedContext } from "@/lib/api/authorized-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { closeMonth, ZCloseMonthBody, ZMonth } from "@/lib/services/months/close-month";
import { getMonthCloseChecklist } from "@/lib/services/months/get-month-close-checklist";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ month: string }> };

/** The month's pre-close checklist (finance, admin). */
export const GET = withApiErrors(async (request: Request, context: Params) => {
  const ctx = await authorizedContext(request, "finance", "admin");
  const month = ZMonth.parse((await context.params).month);
  return Response.json(await getMonthCloseChecklist(getPrisma(), { ctx, input: { month } }));
});

/**
 * Closes the month (finance, admin). 409 with the checklist when it has open items and no reason
 * acknowledged them; the close and its reason go to the audit log.
 */
export const POST = withApiErrors(async (request: Request, context: Params) => {
  const ctx = await authorizedContext(request, "finance", "admin");
  const month = ZMonth.parse((await context.params).month);
  const text = await request.text();
  const { reason } = ZCloseMonthBody.parse(text ? JSON.parse(text) : {});
  return Response.json(await closeMonth(getPrisma(), { ctx, input: { month, reason } }, new Date()));
});
