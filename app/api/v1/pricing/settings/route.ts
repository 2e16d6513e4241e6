import { authorizedContext } from "@/lib/api/authorized-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { markCostsStale } from "@/lib/queries/costs/costs-staleness";
import { getPricingSettings } from "@/lib/queries/pricing/get-pricing-settings";
import { updatePricingSettings, ZUpdatePricingSettings } from "@/lib/queries/pricing/update-pricing-settings";

export const dynamic = "force-dynamic";

export const GET = withApiErrors(async () => Response.json(await getPricingSettings(getPrisma())));

export const PUT = withApiErrors(async (request: Request) => {
  await authorizedContext(request, "admin");
  const input = ZUpdatePricingSettings.parse(await request.json());
  const settings = await updatePricingSettings(getPrisma(), input);
  await markCostsStale(getPrisma(), {
    reason: "display currency or exchange rates changed",
    now: new Date(),
  });
  return Response.json(settings);
});
