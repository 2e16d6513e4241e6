import { createServer } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ZGroupMap } from "../../identity/oidc/group-access";
import type { TOidcFlow } from "../../identity/oidc/oidc-flow";
import type { OidcSettings } from "../../identity/oidc/oidc-settings";
import { driveOidcLogin } from "../../testing/drive-oidc-login";
import {
  TEST_OIDC_CLIENT,
  TEST_OIDC_GROUP_MAP,
  TEST_OIDC_NAME,
  type TestOidcLogin,
} from "../../testing/oidc-test-accounts";
import { type RunningTestProvider, startOidcTestProvider } from "../../testing/oidc-test-provider";
import { setUpTestDatabase } from "../../testing/test-database";
import { systemContext } from "../service-context";
import { createUser } from "./create-user";
import { finishOidcSignIn } from "./finish-oidc-sign-in";
import { OidcSignInError } from "./oidc-sign-in-error";
import { startOidcSignIn } from "./start-oidc-sign-in";

// Single sign-on against a real OpenID provider (oidc-provider) on loopback: the code, PKCE, state,
// nonce and ID token checks are the real ones, and so are the provider's login and consent steps.

const { db } = setUpTestDatabase();
const REDIRECT_URI = "http://127.0.0.1:3999/api/auth/oidc/callback";
const T0 = new Date(Date.UTC(2026, 11, 7, 9, 0, 0));
let provider: RunningTestProvider;
let settings: OidcSettings;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === "string") throw new Error("no port");
  return address.port;
}

beforeAll(async () => {
  provider = await startOidcTestProvider({ port: await freePort(), redirectUris: [REDIRECT_URI] });
  settings = {
    issuer: new URL(provider.issuer),
    clientId: TEST_OIDC_CLIENT.clientId,
    clientSecret: TEST_OIDC_CLIENT.clientSecret,
    displayName: TEST_OIDC_NAME,
    scope: "openid email profile groups",
    groupsClaim: "groups",
    groupMap: ZGroupMap.parse(TEST_OIDC_GROUP_MAP),
    publicUrl: null,
  };
});
afterAll(async () => {
  await provider.close();
});

beforeEach(async () => {
  const org = await db.organization.create({ data: { slug: "acme", name: "Acme" } });
  await db.team.create({ data: { orgId: org.id, slug: "vision", name: "Computer Vision" } });
});

/** Starts a sign-on and logs in at the provider: the flow and the URL the provider sent back. */
async function atProvider(login: TestOidcLogin, with_ = settings) {
  const { authorizationUrl, flow } = await startOidcSignIn({
    settings: with_,
    redirectUri: REDIRECT_URI,
    next: "/teams",
  });
  const callbackUrl = await driveOidcLogin({ authorizationUrl, redirectUri: REDIRECT_URI, login });
  return { flow, callbackUrl };
}

function finish(callbackUrl: URL, flow: TOidcFlow | null, with_ = settings) {
  return finishOidcSignIn(db, { settings: with_, callbackUrl, flow, now: T0 });
}

async function failure(promise: Promise<unknown>): Promise<OidcSignInError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(OidcSignInError);
  return error as OidcSignInError;
}

