import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { queryKeys } from "@/lib/query-keys";
import type { AuditEventsPage, TAuditQuery } from "@/lib/services/audit/list-audit-events";
import type { TCreateApiToken } from "@/lib/services/identity/create-api-token";
import type { ApiTokenDto } from "@/lib/services/identity/list-api-tokens";
import { recommendationsFetch as apiFetch } from "./recommendations-fetch";

/** Every API token, without secrets (admin). */
export function useApiTokensQuery() {
  return useQuery({
    queryKey: queryKeys.apiTokens(),
    queryFn: async () => (await apiFetch<{ items: ApiTokenDto[] }>("/api/v1/tokens")).items,
  });
}

/** Creates a token; its secret is in this answer only. The list and the audit log reload. */
export function useCreateApiTokenMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: TCreateApiToken) =>
      apiFetch<{ token: string; apiToken: ApiTokenDto }>("/api/v1/tokens", { method: "POST", body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["admin"] }),
  });
}

/** Revokes a token at once; the list and the audit log reload. */
export function useRevokeApiTokenMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<ApiTokenDto>(`/api/v1/tokens/${id}`, { method: "DELETE" }),
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
    queryFn: () => apiFetch<AuditEventsPage>(`/api/v1/audit${search.size ? `?${search}` : ""}`),
  });
}
