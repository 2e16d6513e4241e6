import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { ownerQuery, ZOwnerSearchParams } from "@/components/showback/owner-params";
import { getPrisma } from "@/lib/db/prisma";
import { makeQueryClient } from "@/lib/make-query-client";
import { getTeamCosts } from "@/lib/queries/showback/get-team-costs";
import { queryKeys } from "@/lib/query-keys";
import { TeamClient } from "./team-client";

export default async function TeamPage(props: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string>>;
}) {
  const { slug } = await props.params;
  const today = new Date().toISOString().slice(0, 10);
  const query = {
    slug: decodeURIComponent(slug),
    ...ownerQuery(ZOwnerSearchParams.parse(await props.searchParams), today),
  };
  const queryClient = makeQueryClient();
  await queryClient.prefetchQuery({
    queryKey: queryKeys.teamCosts(query),
    queryFn: () => getTeamCosts(getPrisma(), query),
  });
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <TeamClient slug={query.slug} today={today} />
    </HydrationBoundary>
  );
}
