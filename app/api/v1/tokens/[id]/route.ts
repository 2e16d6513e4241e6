import { authorizedContext } from "@/lib/api/authorized-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { revokeApiToken, ZApiTokenId } from "@/lib/services/identity/revoke-api-token";

export const dynamic = "force-dynamic";

/** Revokes a token: it stops working at once; the row stays, for the list and the audit log. */
export const DELETE = withApiErrors(
  async (request: Request, context: { params: Promise<{ id: string }> }) => {
    const ctx = await authorizedContext(request, "admin");
    const id = ZApiTokenId.parse((await context.params).id);
    return Response.json(await revokeApiToken(getPrisma(), { ctx, input: { token: id }, now: new Date() }));
  },
);
