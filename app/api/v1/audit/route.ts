import { authorizedContext } from "@/lib/api/authorized-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { listAuditEvents } from "@/lib/services/audit/list-audit-events";

export const dynamic = "force-dynamic";

/** The audit log, newest first: who changed what, when, before and after (admin only). */
export const GET = withApiErrors(async (request: Request) => {
  const ctx = await authorizedContext(request, "admin");
  const input = Object.fromEntries(new URL(request.url).searchParams);
  return Response.json(await listAuditEvents(getPrisma(), { ctx, input }));
});
