"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { queryKeys } from "@/lib/query-keys";
import type { TBudgetInput, TBudgetPatch } from "@/lib/services/budgets/budget-params";
import type { BudgetsResult } from "@/lib/services/budgets/list-budgets";
import { apiRequest } from "./api-request";

export function useBudgetsQuery() {
  return useQuery({
    queryKey: queryKeys.budgets(),
    queryFn: () => apiRequest<BudgetsResult>("GET", "/api/v1/budgets"),
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
          return apiRequest("POST", "/api/v1/budgets", change.input);
        case "update":
          return apiRequest("PATCH", `/api/v1/budgets/${change.id}`, change.patch);
        case "delete":
          return apiRequest("DELETE", `/api/v1/budgets/${change.id}`);
      }
    },
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: queryKeys.budgets() }),
        client.invalidateQueries({ queryKey: queryKeys.moneyOverview() }),
      ]),
  });
}
