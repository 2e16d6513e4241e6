import {
  clearedOidcFlowCookie,
  isHttpsRequest,
  readCookie,
  SESSION_COOKIE,
  sessionCookies,
} from "@/lib/api/auth-cookies";
import { browserRedirect } from "@/lib/api/oidc-redirects";
import { requestOrigin } from "@/lib/api/request-origin";
import { withSsoFailureRedirect } from "@/lib/api/with-sso-failure-redirect";
import { getPrisma } from "@/lib/db/prisma";
import { decodeOidcFlow, OIDC_FLOW_COOKIE } from "@/lib/identity/oidc/oidc-flow";
import { oidcRedirectUri } from "@/lib/identity/oidc/oidc-settings";
import { requestIdFromHeaders } from "@/lib/server/request-id";
import { finishOidcSignIn } from "@/lib/services/identity/finish-oidc-sign-in";
import { requireOidcSettings } from "@/lib/services/identity/require-oidc-settings";

export const dynamic = "force-dynamic";

/**
 * Where the provider sends the browser back: on success a new session (as a password sign-in
 * makes) and on to the page the user asked for; on any failure the login page, saying why. The
 * flow cookie is cleared either way, so an answer can be used once.
 */
export const GET = withSsoFailureRedirect(async (request: Request) => {
  const secure = isHttpsRequest(request);
  const settings = requireOidcSettings();
  const cookies = request.headers.get("cookie");
  const callbackUrl = new URL(oidcRedirectUri(settings, requestOrigin(request)));
  callbackUrl.search = new URL(request.url).search;
  const flow = decodeOidcFlow(readCookie(cookies, OIDC_FLOW_COOKIE));
  const signedIn = await finishOidcSignIn(getPrisma(), {
    settings,
    callbackUrl,
    flow,
    previousSessionSecret: readCookie(cookies, SESSION_COOKIE) ?? undefined,
    now: new Date(),
    requestId: requestIdFromHeaders(request.headers),
  });
  return browserRedirect(flow?.next ?? "/", [
    clearedOidcFlowCookie(secure),
    ...sessionCookies(signedIn, secure),
  ]);
});
