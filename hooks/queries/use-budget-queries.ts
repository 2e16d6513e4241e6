"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { queryKeys } from "@/lib/query-keys";
import type { TBudgetInput, TBudgetPatch } from "@/lib/services/budgets/budget-params";
import type { BudgetsResult } from "@/lib/services/budgets/list-budgets";
import { recommendationsFetch as apiFetch } from "./recommendations-fetch";

export function useBudgetsQuery() {
  return useQuery({
    queryKey: queryKeys.budgets(),
    queryFn: () => apiFetch<BudgetsResult>("/api/v1/budgets"),
  });
}

/** Create (no id), change (id and patch) or delete a budget; the list and the Overview reload. */
export function useBudgetMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (
      change:
        | { action: "create"; input: TBudgetInput }
        | { action: "update"; id: string; patch: TBudgetPatch }
        | { action: "delete"; id: string },
    ) => {
      switch (change.action) {
        case "create":
          return apiFetch("/api/v1/budgets", { method: "POST", body: change.input });
        case "update":
          return apiFetch(`/api/v1/budgets/${change.id}`, { method: "PATCH", body: change.patch });
        case "delete":
          return apiFetch(`/api/v1/budgets/${change.id}`, { method: "DELETE" });
      }
    },
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: queryKeys.budgets() }),
        client.invalidateQueries({ queryKey: queryKeys.moneyOverview() }),
      ]),
  });
}
