import { requestContext } from "@/lib/api/request-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { getCleanupWorklist } from "@/lib/services/worklist/get-cleanup-worklist";

export const dynamic = "force-dynamic";

export const GET = withApiErrors(async (request: Request) =>
  Response.json(
    await getCleanupWorklist(getPrisma(), { ctx: await requestContext(request), input: { now: new Date() } }),
  ),
);
