import { describe, expect, it } from "vitest";
import { setUpTestDatabase } from "../../testing/test-database";
import { systemContext } from "../service-context";
import { ForbiddenError } from "../service-errors";
import { listAuditEvents } from "./list-audit-events";

const { db } = setUpTestDatabase();
const admin = systemContext("test");

async function event(at: string, actorName: string, targetType: string) {
  await db.auditEvent.create({
    data: { at: new Date(at), actorKind: "user", actorName, action: `${targetType}.create`, targetType },
  });
}

const actions = async (input: Record<string, string>) =>
  (await listAuditEvents(db, { ctx: admin, input })).items.map((e) => `${e.actorName} ${e.action}`);

describe("listAuditEvents filters", () => {
  it("by kind, by actor (any case, part of the name) and by day, both days included", async () => {
    await event("2026-12-01T00:00:00Z", "ada@example.com", "user");
    await event("2026-12-02T23:59:59Z", "Bob@example.com", "api_token");
    await event("2026-12-03T00:00:00Z", "token ci", "price_override");
    expect(await actions({ targetType: "api_token" })).toEqual(["Bob@example.com api_token.create"]);
    expect(await actions({ actor: "BOB" })).toEqual(["Bob@example.com api_token.create"]);
    expect(await actions({ from: "2026-12-02", to: "2026-12-02" })).toEqual([
      "Bob@example.com api_token.create",
    ]);
    expect(await actions({ from: "2026-12-02" })).toEqual([
      "token ci price_override.create",
      "Bob@example.com api_token.create",
    ]);
    expect(await actions({ to: "2026-12-01" })).toEqual(["ada@example.com user.create"]);
  });

  it("refuses a bad day or a window that ends before it starts, naming the field", async () => {
    await expect(actions({ from: "2026-12-31", to: "2026-12-01" })).rejects.toThrow(/from: after to/);
    await expect(actions({ from: "2026-02-30" })).rejects.toThrow(/YYYY-MM-DD/);
  });

  it("is for admins only", async () => {
    const viewer = { ...admin, roles: ["viewer" as const] };
    await expect(listAuditEvents(db, { ctx: viewer, input: {} })).rejects.toThrow(ForbiddenError);
  });
});
