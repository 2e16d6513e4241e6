import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { pageContext } from "@/lib/api/page-context";
import { getPrisma } from "@/lib/db/prisma";
import { makeQueryClient } from "@/lib/make-query-client";
import { queryKeys } from "@/lib/query-keys";
import { listAuditEventsForPage } from "@/lib/services/audit/list-audit-events-for-page";
import { auditParamsOf } from "../../../lib/services/audit/audit-page-params";
import { adminPageData } from "../admin-page-data";
import { AuditClient } from "./audit-client";

export const dynamic = "force-dynamic";

export default async function AuditLogPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await pageContext();
  const params = auditParamsOf(await searchParams);
  const queryClient = makeQueryClient();
  const events = await adminPageData(() => listAuditEventsForPage(getPrisma(), { ctx, input: params }));
  if (events) queryClient.setQueryData(queryKeys.auditEvents(params), events);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <AuditClient />
    </HydrationBoundary>
  );
}
