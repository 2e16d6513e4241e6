import { authorizedContext } from "@/lib/api/authorized-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { markCostsStale } from "@/lib/queries/costs/costs-staleness";
import { createPriceOverride, ZCreatePriceOverride } from "@/lib/queries/pricing/create-price-override";
import { listPriceOverrides } from "@/lib/queries/pricing/list-price-overrides";

export const dynamic = "force-dynamic";

export const GET = withApiErrors(async () => Response.json(await listPriceOverrides(getPrisma())));

export const POST = withApiErrors(async (request: Request) => {
  await authorizedContext(request, "admin");
  const input = ZCreatePriceOverride.parse(await request.json());
  const created = await createPriceOverride(getPrisma(), input);
  // A GPU-hour price is read when GPU idle is computed; it changes no stored storage cost.
  if (created.component !== "gpu_hour") {
    await markCostsStale(getPrisma(), {
      reason: `price override added (${created.storageClassName ?? created.product ?? created.provider ?? "all"})`,
      now: new Date(),
    });
  }
  return Response.json(created, { status: 201 });
});
