/**
 * Why a single sign-on did not end in a session, as the login page explains it. The callback sends
 * the browser to `/login?sso_error=<reason>`; only these fixed texts are shown, never a stack or a
 * provider's free text.
 */
export const OIDC_FAILURE_REASONS = [
  "not_configured",
  "expired",
  "unavailable",
  "refused",
  "rejected",
  "no_email",
  "no_role",
  "email_taken",
  "disabled",
] as const;
export type OidcFailureReason = (typeof OIDC_FAILURE_REASONS)[number];

export function oidcFailureMessage(reason: OidcFailureReason, providerName: string): string {
  switch (reason) {
    case "not_configured":
      return "Single sign-on is not set up on this server: sign in with your email and password.";
    case "expired":
      return "The sign-in took too long or was started in another browser tab or window: start again.";
    case "unavailable":
      return `${providerName} could not be reached: try again in a moment, or ask an administrator.`;
    case "refused":
      return `${providerName} did not sign you in (it refused or you cancelled): start again.`;
    case "rejected":
      return `The answer from ${providerName} failed Tierscope's checks (state, nonce, PKCE or signature): start again.`;
    case "no_email":
      return `${providerName} did not share your email address, which Tierscope needs: ask an administrator.`;
    case "no_role":
      return `Your account at ${providerName} is in no group that gives access to Tierscope: ask an administrator.`;
    case "email_taken":
      return "A Tierscope account with your email exists already and signs in with a password: use it, or ask an administrator.";
    case "disabled":
      return "Your Tierscope account is disabled: ask an administrator.";
  }
}

export function isOidcFailureReason(value: unknown): value is OidcFailureReason {
  return typeof value === "string" && (OIDC_FAILURE_REASONS as readonly string[]).includes(value);
}
