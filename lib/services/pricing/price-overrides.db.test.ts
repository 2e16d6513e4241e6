import { describe, expect, it } from "vitest";
import { getCostsStaleness } from "../../queries/costs/costs-staleness";
import { setUpTestDatabase } from "../../testing/test-database";
import type { ServiceContext } from "../service-context";
import { ForbiddenError } from "../service-errors";
import { createPriceOverride } from "./create-price-override";
import { deletePriceOverride } from "./delete-price-override";
import { listPriceOverrides } from "./list-price-overrides";
import { updatePricingSettings } from "./update-pricing-settings";

const { db } = setUpTestDatabase();

const person = (email: string, roles: ServiceContext["roles"]): ServiceContext => ({
  actor: { kind: "user", userId: `id-${email}`, email },
  roles,
  scope: { kind: "all" },
  requestId: `req-${email}`,
});
const ADMIN = person("admin@example.com", ["admin"]);
const FINANCE = person("finance@example.com", ["finance"]);

const discount = {
  kind: "discount",
  provider: "aws",
  discountPercent: "12.5",
  effectiveFrom: "2026-11-01",
} as const;

describe("price overrides and pricing settings go through one audited, admin-only door", () => {
  it("refuses a non-admin's override and settings change, and writes nothing", async () => {
    await expect(createPriceOverride(db, { ctx: FINANCE, input: discount })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(
      updatePricingSettings(db, { ctx: FINANCE, input: { displayCurrency: "EUR" } }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.priceOverride.count()).toBe(0);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("audits an admin's override with its after, and its deletion with its before, marking costs stale", async () => {
    await db.organization.create({ data: { slug: "acme", name: "Acme" } });
    const created = await createPriceOverride(db, { ctx: ADMIN, input: discount });
    expect(await getCostsStaleness(db)).toMatchObject({
      reason: expect.stringContaining("price override added"),
    });
    expect(await listPriceOverrides(db, { ctx: FINANCE, input: {} })).toHaveLength(1);
    await deletePriceOverride(db, { ctx: ADMIN, input: { id: created.id } });
    expect(await listPriceOverrides(db, { ctx: FINANCE, input: {} })).toHaveLength(0);
    const events = await db.auditEvent.findMany({ orderBy: { at: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["price_override.create", "price_override.delete"]);
    expect(events[0]).toMatchObject({ actorName: "admin@example.com", requestId: "req-admin@example.com" });
    expect(events[0]?.after).toMatchObject({ id: created.id, discountPercent: "12.5" });
    expect(events[1]?.before).toMatchObject({ id: created.id, discountPercent: "12.5" });
    expect(events[1]?.after).toBeNull();
  });
});
