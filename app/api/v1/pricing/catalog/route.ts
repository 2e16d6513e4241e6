import { requestContext } from "@/lib/api/request-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { getPriceCatalog } from "@/lib/services/pricing/get-price-catalog";
import { ZCatalogParams } from "@/lib/services/pricing/pricing-params";

export const dynamic = "force-dynamic";

export const GET = withApiErrors(async (request: Request) => {
  const ctx = await requestContext(request);
  const params = ZCatalogParams.parse(Object.fromEntries(new URL(request.url).searchParams));
  const today = new Date().toISOString().slice(0, 10);
  return Response.json(await getPriceCatalog(getPrisma(), { ctx, input: { ...params, today } }));
});
