import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { CSRF_HEADER, SESSION_COOKIE } from "@/lib/api/auth-cookies";
import { authenticateSession } from "@/lib/services/identity/authenticate-session";
import { createUser } from "@/lib/services/identity/create-user";
import { signIn } from "@/lib/services/identity/sign-in";
import { systemContext } from "@/lib/services/service-context";
import { setUpTestDatabase } from "@/lib/testing/test-database";

// Signing out is a write carried by the session cookie: another site must not be able to sign a
// user out, so it needs the session's CSRF token as every other such write does, not only Origin.

const { db, url } = setUpTestDatabase();
const LOGOUT = path.resolve(import.meta.dirname, "../../app/api/auth/logout/route.ts");
const PASSWORD = "correct horse battery";
let POST: (request: Request) => Promise<Response>;

beforeAll(async () => {
  process.env.DATABASE_URL = url;
  ({ POST } = await import(LOGOUT));
});

async function session() {
  await createUser(db, {
    ctx: systemContext("test"),
    input: { email: "ada@example.com", password: PASSWORD, roles: ["viewer"] },
  });
  return signIn(db, { input: { email: "ada@example.com", password: PASSWORD }, now: new Date() });
}

function logout(headers: Record<string, string>): Request {
  return new Request("http://tierscope.test/api/auth/logout", {
    method: "POST",
    headers: { host: "tierscope.test", origin: "http://tierscope.test", ...headers },
  });
}

const live = (sessionSecret: string) => authenticateSession(db, { sessionSecret, now: new Date() });

describe("POST /api/auth/logout", () => {
  it("refuses a same-origin sign-out without the session's CSRF token, and the session lives on", async () => {
    const { sessionSecret } = await session();
    const cookie = `${SESSION_COOKIE}=${sessionSecret}`;
    const attempts: Record<string, string>[] = [{ cookie }, { cookie, [CSRF_HEADER]: "wrong" }];
    for (const headers of attempts) {
      const response = await POST(logout(headers));
      expect(response.status).toBe(403);
      expect((await response.json()).error.code).toBe("csrf");
    }
    expect(await live(sessionSecret)).not.toBeNull();
  });

  it("signs out with the CSRF token: the session is revoked and the cookies cleared", async () => {
    const { sessionSecret, csrfToken } = await session();
    const response = await POST(
      logout({ cookie: `${SESSION_COOKIE}=${sessionSecret}`, [CSRF_HEADER]: csrfToken }),
    );
    expect(response.status).toBe(204);
    expect(response.headers.getSetCookie().length).toBeGreaterThanOrEqual(2);
    expect(await live(sessionSecret)).toBeNull();
  });

  it("answers a sign-out with no session (nothing to revoke) unless it comes from another site", async () => {
    expect((await POST(logout({}))).status).toBe(204);
    expect((await POST(logout({ origin: "https://evil.example" }))).status).toBe(403);
  });
});
