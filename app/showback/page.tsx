import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { pageContext } from "@/lib/api/page-context";
import { getPrisma } from "@/lib/db/prisma";
import { makeQueryClient } from "@/lib/make-query-client";
import { queryKeys } from "@/lib/query-keys";
import { getShowback } from "@/lib/services/showback/get-showback";
import { showbackQuery, ZShowbackSearchParams } from "../../lib/services/showback/showback-page-params";
import { ShowbackClient } from "./showback-client";

export const metadata: Metadata = { title: "Showback" };

export default async function ShowbackPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const today = new Date().toISOString().slice(0, 10);
  const query = showbackQuery(ZShowbackSearchParams.parse(await searchParams), today);
  const ctx = await pageContext();
  const queryClient = makeQueryClient();
  await queryClient.prefetchQuery({
    queryKey: queryKeys.showback(query),
    queryFn: () => getShowback(getPrisma(), { ctx, input: query }),
  });
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <ShowbackClient today={today} />
    </HydrationBoundary>
  );
}
