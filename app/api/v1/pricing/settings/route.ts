import { authorizedContext } from "@/lib/api/authorized-context";
import { requestContext } from "@/lib/api/request-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { getPricingSettings } from "@/lib/services/pricing/get-pricing-settings";
import {
  updatePricingSettings,
  ZUpdatePricingSettings,
} from "@/lib/services/pricing/update-pricing-settings";

export const dynamic = "force-dynamic";

export const GET = withApiErrors(async (request: Request) =>
  Response.json(await getPricingSettings(getPrisma(), { ctx: await requestContext(request), input: {} })),
);

export const PUT = withApiErrors(async (request: Request) => {
  const ctx = await authorizedContext(request, "admin");
  const input = ZUpdatePricingSettings.parse(await request.json());
  return Response.json(await updatePricingSettings(getPrisma(), { ctx, input }));
});
