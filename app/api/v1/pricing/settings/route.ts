import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { getPricingSettings } from "@/lib/queries/pricing/get-pricing-settings";
import { updatePricingSettings, ZUpdatePricingSettings } from "@/lib/queries/pricing/update-pricing-settings";

export const dynamic = "force-dynamic";

export const GET = withApiErrors(async () => Response.json(await getPricingSettings(getPrisma())));

export const PUT = withApiErrors(async (request: Request) => {
  const input = ZUpdatePricingSettings.parse(await request.json());
  return Response.json(await updatePricingSettings(getPrisma(), input));
});
