import { requestContext } from "@/lib/api/request-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { listVolumes } from "@/lib/services/showback/list-volumes";
import { ZVolumesQuery } from "@/lib/services/showback/showback-params";

export const dynamic = "force-dynamic";

/** The volume inventory with each volume's monthly run-rate. */
export const GET = withApiErrors(async (request: Request) => {
  const query = ZVolumesQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const ctx = await requestContext(request);
  return Response.json(await listVolumes(getPrisma(), { ctx, input: query }));
});
