import { requestContext } from "@/app/interim-context";
import { getPrisma } from "@/lib/db/prisma";
import { getFleetOverview } from "@/lib/services/overview/get-fleet-overview";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const ctx = await requestContext(request);
  const overview = await getFleetOverview(getPrisma(), { ctx, input: { asOf: new Date() } });
  return Response.json(overview);
}
