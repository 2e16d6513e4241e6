import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { parseBytes } from "@/lib/pricing/quantity";
import { getStorageClassPricing } from "@/lib/queries/pricing/get-storage-class-pricing";
import { ZStorageClassParams } from "@/lib/services/pricing/pricing-params";

export const dynamic = "force-dynamic";

export const GET = withApiErrors(async (request: Request) => {
  const params = ZStorageClassParams.parse(Object.fromEntries(new URL(request.url).searchParams));
  const result = await getStorageClassPricing(getPrisma(), {
    now: new Date(),
    clusterName: params.cluster,
    storageClassName: params.storageClass,
    referenceBytes: params.size ? (parseBytes(params.size) ?? undefined) : undefined,
  });
  return Response.json(result);
});
