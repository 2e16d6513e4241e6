import { requestContext } from "@/lib/api/request-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { createAlertChannel } from "@/lib/services/alerts/create-alert-channel";
import { listAlertChannels } from "@/lib/services/alerts/list-alert-channels";

export const dynamic = "force-dynamic";

/** The alert channels, without URLs' paths or secrets. */
export const GET = withApiErrors(async (request: Request) =>
  Response.json(await listAlertChannels(getPrisma(), { ctx: await requestContext(request), input: {} })),
);

/** Creates an alert channel (admin or finance); its URL and secret are never returned. */
export const POST = withApiErrors(async (request: Request) => {
  const ctx = await requestContext(request);
  const channel = await createAlertChannel(getPrisma(), { ctx, input: await request.json() });
  return Response.json(channel, { status: 201 });
});
