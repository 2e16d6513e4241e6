import { isHttpsRequest, oidcFlowCookie } from "@/lib/api/auth-cookies";
import { browserRedirect } from "@/lib/api/oidc-redirects";
import { safeNextPath } from "@/lib/api/public-paths";
import { requestOrigin } from "@/lib/api/request-origin";
import { withSsoFailureRedirect } from "@/lib/api/with-sso-failure-redirect";
import { encodeOidcFlow } from "@/lib/identity/oidc/oidc-flow";
import { oidcRedirectUri } from "@/lib/identity/oidc/oidc-settings";
import { requireOidcSettings } from "@/lib/services/identity/require-oidc-settings";
import { startOidcSignIn } from "@/lib/services/identity/start-oidc-sign-in";

export const dynamic = "force-dynamic";

/** "Sign in with <provider>": sends the browser to the provider, the flow kept in a cookie. */
export const GET = withSsoFailureRedirect(async (request: Request) => {
  const settings = requireOidcSettings();
  const { authorizationUrl, flow } = await startOidcSignIn({
    settings,
    redirectUri: oidcRedirectUri(settings, requestOrigin(request)),
    next: safeNextPath(new URL(request.url).searchParams.get("next")),
  });
  return browserRedirect(authorizationUrl.href, [
    oidcFlowCookie(encodeOidcFlow(flow), isHttpsRequest(request)),
  ]);
});
