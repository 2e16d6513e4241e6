import { authorizedContext } from "@/lib/api/authorized-context";
import { requestContext } from "@/lib/api/request-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { createPriceOverride, ZCreatePriceOverride } from "@/lib/services/pricing/create-price-override";
import { listPriceOverrides } from "@/lib/services/pricing/list-price-overrides";

export const dynamic = "force-dynamic";

export const GET = withApiErrors(async (request: Request) =>
  Response.json(await listPriceOverrides(getPrisma(), { ctx: await requestContext(request), input: {} })),
);

export const POST = withApiErrors(async (request: Request) => {
  const ctx = await authorizedContext(request, "admin");
  const input = ZCreatePriceOverride.parse(await request.json());
  return Response.json(await createPriceOverride(getPrisma(), { ctx, input }), { status: 201 });
});
