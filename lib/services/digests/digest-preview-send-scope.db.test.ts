import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { setUpTestDatabase } from "../../testing/test-database";
import type { ServiceContext } from "../service-context";
import { ForbiddenError, NotFoundError } from "../service-errors";
import { recordingMailer, seedWeeklyTeamDigest, testDelivery } from "./digest-test-setup";
import { previewDigest } from "./preview-digest";
import { sendDigestNow } from "./send-digest-now";

// Preview and send-now are services that enforce the scope themselves: whoever calls them (a
// route, a page, the CLI) cannot reach another team's subscription by skipping a check.

const { db } = setUpTestDatabase();

const lead = (teamId: string, roles: ServiceContext["roles"] = ["member"]): ServiceContext => ({
  actor: { kind: "user", userId: randomUUID(), email: "lead@example.com" },
  roles,
  scope: { kind: "teams", teamIds: [teamId] },
});

async function mlDigest() {
  const seeded = await seedWeeklyTeamDigest(db);
  const mailer = recordingMailer();
  const delivery = testDelivery(db, mailer);
  const input = { subscriptionId: seeded.subscription.id, now: seeded.now };
  return { ...seeded, mailer, delivery, input };
}

describe("digest preview and send-now, scoped in the service", () => {
  it("previews ml's digest for ml's lead", async () => {
    const { org, delivery, input } = await mlDigest();
    const preview = await previewDigest(db, { ctx: lead(org.teams.ml.id), input: { ...delivery, ...input } });
    expect(preview.recipients).toEqual(["lead@example.com"]);
    expect(preview.period).toEqual({ start: "2026-11-16", end: "2026-11-22" });
  });

  it("answers 404 to web's lead previewing ml's digest, as for a subscription that does not exist", async () => {
    const { org, delivery, input } = await mlDigest();
    const preview = previewDigest(db, { ctx: lead(org.teams.web.id), input: { ...delivery, ...input } });
    await expect(preview).rejects.toBeInstanceOf(NotFoundError);
    await expect(preview).rejects.toThrow(`No digest subscription "${input.subscriptionId}"`);
  });

  it("answers 404 to web's lead sending ml's digest, and sends and records nothing", async () => {
    const { org, delivery, mailer, input } = await mlDigest();
    await expect(sendDigestNow(delivery, { ctx: lead(org.teams.web.id), input })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(mailer.messages).toEqual([]);
    expect(await db.digestSend.count()).toBe(0);
  });

  it("refuses a viewer of ml's team a send (403), and lets ml's lead send", async () => {
    const { org, delivery, mailer, input } = await mlDigest();
    const viewer = lead(org.teams.ml.id, ["viewer"]);
    await expect(sendDigestNow(delivery, { ctx: viewer, input })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.digestSend.count()).toBe(0);
    const sent = await sendDigestNow(delivery, { ctx: lead(org.teams.ml.id), input });
    expect(sent.outcome).toBe("sent");
    expect(mailer.messages.map((m) => m.to)).toEqual(["lead@example.com"]);
  });
});
