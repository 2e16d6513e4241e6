import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { pageContext } from "@/lib/api/page-context";
import { getPrisma } from "@/lib/db/prisma";
import { makeQueryClient } from "@/lib/make-query-client";
import { queryKeys } from "@/lib/query-keys";
import { listBudgets } from "@/lib/services/budgets/list-budgets";
import { BudgetsClient } from "./budgets-client";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Budgets" };

export default async function BudgetsPage() {
  const ctx = await pageContext();
  const queryClient = makeQueryClient();
  await queryClient.prefetchQuery({
    queryKey: queryKeys.budgets(),
    queryFn: () => listBudgets(getPrisma(), { ctx, input: {} }),
  });
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <BudgetsClient />
    </HydrationBoundary>
  );
}
