/**
 * The failures a service can report, each with the HTTP status it maps to in one place
 * (lib/api/with-api-errors.ts). A service throws these; it never builds a Response.
 */
export abstract class ServiceError extends Error {
  abstract readonly status: number;
  abstract readonly code: string;
  /** Fields the answer carries beside its `error` (a refused close's checklist), never a secret. */
  readonly details?: Readonly<Record<string, unknown>>;
}

/** No credentials, or credentials that are not (or no longer) valid. */
export class NotAuthenticatedError extends ServiceError {
  readonly status = 401;
  readonly code: string = "not_authenticated";
  constructor(message = "Sign in, or send an API token") {
    super(message);
  }
}

/** Known actor, but its role does not allow this action. */
export class ForbiddenError extends ServiceError {
  readonly status = 403;
  readonly code: string = "forbidden";
}

/**
 * Missing, or outside the actor's team scope: the two read the same, so a scope never reveals
 * that another team's namespace exists.
 */
export class NotFoundError extends ServiceError {
  readonly status = 404;
  readonly code: string = "not_found";
}

/** The request conflicts with the current state (a closed month, a duplicate name). */
export class ConflictError extends ServiceError {
  readonly status = 409;
  readonly code: string = "conflict";
  constructor(
    message: string,
    override readonly details?: Readonly<Record<string, unknown>>,
  ) {
    super(message);
  }
}

/** Input that passed its schema but does not make sense (a reference to nothing, a bad range). */
export class InvalidInputError extends ServiceError {
  readonly status = 422;
  readonly code: string = "invalid_input";
}

/** A request body past the server's size limit. */
export class PayloadTooLargeError extends ServiceError {
  readonly status = 413;
  readonly code: string = "payload_too_large";
}

/** Too many attempts in a short time (failed sign-ins): try again later. */
export class TooManyAttemptsError extends ServiceError {
  readonly status = 429;
  readonly code: string = "too_many_attempts";
}
