import { NotFoundError } from "../../services/service-errors";

/** A snapshot chain the request names does not exist in that cluster (or has no snapshot now): 404. */
export class SnapshotChainNotFoundError extends NotFoundError {
  override name = "SnapshotChainNotFoundError";
}
