"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { queryKeys } from "@/lib/query-keys";
import type { SettingsView } from "@/lib/services/settings/get-settings";
import type { TUpdateSettings } from "@/lib/services/settings/settings-params";
import type { SettingGroupView } from "@/lib/settings/describe-setting-group";
import { apiRequest } from "./api-request";

export function useSettingsQuery() {
  return useQuery({
    queryKey: queryKeys.settings(),
    queryFn: () => apiRequest<SettingsView>("GET", "/api/v1/settings"),
  });
}

/** Saves one group; every query reloads, since thresholds change what every page finds. */
export function useUpdateSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: TUpdateSettings) => apiRequest<SettingGroupView>("PATCH", "/api/v1/settings", input),
    onSuccess: () => client.invalidateQueries(),
  });
}
