"use client";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { queryKeys } from "@/lib/query-keys";
import type { TDigestSubscriptionInput } from "@/lib/services/digests/create-digest-subscription";
import type { DigestSendsPage } from "@/lib/services/digests/list-digest-sends";
import type {
  DigestSubscriptionDto,
  DigestSubscriptionsPage,
} from "@/lib/services/digests/list-digest-subscriptions";
import type { DigestPreview } from "@/lib/services/digests/preview-digest";
import { apiRequest } from "./api-request";

export function useDigestSubscriptionsQuery(params: { page: number }) {
  return useQuery({
    queryKey: queryKeys.digestSubscriptions(params),
    queryFn: () =>
      apiRequest<DigestSubscriptionsPage>("GET", `/api/v1/digests/subscriptions?page=${params.page}`),
    placeholderData: keepPreviousData,
  });
}

export function useDigestSendsQuery(params: { page: number; failed: boolean }) {
  const search = new URLSearchParams({
    page: String(params.page),
    ...(params.failed ? { status: "failed" } : {}),
  });
  return useQuery({
    queryKey: queryKeys.digestSends(params),
    queryFn: () => apiRequest<DigestSendsPage>("GET", `/api/v1/digests/sends?${search}`),
    placeholderData: keepPreviousData,
  });
}

export function useDigestPreviewQuery(params: { id: string; periodStart?: string }) {
  const search = params.periodStart ? `?periodStart=${params.periodStart}` : "";
  return useQuery({
    queryKey: queryKeys.digestPreview(params),
    queryFn: () =>
      apiRequest<DigestPreview>("GET", `/api/v1/digests/subscriptions/${params.id}/preview${search}`),
  });
}

function useInvalidateDigests() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ["digests"] });
}

export function useSaveDigestSubscription() {
  const invalidate = useInvalidateDigests();
  return useMutation({
    mutationFn: (input: { id?: string; subscription: TDigestSubscriptionInput }) =>
      input.id
        ? apiRequest<DigestSubscriptionDto>(
            "PUT",
            `/api/v1/digests/subscriptions/${input.id}`,
            input.subscription,
          )
        : apiRequest<DigestSubscriptionDto>("POST", "/api/v1/digests/subscriptions", input.subscription),
    onSuccess: invalidate,
  });
}

export function useDeleteDigestSubscription() {
  const invalidate = useInvalidateDigests();
  return useMutation({
    mutationFn: (id: string) => apiRequest<void>("DELETE", `/api/v1/digests/subscriptions/${id}`),
    onSuccess: invalidate,
  });
}

export interface SendNowResult {
  sendId: string;
  period: { start: string; end: string };
  outcome: "sent" | "logged" | "failed";
  error: string | null;
}

export function useSendDigestNow() {
  const invalidate = useInvalidateDigests();
  return useMutation({
    mutationFn: (input: { id: string; periodStart?: string }) =>
      apiRequest<SendNowResult>("POST", `/api/v1/digests/subscriptions/${input.id}/send`, {
        ...(input.periodStart ? { periodStart: input.periodStart } : {}),
      }),
    onSettled: invalidate,
  });
}
