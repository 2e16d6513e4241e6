import { requestContext } from "@/lib/api/request-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { wasteFindingsCsv } from "@/lib/costing/waste/findings-csv";
import { serializeFinding } from "@/lib/costing/waste/serialize-finding";
import { getPrisma } from "@/lib/db/prisma";
import { listWasteFindings } from "@/lib/services/waste/list-waste-findings";
import { ZWasteQuery } from "@/lib/services/waste/waste-params";

export const dynamic = "force-dynamic";

/** Every finding matching the filters (no pages) as CSV: one row per finding, every column. */
export const GET = withApiErrors(async (request: Request) => {
  const params = ZWasteQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const now = new Date();
  const list = await listWasteFindings(getPrisma(), {
    ctx: await requestContext(request),
    input: {
      now,
      clusterName: params.cluster,
      rule: params.rule,
      includeDismissed: params.includeDismissed === "true",
    },
  });
  const csv = wasteFindingsCsv(list.findings.map((f) => serializeFinding(f.finding, f.dismissed)));
  const name = ["tierscope-waste", params.cluster, params.rule, now.toISOString().slice(0, 10)]
    .filter(Boolean)
    .join("-");
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${name}.csv"`,
    },
  });
});
