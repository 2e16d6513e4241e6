import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { pageContext } from "@/lib/api/page-context";
import { prefetchOrNotFound } from "@/lib/api/prefetch-or-not-found";
import { getPrisma } from "@/lib/db/prisma";
import { makeQueryClient } from "@/lib/make-query-client";
import { queryKeys } from "@/lib/query-keys";
import { getNamespaceCosts } from "@/lib/services/showback/get-namespace-costs";
import { ownerQuery, ZOwnerSearchParams } from "@/lib/services/showback/owner-page-params";
import { NamespaceClient } from "./namespace-client";

export async function generateMetadata(props: {
  params: Promise<{ cluster: string; namespace: string }>;
}): Promise<Metadata> {
  const { cluster, namespace } = await props.params;
  return { title: `Namespace ${decodeURIComponent(namespace)} · ${decodeURIComponent(cluster)}` };
}

export default async function NamespacePage(props: {
  params: Promise<{ cluster: string; namespace: string }>;
  searchParams: Promise<Record<string, string>>;
}) {
  const { cluster, namespace } = await props.params;
  const today = new Date().toISOString().slice(0, 10);
  const query = {
    cluster: decodeURIComponent(cluster),
    namespace: decodeURIComponent(namespace),
    ...ownerQuery(ZOwnerSearchParams.parse(await props.searchParams), today),
  };
  const ctx = await pageContext();
  const queryClient = makeQueryClient();
  await prefetchOrNotFound(queryClient, {
    queryKey: queryKeys.namespaceCosts(query),
    queryFn: () => getNamespaceCosts(getPrisma(), { ctx, input: query }),
  });
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <NamespaceClient cluster={query.cluster} namespace={query.namespace} today={today} />
    </HydrationBoundary>
  );
}
