import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { pageContext } from "@/lib/api/page-context";
import { getPrisma } from "@/lib/db/prisma";
import { makeQueryClient } from "@/lib/make-query-client";
import { queryKeys } from "@/lib/query-keys";
import { listAlertChannels } from "@/lib/services/alerts/list-alert-channels";
import { listAlertHistory } from "@/lib/services/alerts/list-alert-history";
import { listAlertRules } from "@/lib/services/alerts/list-alert-rules";
import { hasRole } from "@/lib/services/service-context";
import { AlertsClient } from "./alerts-client";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Alerts" };

export default async function AlertsPage() {
  const db = getPrisma();
  const ctx = await pageContext();
  const call = { ctx, input: {} };
  const queryClient = makeQueryClient();
  await Promise.all([
    queryClient.prefetchQuery({ queryKey: queryKeys.alertRules(), queryFn: () => listAlertRules(db, call) }),
    queryClient.prefetchQuery({
      queryKey: queryKeys.alertChannels(),
      queryFn: () => listAlertChannels(db, call),
    }),
    queryClient.prefetchQuery({
      queryKey: queryKeys.alertHistory(),
      queryFn: () => listAlertHistory(db, call),
    }),
  ]);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <AlertsClient canWrite={hasRole(ctx, "admin", "finance")} />
    </HydrationBoundary>
  );
}
