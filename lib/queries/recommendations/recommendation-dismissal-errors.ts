/** A dismissal that cannot be made: what it names does not exist (422). */
export class DismissalInputError extends Error {
  override name = "DismissalInputError";
}

/** No dismissed recommendation with that id (404). */
export class DismissalNotFoundError extends Error {
  override name = "DismissalNotFoundError";
  constructor(readonly id: string) {
    super(`No dismissed recommendation with id ${id}`);
  }
}
