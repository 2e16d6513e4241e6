import { InvalidInputError, NotFoundError } from "../../services/service-errors";

/** A subscription, send or owner named by the caller does not exist (404). */
export class DigestNotFoundError extends NotFoundError {
  override name = "DigestNotFoundError";
}

/** The input names something that does not exist or breaks a rule (422), naming the field. */
export class DigestInputError extends InvalidInputError {
  override name = "DigestInputError";
}
