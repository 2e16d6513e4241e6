"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { queryKeys } from "@/lib/query-keys";
import type { AlertChannelJson, AlertRuleJson } from "@/lib/services/alerts/alert-json";
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
