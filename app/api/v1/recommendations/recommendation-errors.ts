import { errorResponse } from "@/lib/api/with-api-errors";
import { WhatIfInputError } from "@/lib/costing/recommendations/move-volumes-what-if";
import { ClusterNotFoundError } from "@/lib/queries/clusters/get-cluster-by-name-or-throw";
import {
  DismissalInputError,
  DismissalNotFoundError,
} from "@/lib/queries/recommendations/recommendation-dismissal-errors";

/**
 * The Recommendations API's own errors: an unknown cluster, volume or StorageClass named in a query
 * or body is invalid input (422); a dismissal that does not exist is 404.
 */
export function withRecommendationErrors<Args extends unknown[]>(
  handler: (...args: Args) => Promise<Response>,
) {
  return async (...args: Args): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      if (error instanceof ClusterNotFoundError)
        return errorResponse(422, "invalid_input", `cluster: ${error.message}`);
      if (error instanceof WhatIfInputError || error instanceof DismissalInputError)
        return errorResponse(422, "invalid_input", error.message);
      if (error instanceof DismissalNotFoundError) return errorResponse(404, "not_found", error.message);
      throw error;
    }
  };
}
