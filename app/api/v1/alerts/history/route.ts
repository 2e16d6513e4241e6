import { requestContext } from "@/lib/api/request-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { listAlertHistory } from "@/lib/services/alerts/list-alert-history";

export const dynamic = "force-dynamic";

/** The newest alerts in scope with each channel's delivery status, attempts and last error. */
export const GET = withApiErrors(async (request: Request) =>
  Response.json(await listAlertHistory(getPrisma(), { ctx: await requestContext(request), input: {} })),
);
