import { describe, expect, it } from "vitest";
import { FREE_FAILURES } from "../../identity/login-backoff";
import { setUpTestDatabase } from "../../testing/test-database";
import { systemContext } from "../service-context";
import { NotAuthenticatedError, TooManyAttemptsError } from "../service-errors";
import { createUser } from "./create-user";
import { SIGN_IN_FAILED, signIn } from "./sign-in";

const { db } = setUpTestDatabase();
const T0 = new Date(Date.UTC(2026, 11, 7, 9, 0, 0));
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const PASSWORD = "correct horse battery";

function attempt(email: string, password: string, seconds: number) {
  return signIn(db, { input: { email, password }, now: at(seconds) });
}

describe("sign-in backoff", () => {
  it("locks an address after repeated failures, even the right password, until the lock ends", async () => {
    await createUser(db, {
      ctx: systemContext("test"),
      input: { email: "ada@example.com", password: PASSWORD, roles: ["admin"] },
    });
    for (let i = 0; i < FREE_FAILURES; i += 1) {
      await expect(attempt("ada@example.com", "wrong password!", i)).rejects.toBeInstanceOf(
        NotAuthenticatedError,
      );
    }
    await expect(attempt("ada@example.com", PASSWORD, 10)).rejects.toBeInstanceOf(TooManyAttemptsError);
    const signed = await attempt("ada@example.com", PASSWORD, 60);
    expect(signed.sessionSecret).toBeTruthy();
    // Success clears the count: the next typo costs nothing.
    expect(await db.loginFailure.count()).toBe(0);
  });

  it("locks for longer after each further failure", async () => {
    await createUser(db, {
      ctx: systemContext("test"),
      input: { email: "ada@example.com", password: PASSWORD, roles: ["admin"] },
    });
    for (let i = 0; i < FREE_FAILURES; i += 1) await attempt("ada@example.com", "wrong", i).catch(() => {});
    const first = await db.loginFailure.findUniqueOrThrow({ where: { email: "ada@example.com" } });
    await attempt("ada@example.com", "wrong", 100).catch(() => {});
    const second = await db.loginFailure.findUniqueOrThrow({ where: { email: "ada@example.com" } });
    const firstLockMs = (first.lockedUntil?.getTime() ?? 0) - at(FREE_FAILURES - 1).getTime();
    const secondLockMs = (second.lockedUntil?.getTime() ?? 0) - at(100).getTime();
    expect(secondLockMs).toBe(2 * firstLockMs);
  });

  it("answers an unknown address exactly as a wrong password, and backs it off the same way", async () => {
    await createUser(db, {
      ctx: systemContext("test"),
      input: { email: "ada@example.com", password: PASSWORD, roles: ["admin"] },
    });
    const wrongPassword = await attempt("ada@example.com", "wrong password!", 0).catch((e: Error) => e);
    const unknownUser = await attempt("nobody@example.com", "wrong password!", 0).catch((e: Error) => e);
    expect(wrongPassword).toBeInstanceOf(NotAuthenticatedError);
    expect(unknownUser).toBeInstanceOf(NotAuthenticatedError);
    expect((wrongPassword as Error).message).toBe(SIGN_IN_FAILED);
    expect((unknownUser as Error).message).toBe(SIGN_IN_FAILED);
    for (let i = 1; i < FREE_FAILURES; i += 1) await attempt("nobody@example.com", "x", i).catch(() => {});
    await expect(attempt("nobody@example.com", "x", 10)).rejects.toBeInstanceOf(TooManyAttemptsError);
  });

  it("audits failed sign-ins with the address tried", async () => {
    await attempt("nobody@example.com", "wrong", 0).catch(() => {});
    const events = await db.auditEvent.findMany();
    expect(events).toMatchObject([
      { action: "session.login_failed", actorKind: "anonymous", actorName: "nobody@example.com" },
    ]);
  });
});
