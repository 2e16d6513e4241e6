import { describe, expect, it } from "vitest";
import { hashSecret } from "../../identity/secret-token";
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from "../../identity/session-policy";
import { setUpTestDatabase } from "../../testing/test-database";
import { systemContext } from "../service-context";
import { NotAuthenticatedError } from "../service-errors";
import { authenticateSession } from "./authenticate-session";
import { createUser } from "./create-user";
import { resetPassword } from "./reset-password";
import { signIn } from "./sign-in";
import { signOut } from "./sign-out";

const { db } = setUpTestDatabase();
const T0 = new Date(Date.UTC(2026, 11, 7, 9, 0, 0));
const at = (ms: number) => new Date(T0.getTime() + ms);
const HOUR = 60 * 60 * 1000;
const PASSWORD = "correct horse battery";

async function withUser(email = "ada@example.com") {
  return createUser(db, {
    ctx: systemContext("test"),
    input: { email, password: PASSWORD, roles: ["admin"] },
  });
}

describe("sessions", () => {
  it("stores only the hash of the session id, and the session authenticates its user", async () => {
    await withUser();
    const signed = await signIn(db, { input: { email: "Ada@Example.com", password: PASSWORD }, now: T0 });
    const rows = await db.session.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.tokenHash).toBe(hashSecret(signed.sessionSecret));
    expect(JSON.stringify(rows)).not.toContain(signed.sessionSecret);
    const ctx = await authenticateSession(db, { sessionSecret: signed.sessionSecret, now: at(HOUR) });
    expect(ctx?.actor).toMatchObject({ kind: "user", email: "ada@example.com" });
    expect(ctx?.roles).toEqual(["admin"]);
  });

  it("ends after the idle expiry without requests, and requests push the idle expiry on", async () => {
    await withUser();
    const { sessionSecret } = await signIn(db, {
      input: { email: "ada@example.com", password: PASSWORD },
      now: T0,
    });
    expect(await authenticateSession(db, { sessionSecret, now: at(SESSION_IDLE_MS - HOUR) })).not.toBeNull();
    // That request moved the idle expiry: one idle period after it, not after sign-in.
    expect(
      await authenticateSession(db, { sessionSecret, now: at(2 * SESSION_IDLE_MS - 2 * HOUR) }),
    ).not.toBeNull();
    expect(await authenticateSession(db, { sessionSecret, now: at(4 * SESSION_IDLE_MS) })).toBeNull();
  });

  it("ends at the absolute expiry however busy it is kept", async () => {
    await withUser();
    const { sessionSecret } = await signIn(db, {
      input: { email: "ada@example.com", password: PASSWORD },
      now: T0,
    });
    for (let ms = HOUR; ms < SESSION_ABSOLUTE_MS; ms += 4 * HOUR) {
      expect(await authenticateSession(db, { sessionSecret, now: at(ms) })).not.toBeNull();
    }
    expect(await authenticateSession(db, { sessionSecret, now: at(SESSION_ABSOLUTE_MS) })).toBeNull();
  });

  it("rotates on sign-in: a new id every time, and the browser's previous session is revoked", async () => {
    await withUser();
    const first = await signIn(db, { input: { email: "ada@example.com", password: PASSWORD }, now: T0 });
    const second = await signIn(db, {
      input: { email: "ada@example.com", password: PASSWORD },
      previousSessionSecret: first.sessionSecret,
      now: at(1000),
    });
    expect(second.sessionSecret).not.toBe(first.sessionSecret);
    expect(second.csrfToken).not.toBe(first.csrfToken);
    expect(await authenticateSession(db, { sessionSecret: first.sessionSecret, now: at(2000) })).toBeNull();
    expect(
      await authenticateSession(db, { sessionSecret: second.sessionSecret, now: at(2000) }),
    ).not.toBeNull();
  });

  it("is revoked on the server by sign-out, and by a password reset", async () => {
    await withUser();
    const a = await signIn(db, { input: { email: "ada@example.com", password: PASSWORD }, now: T0 });
    const b = await signIn(db, { input: { email: "ada@example.com", password: PASSWORD }, now: T0 });
    await signOut(db, { sessionSecret: a.sessionSecret, now: at(1000) });
    expect(await authenticateSession(db, { sessionSecret: a.sessionSecret, now: at(2000) })).toBeNull();
    expect(await authenticateSession(db, { sessionSecret: b.sessionSecret, now: at(2000) })).not.toBeNull();
    await resetPassword(db, {
      ctx: systemContext("test"),
      input: { email: "ada@example.com", password: "a brand new passphrase" },
      now: at(3000),
    });
    expect(await authenticateSession(db, { sessionSecret: b.sessionSecret, now: at(4000) })).toBeNull();
    await expect(
      signIn(db, { input: { email: "ada@example.com", password: PASSWORD }, now: at(5000) }),
    ).rejects.toBeInstanceOf(NotAuthenticatedError);
  });

  it("does not authenticate a disabled user's session", async () => {
    const user = await withUser();
    const { sessionSecret } = await signIn(db, {
      input: { email: "ada@example.com", password: PASSWORD },
      now: T0,
    });
    await db.user.update({ where: { id: user.id }, data: { disabled: true } });
    expect(await authenticateSession(db, { sessionSecret, now: at(1000) })).toBeNull();
  });

  it("refuses passwords shorter than 12 characters and stores argon2id hashes", async () => {
    await expect(
      createUser(db, {
        ctx: systemContext("test"),
        input: { email: "b@example.com", password: "short-pass1", roles: ["viewer"] },
      }),
    ).rejects.toThrow(/at least 12 characters/);
    await withUser();
    const row = await db.user.findUniqueOrThrow({ where: { email: "ada@example.com" } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
  });
});
