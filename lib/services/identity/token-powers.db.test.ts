import { describe, expect, it } from "vitest";
import { findUserForContext } from "../../queries/identity/find-user-for-context";
import { createShowbackOrg } from "../../testing/cost-factories";
import { setUpTestDatabase } from "../../testing/test-database";
import { createDigestSubscription } from "../digests/create-digest-subscription";
import { closeMonth } from "../months/close-month";
import { reopenMonth } from "../months/reopen-month";
import { deletePriceOverride } from "../pricing/delete-price-override";
import type { ServiceContext } from "../service-context";
import { ForbiddenError, NotFoundError } from "../service-errors";
import { updateSettings } from "../settings/update-settings";
import { assertCollectorFor } from "./assert-collector-for";
import { authenticateApiToken } from "./authenticate-api-token";
import { createApiToken } from "./create-api-token";
import { createUser } from "./create-user";
import { userContext } from "./user-context";

// A token's powers are its scope intersected with its creator's roles and teams, read at each
// request: a read token only reads; a write token makes its creator's writes except the admin-only
// ones (users, tokens, prices, settings, month reopen), which need a signed-in admin.

const { db } = setUpTestDatabase();
const NOW = new Date(Date.UTC(2026, 11, 7, 9, 0, 0));
const DIGEST = { recipients: ["lead@example.com"], cadence: "weekly" as const, timeZone: "UTC" };

async function adminUser() {
  const user = await db.user.create({
    data: { email: "ada@example.com", displayName: "Ada", roles: { create: [{ role: "admin" }] } },
  });
  const withRoles = await findUserForContext(db, { id: user.id });
  if (!withRoles) throw new Error("the admin was not created");
  return { user, ctx: userContext(withRoles) };
}

async function tokenOf(creator: ServiceContext, scope: "read" | "write") {
  const { token } = await createApiToken(db, {
    ctx: creator,
    input: { name: `t-${scope}`, scope },
    now: NOW,
  });
  return token;
}

const contextOf = async (token: string) =>
  (await authenticateApiToken(db, { token, now: NOW })) as ServiceContext;

async function refusesAdminOnly(ctx: ServiceContext) {
  const refusals = [
    createUser(db, {
      ctx,
      input: { email: "eve@example.com", password: "a-long-password-1", roles: ["admin"] },
    }),
    createApiToken(db, { ctx, input: { name: "minted", scope: "write" }, now: NOW }),
    deletePriceOverride(db, { ctx, input: { id: "00000000-0000-4000-8000-000000000000" } }),
    updateSettings(db, { ctx, input: { key: "waste.thresholds", values: { availableDays: 3 } } }),
    reopenMonth(db, { ctx, input: { month: "2026-11", reason: "late invoice" } }, NOW),
  ];
  for (const refusal of refusals) await expect(refusal).rejects.toBeInstanceOf(ForbiddenError);
  expect(await db.user.count({ where: { email: "eve@example.com" } })).toBe(0);
  expect(await db.apiToken.count({ where: { name: "minted" } })).toBe(0);
}

describe("API token powers", () => {
  it("a read token of an admin only reads: no write of any role", async () => {
    const admin = await adminUser();
    const ctx = await contextOf(await tokenOf(admin.ctx, "read"));
    expect(ctx.roles).toEqual(["viewer"]);
    await refusesAdminOnly(ctx);
    const close = closeMonth(db, { ctx, input: { month: "2026-11", reason: "checked" } }, NOW);
    await expect(close).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("a write token of an admin makes finance's writes but none of the admin-only ones", async () => {
    const admin = await adminUser();
    const ctx = await contextOf(await tokenOf(admin.ctx, "write"));
    expect(ctx.roles).toEqual(["finance"]);
    expect(ctx.scope).toEqual({ kind: "all" });
    await refusesAdminOnly(ctx);
    const closed = await closeMonth(db, { ctx, input: { month: "2026-11", reason: "checked" } }, NOW);
    expect(closed.alreadyClosed).toBe(false);
    // Pushing observations is a collector token's right, for its one cluster.
    expect(() => assertCollectorFor(ctx, "prod")).toThrow(ForbiddenError);
  });

  it("shrinks with its creator: demoted to a member of ml, the token reaches ml's digests and not web's", async () => {
    const org = await createShowbackOrg(db);
    const admin = await adminUser();
    const token = await tokenOf(admin.ctx, "write");
    await db.userRole.deleteMany({ where: { userId: admin.user.id } });
    await db.userRole.create({ data: { userId: admin.user.id, role: "member" } });
    await db.userTeam.create({ data: { userId: admin.user.id, teamId: org.teams.ml.id } });
    const ctx = await contextOf(token);
    expect(ctx.roles).toEqual(["member"]);
    expect(ctx.scope).toEqual({ kind: "teams", teamIds: [org.teams.ml.id] });
    await expect(
      createDigestSubscription(db, { ctx, input: { ...DIGEST, team: "web" } }),
    ).rejects.toBeInstanceOf(NotFoundError);
    const created = await createDigestSubscription(db, { ctx, input: { ...DIGEST, team: "ml" } });
    expect(await db.digestSubscription.findMany({ select: { id: true } })).toEqual([{ id: created.id }]);
  });

  it("stops working when its creator's account is disabled", async () => {
    const admin = await adminUser();
    const token = await tokenOf(admin.ctx, "read");
    expect(await authenticateApiToken(db, { token, now: NOW })).not.toBeNull();
    await db.user.update({ where: { id: admin.user.id }, data: { disabled: true } });
    expect(await authenticateApiToken(db, { token, now: NOW })).toBeNull();
  });
});
