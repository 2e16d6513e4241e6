import { ClusterNotFoundError } from "../queries/clusters/get-cluster-by-name-or-throw";
import { InvalidInputError } from "./service-errors";

/**
 * A cluster named as a filter (a query-string or body field) that does not exist is invalid input
 * (422, naming the field); named in a path it stays a missing resource (404).
 */
export async function clusterFilterInput<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof ClusterNotFoundError) throw new InvalidInputError(`cluster: ${error.message}`);
    throw error;
  }
}
