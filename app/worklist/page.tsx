import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { pageContext } from "@/lib/api/page-context";
import { getPrisma } from "@/lib/db/prisma";
import { makeQueryClient } from "@/lib/make-query-client";
import { queryKeys } from "@/lib/query-keys";
import { getCleanupWorklist } from "@/lib/services/worklist/get-cleanup-worklist";
import { WorklistClient } from "./worklist-client";

export const metadata: Metadata = { title: "Cleanup worklist" };

export default async function WorklistPage() {
  const ctx = await pageContext();
  const queryClient = makeQueryClient();
  await queryClient.prefetchQuery({
    queryKey: queryKeys.worklist(),
    queryFn: () => getCleanupWorklist(getPrisma(), { ctx, input: { now: new Date() } }),
  });
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <WorklistClient />
    </HydrationBoundary>
  );
}
