import { requestContext } from "@/lib/api/request-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { parseMetricPushLine } from "@/lib/ingest/push/metric-push-line";
import { pushMaxBytes } from "@/lib/ingest/push/push-limits";
import {
  CONTENT_SHA256_HEADER,
  SKIP_INVALID_HEADER,
  ZMetricPushHeaders,
} from "@/lib/ingest/push/push-protocol";
import { readPushedLines } from "@/lib/ingest/push/read-pushed-lines";
import { ingestPushedMetrics } from "@/lib/services/ingest/ingest-pushed-metrics";
import { describeActor } from "@/lib/services/service-context";
import { InvalidInputError } from "@/lib/services/service-errors";

export const dynamic = "force-dynamic";

/** A collector's metrics read from its cluster's Prometheus (see lib/ingest/push/metric-push-line.ts). */
export const POST = withApiErrors(
  async (request: Request, context: { params: Promise<{ name: string }> }) => {
    const { name } = await context.params;
    // proxy.ts lets this path through unbuffered (a push may be large): the route authenticates.
    const ctx = await requestContext(request);
    const headers = ZMetricPushHeaders.parse({
      contentSha256: request.headers.get(CONTENT_SHA256_HEADER),
      skipInvalid: request.headers.get(SKIP_INVALID_HEADER) ?? undefined,
    });
    const encoding = request.headers.get("content-encoding") ?? "identity";
    if (encoding !== "gzip" && encoding !== "identity") {
      throw new InvalidInputError(`content-encoding ${encoding}: send gzip or nothing`);
    }
    const body = request.body;
    if (!body) throw new InvalidInputError("the push has no body");
    const summary = await ingestPushedMetrics(getPrisma(), {
      ctx,
      input: {
        clusterName: name,
        contentSha256: headers.contentSha256,
        skipInvalid: headers.skipInvalid,
        records: () =>
          readPushedLines(
            body,
            { gzip: encoding === "gzip", maxBytes: pushMaxBytes(), contentSha256: headers.contentSha256 },
            parseMetricPushLine,
          ),
        sourceRef: `collector ${describeActor(ctx.actor)} (${request.headers.get("user-agent") ?? "unknown"})`,
      },
    });
    return Response.json(summary, { status: "duplicateOf" in summary ? 200 : 201 });
  },
  // Gzip JSON lines, streamed and bounded by readPushedLines (TIERSCOPE_PUSH_MAX_BYTES), not 1 MiB of JSON.
  { ownBody: true },
);
