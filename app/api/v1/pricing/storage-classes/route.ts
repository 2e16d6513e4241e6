import { requestContext } from "@/lib/api/request-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { getStorageClassPricing } from "@/lib/services/pricing/get-storage-class-pricing";
import { ZStorageClassParams } from "@/lib/services/pricing/pricing-params";

export const dynamic = "force-dynamic";

export const GET = withApiErrors(async (request: Request) => {
  const ctx = await requestContext(request);
  const params = ZStorageClassParams.parse(Object.fromEntries(new URL(request.url).searchParams));
  return Response.json(
    await getStorageClassPricing(getPrisma(), { ctx, input: { ...params, now: new Date() } }),
  );
});
