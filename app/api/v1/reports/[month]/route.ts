import { Readable } from "node:stream";
import { requestContext } from "@/lib/api/request-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { renderChargebackReport } from "@/lib/services/reports/render-chargeback-report";
import { ZReportMonth, ZReportQuery } from "@/lib/services/reports/report-params";

export const dynamic = "force-dynamic";

/**
 * A month's chargeback: JSON, or a download (CSV, FOCUS CSV streamed row batch by batch, PDF). An
 * open month is 409 unless preliminary=true.
 */
export const GET = withApiErrors(
  async (request: Request, context: { params: Promise<{ month: string }> }) => {
    const month = ZReportMonth.parse((await context.params).month);
    const query = ZReportQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
    const ctx = await requestContext(request);
    const input = { month, ...query, preliminary: query.preliminary === "true", now: new Date() };
    const rendered = await renderChargebackReport(getPrisma(), { ctx, input });
    if (query.format === "json") return Response.json(rendered.report);
    const { body } = rendered;
    const stream =
      typeof body === "string"
        ? body
        : Buffer.isBuffer(body)
          ? new Uint8Array(body)
          : (Readable.toWeb(Readable.from(body)) as ReadableStream<Uint8Array>);
    return new Response(stream, {
      headers: {
        "content-type": rendered.contentType,
        "content-disposition": `attachment; filename="${rendered.filename}"`,
      },
    });
  },
);
