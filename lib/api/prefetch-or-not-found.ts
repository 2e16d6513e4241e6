import type { QueryClient, QueryKey } from "@tanstack/react-query";
import { notFound } from "next/navigation";
import { NotFoundError } from "../services/service-errors";

/**
 * Loads a detail page's data on the server before anything renders. An entity that does not
 * exist, or is outside the viewer's scope, answers the 404 page at once instead of a client
 * skeleton that retries.
 */
export async function prefetchOrNotFound<T>(
  queryClient: QueryClient,
  options: { queryKey: QueryKey; queryFn: () => Promise<T> },
): Promise<void> {
  try {
    await queryClient.fetchQuery(options);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
