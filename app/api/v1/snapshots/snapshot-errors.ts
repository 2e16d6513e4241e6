import { errorResponse } from "@/lib/api/with-api-errors";
import { ClusterNotFoundError } from "@/lib/queries/clusters/get-cluster-by-name-or-throw";
import { SnapshotChainNotFoundError } from "@/lib/queries/snapshots/snapshot-chain-not-found-error";

/**
 * The Snapshots API's own misses: a chain that does not exist is 404; an unknown cluster is 404 in
 * a path and invalid input (422) in a query string, as the Waste API has it.
 */
export function withSnapshotErrors<Args extends unknown[]>(
  clusterIn: "path" | "query",
  handler: (...args: Args) => Promise<Response>,
) {
  return async (...args: Args): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      if (error instanceof SnapshotChainNotFoundError) return errorResponse(404, "not_found", error.message);
      if (error instanceof ClusterNotFoundError) {
        return clusterIn === "path"
          ? errorResponse(404, "not_found", error.message)
          : errorResponse(422, "invalid_input", `cluster: ${error.message}`);
      }
      throw error;
    }
  };
}
