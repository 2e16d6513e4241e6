import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { pageContext } from "@/lib/api/page-context";
import { chooseReportMonth, reportRequest } from "@/lib/costing/reports/choose-report-month";
import { getPrisma } from "@/lib/db/prisma";
import { makeQueryClient } from "@/lib/make-query-client";
import { queryKeys } from "@/lib/query-keys";
import { getChargebackReport } from "@/lib/services/reports/get-chargeback-report";
import { listReportMonths } from "@/lib/services/reports/list-report-months";
import { ZReportsParams } from "../../lib/services/reports/reports-page-params";
import { ReportsClient } from "./reports-client";

export const metadata: Metadata = { title: "Reports" };

export default async function ReportsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const params = ZReportsParams.parse(await searchParams);
  const db = getPrisma();
  const ctx = await pageContext();
  const queryClient = makeQueryClient();
  const items = await listReportMonths(db, { ctx, input: {} });
  queryClient.setQueryData(queryKeys.reportMonths(), { items });
  const query = reportRequest(
    chooseReportMonth(params.month, items),
    params.by,
    params.preliminary === "true",
  );
  if (query) {
    await queryClient.prefetchQuery({
      queryKey: queryKeys.chargebackReport(query),
      queryFn: () =>
        getChargebackReport(db, {
          ctx,
          input: { ...query, preliminary: query.preliminary === "true", now: new Date() },
        }),
    });
  }
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <ReportsClient
        canClose={ctx.roles.includes("finance") || ctx.roles.includes("admin")}
        canReopen={ctx.roles.includes("admin")}
      />
    </HydrationBoundary>
  );
}
