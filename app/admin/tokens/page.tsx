import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { pageContext } from "@/lib/api/page-context";
import { getPrisma } from "@/lib/db/prisma";
import { makeQueryClient } from "@/lib/make-query-client";
import { queryKeys } from "@/lib/query-keys";
import { listApiTokens } from "@/lib/services/identity/list-api-tokens";
import { adminPageData } from "../admin-page-data";
import { TokensClient } from "./tokens-client";

export const dynamic = "force-dynamic";

export default async function ApiTokensPage() {
  const ctx = await pageContext();
  const tokens = await adminPageData(() => listApiTokens(getPrisma(), { ctx }));
  const queryClient = makeQueryClient();
  queryClient.setQueryData(queryKeys.apiTokens(), tokens);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <TokensClient now={new Date().toISOString()} />
    </HydrationBoundary>
  );
}
