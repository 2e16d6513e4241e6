import { defaultShouldDehydrateQuery, QueryCache, QueryClient } from "@tanstack/react-query";

export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 60_000 },
      dehydrate: {
        // Also hand over queries still pending, so the client does not fetch them again.
        shouldDehydrateQuery: (query) =>
          defaultShouldDehydrateQuery(query) || query.state.status === "pending",
      },
    },
    queryCache: new QueryCache({
      onError: (error, query) => console.error(`query ${JSON.stringify(query.queryKey)} failed`, error),
    }),
  });
}
