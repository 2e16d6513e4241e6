import { authorizedContext } from "@/lib/api/authorized-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { createApiToken } from "@/lib/services/identity/create-api-token";
import { listApiTokens } from "@/lib/services/identity/list-api-tokens";

export const dynamic = "force-dynamic";

export const GET = withApiErrors(async (request: Request) => {
  const ctx = await authorizedContext(request, "admin");
  return Response.json({ items: await listApiTokens(getPrisma(), { ctx }) });
});

/** Creates a token; the answer holds the token itself, which is never shown again. */
export const POST = withApiErrors(async (request: Request) => {
  const ctx = await authorizedContext(request, "admin");
  const created = await createApiToken(getPrisma(), { ctx, input: await request.json(), now: new Date() });
  return Response.json(created, { status: 201 });
});
