import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { pageContext } from "@/lib/api/page-context";
import { prefetchOrNotFound } from "@/lib/api/prefetch-or-not-found";
import { getPrisma } from "@/lib/db/prisma";
import { makeQueryClient } from "@/lib/make-query-client";
import { queryKeys } from "@/lib/query-keys";
import { getVolumeDetailOrThrow } from "@/lib/services/showback/get-volume-detail";
import { resolveWindow, ZWindowSearchParams } from "@/lib/services/showback/window-page-params";
import { volumeDetailQuery } from "../../../../lib/services/showback/volume-page-params";
import { VolumeClient } from "./volume-client";

export async function generateMetadata(props: {
  params: Promise<{ cluster: string; uid: string }>;
}): Promise<Metadata> {
  const { uid } = await props.params;
  return { title: `Volume ${decodeURIComponent(uid)}` };
}

export default async function VolumePage(props: {
  params: Promise<{ cluster: string; uid: string }>;
  searchParams: Promise<Record<string, string>>;
}) {
  const { cluster, uid } = await props.params;
  const today = new Date().toISOString().slice(0, 10);
  const params = ZWindowSearchParams.parse(await props.searchParams);
  const query = volumeDetailQuery(
    decodeURIComponent(cluster),
    decodeURIComponent(uid),
    resolveWindow(params, today),
    params.currency,
  );
  const ctx = await pageContext();
  const queryClient = makeQueryClient();
  await prefetchOrNotFound(queryClient, {
    queryKey: queryKeys.volumeDetail(query),
    queryFn: () => getVolumeDetailOrThrow(getPrisma(), { ctx, input: query }),
  });
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <VolumeClient cluster={query.cluster} uid={query.uid} today={today} />
    </HydrationBoundary>
  );
}
