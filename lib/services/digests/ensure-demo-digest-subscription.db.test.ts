import { describe, expect, it } from "vitest";
import { createShowbackOrg } from "../../testing/cost-factories";
import { setUpTestDatabase } from "../../testing/test-database";
import { DEMO_DIGEST_SUBSCRIPTION, ensureDemoDigestSubscription } from "./ensure-demo-digest-subscription";

const { db } = setUpTestDatabase();

describe("ensureDemoDigestSubscription", () => {
  it("creates nothing when the demo's team does not exist", async () => {
    await createShowbackOrg(db);
    expect(await ensureDemoDigestSubscription(db)).toBe(false);
    expect(await db.digestSubscription.count()).toBe(0);
  });

  it("subscribes the demo team's lead once, audited; a second run keeps it as it is", async () => {
    const org = await createShowbackOrg(db);
    await db.team.create({
      data: { orgId: org.org.id, slug: DEMO_DIGEST_SUBSCRIPTION.team, name: "LLM Research" },
    });
    expect(await ensureDemoDigestSubscription(db)).toBe(true);
    expect(await ensureDemoDigestSubscription(db)).toBe(false);
    const subscriptions = await db.digestSubscription.findMany({ include: { team: true } });
    expect(subscriptions.map((s) => [s.team?.slug, s.recipients, s.cadence, s.timeZone])).toEqual([
      ["llm-research", ["llm-lead@acme-ai.example"], "weekly", "Europe/Berlin"],
    ]);
    expect(await db.auditEvent.count({ where: { action: "digest_subscription.create" } })).toBe(1);
  });
});
