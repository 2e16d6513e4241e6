import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { createPriceOverride, ZCreatePriceOverride } from "@/lib/queries/pricing/create-price-override";
import { listPriceOverrides } from "@/lib/queries/pricing/list-price-overrides";
import { recomputeAfterPriceChange } from "@/lib/services/costs/recompute-after-price-change";

export const dynamic = "force-dynamic";

export const GET = withApiErrors(async () => Response.json(await listPriceOverrides(getPrisma())));

export const POST = withApiErrors(async (request: Request) => {
  const input = ZCreatePriceOverride.parse(await request.json());
  const created = await createPriceOverride(getPrisma(), input);
  await recomputeAfterPriceChange(getPrisma(), new Date());
  return Response.json(created, { status: 201 });
});
