import * as client from "openid-client";
import type { TOidcFlow } from "../../identity/oidc/oidc-flow";
import { oidcProviderConfig } from "../../identity/oidc/oidc-provider-config";
import type { OidcSettings } from "../../identity/oidc/oidc-settings";
import { failureDetail, OidcSignInError } from "./oidc-sign-in-error";

/**
 * Begins a single sign-on (authorization code flow): a fresh PKCE verifier (S256), state and nonce,
 * and the provider's authorization URL that carries their public halves. The flow goes into the
 * browser's flow cookie; finishOidcSignIn checks the provider's answer against it.
 */
export async function startOidcSignIn(call: {
  settings: OidcSettings;
  redirectUri: string;
  next: string;
}): Promise<{ authorizationUrl: URL; flow: TOidcFlow }> {
  const config = await oidcProviderConfig(call.settings).catch((error: unknown) => {
    throw new OidcSignInError("unavailable", failureDetail(error));
  });
  const flow: TOidcFlow = {
    state: client.randomState(),
    nonce: client.randomNonce(),
    codeVerifier: client.randomPKCECodeVerifier(),
    next: call.next,
  };
  const authorizationUrl = client.buildAuthorizationUrl(config, {
    redirect_uri: call.redirectUri,
    scope: call.settings.scope,
    code_challenge: await client.calculatePKCECodeChallenge(flow.codeVerifier),
    code_challenge_method: "S256",
    state: flow.state,
    nonce: flow.nonce,
  });
  return { authorizationUrl, flow };
}
