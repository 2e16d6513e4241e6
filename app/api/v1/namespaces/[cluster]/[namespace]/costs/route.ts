import { requestContext } from "@/lib/api/request-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { getNamespaceCosts } from "@/lib/services/showback/get-namespace-costs";
import { queryWithDefaultWindow, ZOwnerCostsQuery } from "@/lib/services/showback/showback-params";

export const dynamic = "force-dynamic";

/** One namespace's spend: by storage class, category and workload, top volumes, trend. */
export const GET = withApiErrors(
  async (request: Request, context: { params: Promise<{ cluster: string; namespace: string }> }) => {
    const { cluster, namespace } = await context.params;
    const query = ZOwnerCostsQuery.parse(queryWithDefaultWindow(request.url, new Date()));
    const ctx = await requestContext(request);
    const input = { ...query, cluster, namespace };
    return Response.json(await getNamespaceCosts(getPrisma(), { ctx, input }));
  },
);
