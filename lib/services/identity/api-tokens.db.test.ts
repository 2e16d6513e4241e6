import { describe, expect, it } from "vitest";
import { MS_PER_DAY } from "../../costing/day-window";
import { hashSecret } from "../../identity/secret-token";
import { setUpTestDatabase } from "../../testing/test-database";
import { type ServiceContext, systemContext } from "../service-context";
import { ForbiddenError } from "../service-errors";
import { assertCollectorFor } from "./assert-collector-for";
import { authenticateApiToken } from "./authenticate-api-token";
import { createApiToken } from "./create-api-token";
import { listApiTokens } from "./list-api-tokens";
import { revokeApiToken } from "./revoke-api-token";

const { db } = setUpTestDatabase();
const T0 = new Date(Date.UTC(2026, 11, 7, 9, 0, 0));
const DAY = MS_PER_DAY;
const admin = systemContext("test");

describe("API tokens", () => {
  it("are shown once: the database keeps only the hash, and the list has no secret", async () => {
    const { token, apiToken } = await createApiToken(db, {
      ctx: admin,
      input: { name: "ci", scope: "read" },
      now: T0,
    });
    expect(token).toMatch(/^tsk_/);
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: apiToken.id } });
    expect(row.tokenHash).toBe(hashSecret(token));
    const listed = await listApiTokens(db, { ctx: admin });
    expect(JSON.stringify(listed)).not.toContain(token);
    expect(JSON.stringify(listed)).not.toContain(row.tokenHash);
    const audit = await db.auditEvent.findMany();
    expect(JSON.stringify(audit)).not.toContain(token);
  });

  it("authenticate until they expire, with the roles of their scope", async () => {
    const { token } = await createApiToken(db, {
      ctx: admin,
      input: { name: "script", scope: "write", expiresInDays: 30 },
      now: T0,
    });
    const ctx = await authenticateApiToken(db, { token, now: new Date(T0.getTime() + 29 * DAY) });
    // The operator's write token acts as finance: admin-only actions need a signed-in admin.
    expect(ctx?.roles).toEqual(["finance"]);
    expect(ctx?.actor).toMatchObject({ kind: "token", tokenName: "script", tokenScope: "write" });
    // It may not mint tokens: it could renew itself for ever.
    await expect(
      createApiToken(db, { ctx: ctx as ServiceContext, input: { name: "minted", scope: "write" }, now: T0 }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.apiToken.count({ where: { name: "minted" } })).toBe(0);
    expect(await authenticateApiToken(db, { token, now: new Date(T0.getTime() + 30 * DAY) })).toBeNull();
    expect(await authenticateApiToken(db, { token: `${token}x`, now: T0 })).toBeNull();
  });

  it("stop working once revoked, and revoking twice changes nothing", async () => {
    const { token } = await createApiToken(db, { ctx: admin, input: { name: "ci", scope: "read" }, now: T0 });
    const revoked = await revokeApiToken(db, { ctx: admin, input: { token: "ci" }, now: T0 });
    expect(revoked.revokedAt).toBe(T0.toISOString());
    expect(await authenticateApiToken(db, { token, now: T0 })).toBeNull();
    const again = await revokeApiToken(db, {
      ctx: admin,
      input: { token: revoked.id },
      now: new Date(T0.getTime() + DAY),
    });
    expect(again.revokedAt).toBe(T0.toISOString());
    expect(await db.auditEvent.count({ where: { action: "api_token.revoke" } })).toBe(1);
  });

  it("may be created by admins only", async () => {
    const finance: ServiceContext = { ...admin, roles: ["finance"] };
    await expect(
      createApiToken(db, { ctx: finance, input: { name: "x", scope: "read" }, now: T0 }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("collector tokens name one cluster and may write only its observations", async () => {
    await expect(
      createApiToken(db, { ctx: admin, input: { name: "c", scope: "collector" }, now: T0 }),
    ).rejects.toThrow(/clusterName/);
    await expect(
      createApiToken(db, { ctx: admin, input: { name: "r", scope: "read", clusterName: "prod" }, now: T0 }),
    ).rejects.toThrow(/clusterName/);
    const { token } = await createApiToken(db, {
      ctx: admin,
      input: { name: "prod collector", scope: "collector", clusterName: "prod-eks" },
      now: T0,
    });
    const ctx = (await authenticateApiToken(db, { token, now: T0 })) as ServiceContext;
    expect(ctx.roles).toEqual([]);
    expect(ctx.scope).toEqual({ kind: "teams", teamIds: [] });
    expect(() => assertCollectorFor(ctx, "prod-eks")).not.toThrow();
    expect(() => assertCollectorFor(ctx, "staging-gke")).toThrow(ForbiddenError);
    // Anyone else pushes observations only as an admin.
    expect(() => assertCollectorFor(admin, "staging-gke")).not.toThrow();
    expect(() => assertCollectorFor({ ...admin, roles: ["viewer"] }, "prod-eks")).toThrow(ForbiddenError);
  });
});
