import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { pageContext } from "@/lib/api/page-context";
import { getPrisma } from "@/lib/db/prisma";
import { makeQueryClient } from "@/lib/make-query-client";
import { queryKeys } from "@/lib/query-keys";
import { getSettings } from "@/lib/services/settings/get-settings";
import { SettingsClient } from "./settings-client";

export const metadata: Metadata = { title: "Settings" };
export const dynamic = "force-dynamic";

export default async function SettingsPage() {
  const ctx = await pageContext();
  const queryClient = makeQueryClient();
  await queryClient.prefetchQuery({
    queryKey: queryKeys.settings(),
    queryFn: () => getSettings(getPrisma(), { ctx, input: {} }),
  });
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <SettingsClient today={new Date().toISOString().slice(0, 10)} />
    </HydrationBoundary>
  );
}
