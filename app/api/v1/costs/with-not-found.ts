import { errorResponse } from "@/lib/api/with-api-errors";
import { ClusterNotFoundError } from "@/lib/queries/clusters/get-cluster-by-name-or-throw";
import { ShowbackNotFoundError } from "@/lib/queries/showback/showback-not-found-error";

/** A cluster, namespace, team or volume the request names that does not exist → 404 in the API's envelope. */
export function withNotFound<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      if (error instanceof ClusterNotFoundError || error instanceof ShowbackNotFoundError) {
        return errorResponse(404, "not_found", error.message);
      }
      throw error;
    }
  };
}

export const today = () => new Date().toISOString().slice(0, 10);
