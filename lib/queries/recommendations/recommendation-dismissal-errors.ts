import { InvalidInputError, NotFoundError } from "../../services/service-errors";

/** A dismissal that cannot be made: what it names does not exist (422). */
export class DismissalInputError extends InvalidInputError {
  override name = "DismissalInputError";
}

/** No dismissed recommendation with that id (404). */
export class DismissalNotFoundError extends NotFoundError {
  override name = "DismissalNotFoundError";
  constructor(readonly id: string) {
    super(`No dismissed recommendation with id ${id}`);
  }
}
