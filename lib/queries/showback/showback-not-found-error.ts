import { NotFoundError } from "../../services/service-errors";

/** A namespace, team or volume the request names does not exist: 404 in the API. */
export class ShowbackNotFoundError extends NotFoundError {
  override name = "ShowbackNotFoundError";
}
