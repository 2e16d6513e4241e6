import { requestContext } from "@/lib/api/request-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { getSettings } from "@/lib/services/settings/get-settings";
import { ZUpdateSettings } from "@/lib/services/settings/settings-params";
import { updateSettings } from "@/lib/services/settings/update-settings";

export const dynamic = "force-dynamic";

export const GET = withApiErrors(async (request: Request) =>
  Response.json(await getSettings(getPrisma(), { ctx: await requestContext(request), input: {} })),
);

export const PATCH = withApiErrors(async (request: Request) => {
  const ctx = await requestContext(request);
  const input = ZUpdateSettings.parse(await request.json());
  return Response.json(await updateSettings(getPrisma(), { ctx, input }));
});
