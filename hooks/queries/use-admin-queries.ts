import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { queryKeys } from "@/lib/query-keys";
import type { AuditEventsPage, TAuditQuery } from "@/lib/services/audit/list-audit-events";
import type { TCreateApiToken } from "@/lib/services/identity/create-api-token";
import type { ApiTokenDto } from "@/lib/services/identity/list-api-tokens";
import { apiRequest } from "./api-request";

/** Every API token, without secrets (admin). */
export function useApiTokensQuery() {
  return useQuery({
    queryKey: queryKeys.apiTokens(),
    queryFn: async () => (await apiRequest<{ items: ApiTokenDto[] }>("GET", "/api/v1/tokens")).items,
  });
}

/** Creates a token; its secret is in this answer only. The list and the audit log reload. */
export function useCreateApiTokenMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: TCreateApiToken) =>
      apiRequest<{ token: string; apiToken: ApiTokenDto }>("POST", "/api/v1/tokens", input),
    onSuccess: () => client.invalidateQueries({ queryKey: ["admin"] }),
  });
}

/** Revokes a token at once; the list and the audit log reload. */
export function useRevokeApiTokenMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest<ApiTokenDto>("DELETE", `/api/v1/tokens/${id}`),
    onSuccess: () => client.invalidateQueries({ queryKey: ["admin"] }),
  });
}

/** One page of the audit log with the filters given, newest first (admin). */
export function useAuditEventsQuery(params: TAuditQuery) {
  const search = new URLSearchParams(
    Object.entries(params).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)]])),
  );
  return useQuery({
    queryKey: queryKeys.auditEvents(params),
    queryFn: () => apiRequest<AuditEventsPage>("GET", `/api/v1/audit${search.size ? `?${search}` : ""}`),
  });
}
