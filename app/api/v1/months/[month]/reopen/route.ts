import { authorizedContext } from "@/lib/api/authorized-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { ZMonth } from "@/lib/services/months/close-month";
import { reopenMonth, ZReopenMonthBody } from "@/lib/services/months/reopen-month";

export const dynamic = "force-dynamic";

/** Reopens a closed month (admin only), with the reason; recorded in the audit log. */
export const POST = withApiErrors(
  async (request: Request, context: { params: Promise<{ month: string }> }) => {
    const ctx = await authorizedContext(request, "admin");
    const month = ZMonth.parse((await context.params).month);
    const { reason } = ZReopenMonthBody.parse(await request.json());
    return Response.json(await reopenMonth(getPrisma(), { ctx, input: { month, reason } }, new Date()));
  },
);
