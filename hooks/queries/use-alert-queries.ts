"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { queryKeys } from "@/lib/query-keys";
import type { AlertChannelJson, AlertRuleJson } from "@/lib/services/alerts/alert-json";
import type {
  TAlertChannelInput,
  TAlertRuleInput,
  TAlertRulePatch,
} from "@/lib/services/alerts/alert-params";
import type { AlertHistory } from "@/lib/services/alerts/list-alert-history";
import { apiRequest } from "./api-request";

export function useAlertRulesQuery() {
  return useQuery({
    queryKey: queryKeys.alertRules(),
    queryFn: () => apiRequest<{ items: AlertRuleJson[] }>("GET", "/api/v1/alerts/rules"),
  });
}

export function useAlertChannelsQuery() {
  return useQuery({
    queryKey: queryKeys.alertChannels(),
    queryFn: () => apiRequest<{ items: AlertChannelJson[] }>("GET", "/api/v1/alerts/channels"),
  });
}

export function useAlertHistoryQuery() {
  return useQuery({
    queryKey: queryKeys.alertHistory(),
    queryFn: () => apiRequest<AlertHistory>("GET", "/api/v1/alerts/history"),
  });
}

function useInvalidateAlerts() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ["alerts"] });
}

export function useAcknowledgeAlert() {
  const onSuccess = useInvalidateAlerts();
  return useMutation({
    mutationFn: (id: string) => apiRequest("POST", `/api/v1/alerts/history/${id}/acknowledge`),
    onSuccess,
  });
}

/** Mutes a rule until a time, or unmutes it (null). */
export function useMuteAlertRule() {
  const onSuccess = useInvalidateAlerts();
  return useMutation({
    mutationFn: (input: { id: string; mutedUntil: string | null }) =>
      apiRequest("PATCH", `/api/v1/alerts/rules/${input.id}`, { mutedUntil: input.mutedUntil }),
    onSuccess,
  });
}

/** Creates a channel (the body as POST /api/v1/alerts/channels takes it), or deletes one by id. */
export function useAlertChannelMutation() {
  const onSuccess = useInvalidateAlerts();
  return useMutation({
    mutationFn: (input: { action: "create"; body: TAlertChannelInput } | { action: "delete"; id: string }) =>
      input.action === "create"
        ? apiRequest("POST", "/api/v1/alerts/channels", input.body)
        : apiRequest("DELETE", `/api/v1/alerts/channels/${input.id}`),
    onSuccess,
  });
}

/** Creates, edits or deletes a rule, as POST, PATCH and DELETE /api/v1/alerts/rules take them. */
export function useAlertRuleMutation() {
  const onSuccess = useInvalidateAlerts();
  return useMutation({
    mutationFn: (
      input:
        | { action: "create"; body: TAlertRuleInput }
        | { action: "update"; id: string; patch: TAlertRulePatch }
        | { action: "delete"; id: string },
    ) => {
      switch (input.action) {
        case "create":
          return apiRequest("POST", "/api/v1/alerts/rules", input.body);
        case "update":
          return apiRequest("PATCH", `/api/v1/alerts/rules/${input.id}`, input.patch);
        case "delete":
          return apiRequest("DELETE", `/api/v1/alerts/rules/${input.id}`);
      }
    },
    onSuccess,
  });
}
