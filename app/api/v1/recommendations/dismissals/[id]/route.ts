import { requestContext } from "@/lib/api/request-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { restoreRecommendation, ZDismissalId } from "@/lib/services/recommendations/restore-recommendation";

export const dynamic = "force-dynamic";

/** Restore a dismissed recommendation: it is listed again. */
export const DELETE = withApiErrors(
  async (request: Request, context: { params: Promise<{ id: string }> }) => {
    const ctx = await requestContext(request);
    const id = ZDismissalId.parse((await context.params).id);
    await restoreRecommendation(getPrisma(), { ctx, input: { id } });
    return new Response(null, { status: 204 });
  },
);
