import { requestContext } from "@/lib/api/request-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { createAlertRule } from "@/lib/services/alerts/create-alert-rule";
import { listAlertRules } from "@/lib/services/alerts/list-alert-rules";

export const dynamic = "force-dynamic";

/** The alert rules in the reader's scope. */
export const GET = withApiErrors(async (request: Request) =>
  Response.json(await listAlertRules(getPrisma(), { ctx: await requestContext(request), input: {} })),
);

/** Creates an alert rule (admin or finance). */
export const POST = withApiErrors(async (request: Request) => {
  const ctx = await requestContext(request);
  const rule = await createAlertRule(getPrisma(), { ctx, input: await request.json() });
  return Response.json(rule, { status: 201 });
});
