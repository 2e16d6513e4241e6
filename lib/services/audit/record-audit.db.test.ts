import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { setUpTestDatabase } from "../../testing/test-database";
import { createApiToken } from "../identity/create-api-token";
import { createUser } from "../identity/create-user";
import { revokeApiToken } from "../identity/revoke-api-token";
import { setUserRoles } from "../identity/set-user-roles";
import { signIn } from "../identity/sign-in";
import { signOut } from "../identity/sign-out";
import { systemContext } from "../service-context";
import { recordAudit } from "./record-audit";

const { db } = setUpTestDatabase();
const NOW = new Date(Date.UTC(2026, 11, 7, 9, 0, 0));
const admin = { ...systemContext("test"), requestId: "req-1" };

describe("the audit log", () => {
  it("keeps who, what, before and after, with exact decimals, big integers and dates as strings", async () => {
    await recordAudit(db, admin, {
      action: "price_override.delete",
      targetType: "price_override",
      targetId: "po-1",
      before: { unitPrice: new Decimal("0.1234567891"), capacityBytes: 10n ** 15n, at: NOW },
      after: null,
    });
    const [event] = await db.auditEvent.findMany();
    expect(event).toMatchObject({
      actorKind: "system",
      actorName: "test",
      action: "price_override.delete",
      targetId: "po-1",
      requestId: "req-1",
      before: { unitPrice: "0.1234567891", capacityBytes: "1000000000000000", at: NOW.toISOString() },
      after: null,
    });
  });

  it("records user, role, token and session changes with before and after, never a secret", async () => {
    await createUser(db, {
      ctx: admin,
      input: { email: "ada@example.com", password: "correct horse battery", roles: ["viewer"] },
    });
    await setUserRoles(db, { ctx: admin, input: { email: "ada@example.com", roles: ["finance"] } });
    const { token, apiToken } = await createApiToken(db, {
      ctx: admin,
      input: { name: "ci", scope: "read" },
      now: NOW,
    });
    await revokeApiToken(db, { ctx: admin, input: { token: apiToken.id }, now: NOW });
    const session = await signIn(db, {
      input: { email: "ada@example.com", password: "correct horse battery" },
      now: NOW,
    });
    await signOut(db, { sessionSecret: session.sessionSecret, now: NOW });
    const events = await db.auditEvent.findMany({ orderBy: { at: "asc" } });
    const byAction = Object.fromEntries(events.map((e) => [e.action, e]));
    expect(byAction["user.create"]?.after).toMatchObject({ email: "ada@example.com", roles: ["viewer"] });
    expect(byAction["user.set_roles"]?.before).toMatchObject({ roles: ["viewer"] });
    expect(byAction["user.set_roles"]?.after).toMatchObject({ roles: ["finance"] });
    expect(byAction["api_token.revoke"]?.before).toMatchObject({ revokedAt: null });
    expect(byAction["api_token.revoke"]?.after).toMatchObject({ revokedAt: NOW.toISOString() });
    expect(byAction["session.login"]).toMatchObject({ actorKind: "user", actorName: "ada@example.com" });
    expect(byAction["session.logout"]).toMatchObject({ actorKind: "user", actorName: "ada@example.com" });
    const text = JSON.stringify(events);
    for (const secret of [token, session.sessionSecret, "correct horse battery", "$argon2id$"]) {
      expect(text).not.toContain(secret);
    }
  });
});
