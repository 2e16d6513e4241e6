import type { OidcFailureReason } from "../../identity/oidc/oidc-failure";
import { NotAuthenticatedError } from "../service-errors";

/** A single sign-on that ended without a session, with the reason the login page explains. */
export class OidcSignInError extends NotAuthenticatedError {
  constructor(
    readonly reason: OidcFailureReason,
    /** For the server log and the audit trail only: may hold a provider's or library's words. */
    readonly detail?: string,
  ) {
    super(`Single sign-on failed: ${reason}${detail ? ` (${detail})` : ""}`);
  }
}

/** One line on what went wrong, for the log: the error's message and the message of its cause. */
export function failureDetail(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return `${error.message}${cause}`.replaceAll("\n", " ");
}
