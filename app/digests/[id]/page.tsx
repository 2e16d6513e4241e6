import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { pageContext } from "@/lib/api/page-context";
import { getPrisma } from "@/lib/db/prisma";
import { makeQueryClient } from "@/lib/make-query-client";
import { queryKeys } from "@/lib/query-keys";
import { digestDeliveryFromEnv } from "@/lib/services/digests/digest-delivery-from-env";
import { ZDigestPreviewPageParams } from "@/lib/services/digests/digests-page-params";
import { ZDigestId } from "@/lib/services/digests/digests-params";
import { getDigestSubscriptionOrThrow } from "@/lib/services/digests/get-digest-subscription";
import { previewDigest } from "@/lib/services/digests/preview-digest";
import { DigestPreviewClient } from "./digest-preview-client";

export const metadata: Metadata = { title: "Digest preview" };

export const dynamic = "force-dynamic";

export default async function DigestPreviewPage(props: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string>>;
}) {
  const { id } = await props.params;
  const { periodStart } = ZDigestPreviewPageParams.parse(await props.searchParams);
  const db = getPrisma();
  const ctx = await pageContext();
  // Another team's digest reads as a missing one.
  const subscription = ZDigestId.safeParse(id).success
    ? await getDigestSubscriptionOrThrow(db, { ctx, input: { id } }).catch(() => null)
    : null;
  if (!subscription) notFound();
  const host = (await headers()).get("host") ?? "localhost:3000";
  const delivery = await digestDeliveryFromEnv(db, { fallbackUrl: `http://${host}` });
  const queryClient = makeQueryClient();
  await queryClient.prefetchQuery({
    queryKey: queryKeys.digestPreview({ id, periodStart }),
    queryFn: () =>
      previewDigest(db, { ctx, input: { ...delivery, subscriptionId: id, now: new Date(), periodStart } }),
  });
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <DigestPreviewClient subscription={subscription} periodStart={periodStart} />
    </HydrationBoundary>
  );
}