describe("single sign-on", () => {
  it("sends S256 PKCE, state and nonce, and asks for the configured scopes", async () => {
    const { authorizationUrl, flow } = await startOidcSignIn({
      settings,
      redirectUri: REDIRECT_URI,
      next: "/",
    });
    const query = authorizationUrl.searchParams;
    expect(query.get("code_challenge_method")).toBe("S256");
    expect(query.get("code_challenge")).not.toBe(flow.codeVerifier);
    expect(query.get("state")).toBe(flow.state);
    expect(query.get("nonce")).toBe(flow.nonce);
    expect(query.get("scope")).toBe("openid email profile groups");
    expect(query.get("redirect_uri")).toBe(REDIRECT_URI);
  });

  it("provisions a finance user on first sign-on, linked by issuer and subject, all teams in scope", async () => {
    const { flow, callbackUrl } = await atProvider("fiona.finance");
    const signedIn = await finish(callbackUrl, flow);
    expect(signedIn.ctx.roles).toEqual(["finance"]);
    expect(signedIn.ctx.scope).toEqual({ kind: "all" });
    const user = await db.user.findUniqueOrThrow({
      where: { email: "fiona@idp.example" },
      include: { oidcIdentities: true },
    });
    expect(user).toMatchObject({ displayName: "Fiona Finance", passwordHash: null });
    expect(user.oidcIdentities).toMatchObject([{ issuer: provider.issuer, subject: "fiona.finance" }]);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
    const actions = (await db.auditEvent.findMany()).map((event) => event.action).sort();
    expect(actions).toEqual(["session.login", "user.oidc_provision"]);
  });

  it("maps a team group to member of that team only", async () => {
    const { flow, callbackUrl } = await atProvider("vera.vision");
    const signedIn = await finish(callbackUrl, flow);
    const vision = await db.team.findFirstOrThrow({ where: { slug: "vision" } });
    expect(signedIn.ctx.roles).toEqual(["member"]);
    expect(signedIn.ctx.scope).toEqual({ kind: "teams", teamIds: [vision.id] });
  });

  it("re-syncs roles and teams at every sign-on, and audits the change with before and after", async () => {
    const first = await atProvider("vera.vision");
    await finish(first.callbackUrl, first.flow);
    const demoted = { ...settings, groupMap: { "vision-devs": { roles: ["viewer" as const], teams: [] } } };
    const second = await atProvider("vera.vision", demoted);
    const signedIn = await finish(second.callbackUrl, second.flow, demoted);
    expect(signedIn.ctx.roles).toEqual(["viewer"]);
    expect(signedIn.ctx.scope).toEqual({ kind: "teams", teamIds: [] });
    expect(await db.user.count()).toBe(1);
    const sync = await db.auditEvent.findFirstOrThrow({ where: { action: "user.oidc_sync" } });
    expect(sync.before).toMatchObject({ roles: ["member"], teams: ["vision"] });
    expect(sync.after).toMatchObject({ roles: ["viewer"], teams: [] });
  });

  it("refuses a user whose groups map to no role, creates nobody, and audits the refusal", async () => {
    const { flow, callbackUrl } = await atProvider("nora.nobody");
    expect((await failure(finish(callbackUrl, flow))).reason).toBe("no_role");
    expect(await db.user.count()).toBe(0);
    const refused = await db.auditEvent.findFirstOrThrow({ where: { action: "session.login_failed" } });
    expect(refused.after).toMatchObject({ method: "oidc", reason: "no_role" });
  });

  it("refuses an answer whose state is not the flow's, before exchanging the code", async () => {
    const { flow, callbackUrl } = await atProvider("fiona.finance");
    const error = await failure(finish(callbackUrl, { ...flow, state: `${flow.state}-other` }));
    expect(error.reason).toBe("rejected");
    expect(error.detail).toMatch(/state/);
    // The code was not spent: with the right flow it still signs in.
    await expect(finish(callbackUrl, flow)).resolves.toBeDefined();
  });

  it("refuses an ID token whose nonce is not the flow's", async () => {
    const { flow, callbackUrl } = await atProvider("fiona.finance");
    const error = await failure(finish(callbackUrl, { ...flow, nonce: `${flow.nonce}-other` }));
    expect(error.reason).toBe("rejected");
    expect(error.detail).toMatch(/nonce/);
    expect(await db.session.count()).toBe(0);
  });

  it("refuses a code exchanged with another PKCE verifier", async () => {
    const { flow, callbackUrl } = await atProvider("fiona.finance");
    const other = `${flow.codeVerifier.slice(0, -4)}abcd`;
    expect((await failure(finish(callbackUrl, { ...flow, codeVerifier: other }))).reason).toBe("rejected");
    expect(await db.user.count()).toBe(0);
  });

  it("says the sign-in expired when the browser has no flow", async () => {
    const { callbackUrl } = await atProvider("fiona.finance");
    expect((await failure(finish(callbackUrl, null))).reason).toBe("expired");
  });

  it("reports the provider's refusal (access_denied) as refused", async () => {
    const { flow } = await atProvider("fiona.finance");
    const callbackUrl = new URL(REDIRECT_URI);
    callbackUrl.search = new URLSearchParams({
      error: "access_denied",
      state: flow.state,
      iss: provider.issuer,
    }).toString();
    const error = await failure(finish(callbackUrl, flow));
    expect(error).toMatchObject({ reason: "refused", detail: "access_denied" });
  });

  it("never takes over a local account with the same email", async () => {
    await createUser(db, {
      ctx: systemContext("test"),
      input: { email: "fiona@idp.example", password: "correct horse battery", roles: ["viewer"] },
    });
    const { flow, callbackUrl } = await atProvider("fiona.finance");
    expect((await failure(finish(callbackUrl, flow))).reason).toBe("email_taken");
    expect(await db.oidcIdentity.count()).toBe(0);
  });
});
