import { withNotFound } from "@/app/api/v1/costs/with-not-found";
import { requestContext } from "@/app/interim-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { ZVolumesQuery } from "@/lib/queries/showback/showback-params";
import { listVolumes } from "@/lib/services/showback/list-volumes";

export const dynamic = "force-dynamic";

/** The volume inventory with each volume's monthly run-rate. */
export const GET = withApiErrors(
  withNotFound(async (request: Request) => {
    const query = ZVolumesQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
    const ctx = await requestContext(request);
    return Response.json(await listVolumes(getPrisma(), { ctx, input: query }));
  }),
);
