import type { OidcFailureReason } from "../identity/oidc/oidc-failure";

/**
 * A browser redirect with a relative Location (the browser resolves it against the address it
 * used, whatever the proxies in between call this host) and any cookies to set.
 */
export function browserRedirect(location: string, cookies: readonly string[] = []): Response {
  const headers = new Headers({ location, "cache-control": "no-store" });
  for (const cookie of cookies) headers.append("set-cookie", cookie);
  return new Response(null, { status: 303, headers });
}

/** Back to the login page, which explains the reason in words. */
export function ssoFailureRedirect(reason: OidcFailureReason, cookies: readonly string[] = []): Response {
  return browserRedirect(`/login?sso_error=${reason}`, cookies);
}
