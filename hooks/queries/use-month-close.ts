import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { MonthCloseChecklist } from "@/lib/costing/month-close-checklist";
import { queryKeys } from "@/lib/query-keys";
import { apiRequest } from "./api-request";

/** A month's pre-close checklist (finance and admin). */
export function useMonthCloseChecklistQuery(month: string) {
  return useQuery({
    queryKey: queryKeys.monthCloseChecklist(month),
    queryFn: () => apiRequest<MonthCloseChecklist>("GET", `/api/v1/months/${month}/close`),
  });
}

/** Closes a month with the reason that acknowledges its open checklist items; every report reloads. */
export function useCloseMonthMutation(month: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) =>
      apiRequest("POST", `/api/v1/months/${month}/close`, reason ? { reason } : {}),
    onSuccess: () => client.invalidateQueries({ queryKey: ["reports"] }),
  });
}

/** Reopens a closed month (admin) with the reason the audit log keeps; every report reloads. */
export function useReopenMonthMutation(month: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) => apiRequest("POST", `/api/v1/months/${month}/reopen`, { reason }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["reports"] }),
  });
}
