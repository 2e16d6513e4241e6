import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { pageContext } from "@/lib/api/page-context";
import { prefetchOrNotFound } from "@/lib/api/prefetch-or-not-found";
import { getPrisma } from "@/lib/db/prisma";
import { makeQueryClient } from "@/lib/make-query-client";
import { queryKeys } from "@/lib/query-keys";
import { getTeamCosts } from "@/lib/services/showback/get-team-costs";
import { ownerQuery, ZOwnerSearchParams } from "@/lib/services/showback/owner-page-params";
import { TeamClient } from "./team-client";

export async function generateMetadata(props: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const { slug } = await props.params;
  return { title: `Team ${decodeURIComponent(slug)}` };
}

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
  const ctx = await pageContext();
  const queryClient = makeQueryClient();
  await prefetchOrNotFound(queryClient, {
    queryKey: queryKeys.teamCosts(query),
    queryFn: () => getTeamCosts(getPrisma(), { ctx, input: query }),
  });
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <TeamClient slug={query.slug} today={today} />
    </HydrationBoundary>
  );
}
