import { isHttpsRequest, oidcFlowCookie } from "@/lib/api/auth-cookies";
import { browserRedirect, ssoFailureRedirect } from "@/lib/api/oidc-redirects";
import { safeNextPath } from "@/lib/api/public-paths";
import { requestOrigin } from "@/lib/api/request-origin";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { encodeOidcFlow } from "@/lib/identity/oidc/oidc-flow";
import { oidcRedirectUri, readOidcSettings } from "@/lib/identity/oidc/oidc-settings";
import { OidcSignInError } from "@/lib/services/identity/oidc-sign-in-error";
import { startOidcSignIn } from "@/lib/services/identity/start-oidc-sign-in";

export const dynamic = "force-dynamic";

/** "Sign in with <provider>": sends the browser to the provider, the flow kept in a cookie. */
export const GET = withApiErrors(async (request: Request) => {
  const settings = readOidcSettings();
  if (!settings) return ssoFailureRedirect("not_configured");
  try {
    const { authorizationUrl, flow } = await startOidcSignIn({
      settings,
      redirectUri: oidcRedirectUri(settings, requestOrigin(request)),
      next: safeNextPath(new URL(request.url).searchParams.get("next")),
    });
    return browserRedirect(authorizationUrl.href, [
      oidcFlowCookie(encodeOidcFlow(flow), isHttpsRequest(request)),
    ]);
  } catch (error) {
    if (!(error instanceof OidcSignInError)) throw error;
    console.error(error.message);
    return ssoFailureRedirect(error.reason);
  }
});
