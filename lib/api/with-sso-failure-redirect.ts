import { OidcSignInError } from "../services/identity/oidc-sign-in-error";
import { clearedOidcFlowCookie, isHttpsRequest } from "./auth-cookies";
import { ssoFailureRedirect } from "./oidc-redirects";
import { withApiErrors } from "./with-api-errors";

/**
 * The one place a failed single sign-on becomes an answer: a browser is sent back to the login
 * page, which explains the reason in words (never the provider's), and the flow cookie is cleared
 * so an answer is used once. Anything else is not a sign-in failure: null.
 */
export function ssoFailureResponse(error: unknown, request: Request): Response | null {
  if (!(error instanceof OidcSignInError)) return null;
  console.error(error.message);
  return ssoFailureRedirect(error.reason, [clearedOidcFlowCookie(isHttpsRequest(request))]);
}

/** withApiErrors for the sign-on routes, whose failures are redirects (ssoFailureResponse). */
export function withSsoFailureRedirect(handler: (request: Request) => Promise<Response>) {
  return withApiErrors(async (request: Request) => {
    try {
      return await handler(request);
    } catch (error) {
      const redirect = ssoFailureResponse(error, request);
      if (redirect) return redirect;
      throw error;
    }
  });
}
