/** A namespace, team or volume the request names does not exist: 404 in the API. */
export class ShowbackNotFoundError extends Error {
  override name = "ShowbackNotFoundError";
}
