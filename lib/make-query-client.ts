import { defaultShouldDehydrateQuery, QueryCache, QueryClient } from "@tanstack/react-query";
import { NotFoundError } from "./services/service-errors";

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
      // A missing (or out-of-scope) entity is an answer, the 404 page, not a fault to log.
      onError: (error, query) => {
        if (error instanceof NotFoundError) return;
        console.error(`query ${JSON.stringify(query.queryKey)} failed`, error);
      },
    }),
  });
}
