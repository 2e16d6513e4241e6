import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { getPrisma } from "@/lib/db/prisma";
import { makeQueryClient } from "@/lib/make-query-client";
import { getShowback } from "@/lib/queries/showback/get-showback";
import { queryKeys } from "@/lib/query-keys";
import { ShowbackClient } from "./showback-client";
import { showbackQuery, ZShowbackSearchParams } from "./showback-params";

export default async function ShowbackPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const today = new Date().toISOString().slice(0, 10);
  const query = showbackQuery(ZShowbackSearchParams.parse(await searchParams), today);
  const queryClient = makeQueryClient();
  await queryClient.prefetchQuery({
    queryKey: queryKeys.showback(query),
    queryFn: () => getShowback(getPrisma(), query),
  });
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <ShowbackClient today={today} />
    </HydrationBoundary>
  );
}
