import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { createPriceOverride, ZCreatePriceOverride } from "@/lib/queries/pricing/create-price-override";
import { listPriceOverrides } from "@/lib/queries/pricing/list-price-overrides";

export const dynamic = "force-dynamic";

export const GET = withApiErrors(async () => Response.json(await listPriceOverrides(getPrisma())));

export const POST = withApiErrors(async (request: Request) => {
  const input = ZCreatePriceOverride.parse(await request.json());
  return Response.json(await createPriceOverride(getPrisma(), input), { status: 201 });
});
