import { requestContext } from "@/lib/api/request-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { pushMaxBytes } from "@/lib/ingest/push/push-limits";
import {
  CONTENT_SHA256_HEADER,
  KIND_OUTCOMES_HEADER,
  OBSERVED_AT_HEADER,
  ZPushHeaders,
} from "@/lib/ingest/push/push-protocol";
import { readPushBody } from "@/lib/ingest/push/read-push-body";
import { ingestPushedObservation } from "@/lib/services/ingest/ingest-pushed-observation";
import { describeActor } from "@/lib/services/service-context";
import { InvalidInputError } from "@/lib/services/service-errors";

export const dynamic = "force-dynamic";

/** A collector's observation of its cluster (see lib/ingest/push/push-protocol.ts). */
export const POST = withApiErrors(
  async (request: Request, context: { params: Promise<{ name: string }> }) => {
    const { name } = await context.params;
    // proxy.ts lets this path through unbuffered (a push may be large): the route authenticates.
    const ctx = await requestContext(request);
    const headers = ZPushHeaders.parse({
      observedAt: request.headers.get(OBSERVED_AT_HEADER),
      kindOutcomes: request.headers.get(KIND_OUTCOMES_HEADER),
      contentSha256: request.headers.get(CONTENT_SHA256_HEADER),
    });
    const encoding = request.headers.get("content-encoding") ?? "identity";
    if (encoding !== "gzip" && encoding !== "identity") {
      throw new InvalidInputError(`content-encoding ${encoding}: send gzip or nothing`);
    }
    if (!request.body) throw new InvalidInputError("the push has no body");
    const summary = await ingestPushedObservation(getPrisma(), {
      ctx,
      input: {
        clusterName: name,
        observedAt: headers.observedAt,
        kindOutcomes: headers.kindOutcomes,
        contentSha256: headers.contentSha256,
        objects: readPushBody(request.body, {
          gzip: encoding === "gzip",
          maxBytes: pushMaxBytes(),
          contentSha256: headers.contentSha256,
        }),
        sourceRef: `collector ${describeActor(ctx.actor)} (${request.headers.get("user-agent") ?? "unknown"})`,
      },
    });
    return Response.json(summary, { status: summary.duplicateOf ? 200 : 201 });
  },
  // Gzip JSON lines, streamed and bounded by readPushBody (TIERSCOPE_PUSH_MAX_BYTES), not 1 MiB of JSON.
  { ownBody: true },
);
