import * as client from "openid-client";
import type { Db } from "../../db/prisma";
import { accessFromGroups, groupsFromClaim } from "../../identity/oidc/group-access";
import type { TOidcFlow } from "../../identity/oidc/oidc-flow";
import { oidcProviderConfig } from "../../identity/oidc/oidc-provider-config";
import type { OidcSettings } from "../../identity/oidc/oidc-settings";
import { recordAudit } from "../audit/record-audit";
import { failureDetail, OidcSignInError } from "./oidc-sign-in-error";
import { openSession, type SignedIn } from "./open-session";
import { syncOidcUser } from "./sync-oidc-user";

interface FinishCall {
  readonly settings: OidcSettings;
  /** The redirect URI with the query the provider sent the browser back with. */
  readonly callbackUrl: URL;
  /** The flow in the browser's cookie, or null when it has none (expired, another browser). */
  readonly flow: TOidcFlow | null;
  readonly previousSessionSecret?: string;
  readonly now: Date;
  readonly requestId?: string;
}

/**
 * Ends a single sign-on: checks the provider's answer against the browser's flow (state, then the
 * code exchanged with the PKCE verifier, then the ID token's signature, issuer, audience and nonce),
 * maps the user's groups to roles and teams, provisions or re-syncs the user and opens a session
 * exactly as a password sign-in does. Every refusal is audited and thrown as an OidcSignInError;
 * anything else (the database failing) is thrown as it is.
 */
export async function finishOidcSignIn(db: Db, call: FinishCall): Promise<SignedIn> {
  try {
    return await finish(db, call);
  } catch (failure) {
    if (!(failure instanceof OidcSignInError)) throw failure;
    await recordAudit(
      db,
      { actor: { kind: "anonymous", name: `oidc ${call.settings.issuer.href}` }, requestId: call.requestId },
      {
        action: "session.login_failed",
        targetType: "session",
        after: { method: "oidc", reason: failure.reason, detail: failure.detail ?? null },
      },
    );
    throw failure;
  }
}

async function finish(db: Db, call: FinishCall): Promise<SignedIn> {
  const { settings, flow } = call;
  if (!flow) throw new OidcSignInError("expired");
  const config = await oidcProviderConfig(settings).catch((error: unknown) => {
    throw new OidcSignInError("unavailable", failureDetail(error));
  });
  const tokens = await client
    .authorizationCodeGrant(config, call.callbackUrl, {
      pkceCodeVerifier: flow.codeVerifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
    })
    .catch((error: unknown) => {
      if (error instanceof client.AuthorizationResponseError) {
        throw new OidcSignInError("refused", error.error);
      }
      throw new OidcSignInError("rejected", failureDetail(error));
    });
  const idToken = tokens.claims();
  if (!idToken) throw new OidcSignInError("rejected", "no ID token");
  // The ID token often carries only `sub`; profile, email and groups usually come from userinfo.
  const userInfo = config.serverMetadata().userinfo_endpoint
    ? await client.fetchUserInfo(config, tokens.access_token, idToken.sub).catch((error: unknown) => {
        throw new OidcSignInError("rejected", failureDetail(error));
      })
    : {};
  const claims: Record<string, unknown> = { ...userInfo, ...idToken };
  const email = typeof claims.email === "string" ? claims.email.trim().toLowerCase() : "";
  if (!email) throw new OidcSignInError("no_email", `subject ${idToken.sub}`);
  const access = accessFromGroups(groupsFromClaim(claims[settings.groupsClaim]), settings.groupMap);
  if (access.roles.length === 0) throw new OidcSignInError("no_role", email);
  const user = await syncOidcUser(db, {
    claims: {
      issuer: idToken.iss,
      subject: idToken.sub,
      email,
      displayName: typeof claims.name === "string" && claims.name.trim() ? claims.name.trim() : email,
    },
    access,
    now: call.now,
    requestId: call.requestId,
  });
  if (user.disabled) throw new OidcSignInError("disabled", email);
  return openSession(db, {
    user,
    method: "oidc",
    previousSessionSecret: call.previousSessionSecret,
    now: call.now,
    requestId: call.requestId,
  });
}
