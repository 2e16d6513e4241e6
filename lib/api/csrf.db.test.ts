import { describe, expect, it } from "vitest";
import { createApiToken } from "../services/identity/create-api-token";
import { createUser } from "../services/identity/create-user";
import { signIn } from "../services/identity/sign-in";
import { systemContext } from "../services/service-context";
import { setUpTestDatabase } from "../testing/test-database";
import { CSRF_HEADER, SESSION_COOKIE } from "./auth-cookies";
import { type Authenticated, authenticateRequest } from "./authenticate-request";
import { requestRefusal } from "./request-refusal";

const { db } = setUpTestDatabase();
const NOW = new Date(Date.UTC(2026, 11, 7, 9, 0, 0));
const PASSWORD = "correct horse battery";

async function session() {
  await createUser(db, {
    ctx: systemContext("test"),
    input: { email: "ada@example.com", password: PASSWORD, roles: ["admin"] },
  });
  return signIn(db, { input: { email: "ada@example.com", password: PASSWORD }, now: NOW });
}

function request(method: string, headers: Record<string, string>): Request {
  return new Request("http://tierscope.test/api/v1/pricing/settings", {
    method,
    headers: { host: "tierscope.test", ...headers },
  });
}

async function refusalOf(req: Request) {
  const auth = (await authenticateRequest(db, req, NOW)) as Authenticated;
  expect(auth).not.toBeNull();
  return requestRefusal(req, auth);
}

describe("CSRF", () => {
  it("refuses a cookie-authenticated write without the session's CSRF token", async () => {
    const { sessionSecret } = await session();
    const cookie = `${SESSION_COOKIE}=${sessionSecret}`;
    expect(await refusalOf(request("PUT", { cookie }))).toMatchObject({ status: 403, code: "csrf" });
    expect(await refusalOf(request("PUT", { cookie, [CSRF_HEADER]: "forged" }))).toMatchObject({
      code: "csrf",
    });
  });

  it("accepts the write with the session's token from the same origin, and reads without one", async () => {
    const { sessionSecret, csrfToken } = await session();
    const cookie = `${SESSION_COOKIE}=${sessionSecret}`;
    expect(
      await refusalOf(request("PUT", { cookie, [CSRF_HEADER]: csrfToken, origin: "http://tierscope.test" })),
    ).toBeNull();
    expect(await refusalOf(request("GET", { cookie }))).toBeNull();
  });

  it("refuses a write from another origin even with the right token", async () => {
    const { sessionSecret, csrfToken } = await session();
    const cookie = `${SESSION_COOKIE}=${sessionSecret}`;
    const crossSite = request("DELETE", { cookie, [CSRF_HEADER]: csrfToken, origin: "https://evil.example" });
    expect(await refusalOf(crossSite)).toMatchObject({ code: "csrf" });
  });

  it("does not apply to bearer tokens, which a browser never attaches by itself", async () => {
    const { token } = await createApiToken(db, {
      ctx: systemContext("test"),
      input: { name: "w", scope: "write" },
      now: NOW,
    });
    expect(await refusalOf(request("PUT", { authorization: `Bearer ${token}` }))).toBeNull();
  });

  it("keeps read tokens to reads and collector tokens away from reads", async () => {
    const admin = systemContext("test");
    const read = await createApiToken(db, { ctx: admin, input: { name: "r", scope: "read" }, now: NOW });
    const collector = await createApiToken(db, {
      ctx: admin,
      input: { name: "c", scope: "collector", clusterName: "prod" },
      now: NOW,
    });
    expect(await refusalOf(request("PUT", { authorization: `Bearer ${read.token}` }))).toMatchObject({
      code: "forbidden",
    });
    expect(await refusalOf(request("GET", { authorization: `Bearer ${read.token}` }))).toBeNull();
    expect(await refusalOf(request("GET", { authorization: `Bearer ${collector.token}` }))).toMatchObject({
      code: "forbidden",
    });
  });

  it("does not fall back to the cookie when a bearer token is bad", async () => {
    const { sessionSecret } = await session();
    const req = request("GET", {
      cookie: `${SESSION_COOKIE}=${sessionSecret}`,
      authorization: "Bearer nope",
    });
    expect(await authenticateRequest(db, req, NOW)).toBeNull();
  });
});
