import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, verifyWebhookSignature } from "../../alerts/sign-webhook";
import type { DigestMailer, DigestMessage } from "../../email/digest-mailer";
import { createCostFacts, createShowbackOrg, dailyFacts } from "../../testing/cost-factories";
import { startLoopbackReceiver } from "../../testing/loopback-receiver";
import { setUpTestDatabase } from "../../testing/test-database";
import { createBudget } from "../budgets/create-budget";
import { type ServiceContext, systemContext } from "../service-context";
import { ForbiddenError } from "../service-errors";
import { acknowledgeAlert } from "./acknowledge-alert";
import { createAlertChannel } from "./create-alert-channel";
import { createAlertRule } from "./create-alert-rule";
import { deliverAlert } from "./deliver-alert";
import { listAlertChannels } from "./list-alert-channels";
import { listAlertHistory } from "./list-alert-history";
import { listAlertRules } from "./list-alert-rules";
import { sweepAlerts } from "./sweep-alerts";
import { updateAlertRule } from "./update-alert-rule";

const { db } = setUpTestDatabase();
const NOW = new Date(Date.UTC(2026, 10, 10, 8));
const SECRET = "webhook-secret-0123456789";
const admin: ServiceContext = {
  actor: { kind: "system", name: "test" },
  roles: ["admin"],
  scope: { kind: "all" },
};

let receiver: Awaited<ReturnType<typeof startLoopbackReceiver>>;
const mails: DigestMessage[] = [];
const mailer: DigestMailer = {
  target: "smtp://test",
  async send(message) {
    mails.push(message);
    return { delivered: true };
  },
};
const config = () => ({ db, mailer, publicUrl: "https://tierscope.example", leaseSeconds: 300 });
/** The alert worker `tierscope serve` runs. */
const WORKER = systemContext("alert worker");

beforeEach(async () => {
  receiver = await startLoopbackReceiver();
  mails.length = 0;
});
afterEach(() => receiver.close());

/** Team ml spends $5 a day from 1 to 9 November against a $140 budget: 32 % spent on the 10th. */
async function budgetCrossed(
  channels: { name: string; path: string; kind: "slack" | "teams" | "webhook" }[],
) {
  const org = await createShowbackOrg(db);
  await createCostFacts(
    db,
    dailyFacts("2026-11-01", "2026-11-09", {
      clusterId: org.prod.id,
      resourceUid: "pv",
      namespace: "ml",
      cost: "5",
    }),
  );
  await createBudget(db, {
    ctx: admin,
    input: { name: "ML", scopeKind: "team", scopeKey: "ml", monthlyAmount: "140", currency: "USD" },
  });
  await createAlertChannel(db, {
    ctx: admin,
    input: { name: "mail", kind: "email", recipients: ["fin@example.com"] },
  });
  for (const c of channels) {
    const url = receiver.url(c.path);
    await createAlertChannel(db, {
      ctx: admin,
      input:
        c.kind === "webhook"
          ? { name: c.name, kind: c.kind, url, secret: SECRET }
          : { name: c.name, kind: c.kind, url },
    });
  }
  const rule = await createAlertRule(db, {
    ctx: admin,
    input: {
      name: "ML 30 %",
      kind: "budget_actual",
      threshold: "0.3",
      channels: ["mail", ...channels.map((c) => c.name)],
    },
  });
  return { org, rule };
}

const sweep = () =>
  sweepAlerts(db, { ctx: WORKER, input: { now: NOW, leaseSeconds: 300, enqueue: async () => {} } });
const deliveryIds = async () =>
  (await db.alertDelivery.findMany({ orderBy: { id: "asc" } })).map((d) => d.id);

describe("alerts", () => {
  it("raises a crossed budget once and delivers it once per channel, signed, whatever runs twice", async () => {
    await budgetCrossed([
      { name: "slack", path: "/slack", kind: "slack" },
      { name: "teams", path: "/teams", kind: "teams" },
      { name: "hook", path: "/hook", kind: "webhook" },
    ]);
    expect((await sweep()).raised).toBe(1);
    expect((await sweep()).raised).toBe(0);
    const ids = await deliveryIds();
    expect(ids).toHaveLength(4);
    for (const id of [...ids, ...ids])
      await deliverAlert(config(), { ctx: WORKER, input: { deliveryId: id, now: NOW } });

    expect(mails.map((m) => [m.to, m.subject])).toEqual([
      ["fin@example.com", "Tierscope alert: Budget ML: spend at 32 % of $140.00"],
    ]);
    const slack = JSON.parse(receiver.at("/slack")[0]?.body ?? "{}");
    expect(receiver.at("/slack")).toHaveLength(1);
    expect(slack.text).toBe("Tierscope alert: Budget ML: spend at 32 % of $140.00");
    expect(slack.blocks[1].text.text).toBe("Spent 2026-11: $45.00 of $140.00 (threshold 30 %).");
    const teams = JSON.parse(receiver.at("/teams")[0]?.body ?? "{}");
    expect(receiver.at("/teams")).toHaveLength(1);
    expect(teams.attachments[0].contentType).toBe("application/vnd.microsoft.card.adaptive");
    expect(teams.attachments[0].content.actions[0].url).toBe("https://tierscope.example/budgets");
    const [hook] = receiver.at("/hook");
    expect(receiver.at("/hook")).toHaveLength(1);
    expect(JSON.parse(hook?.body ?? "{}")).toMatchObject({
      group: expect.stringMatching(/^budget:/),
      period: "2026-11",
      amount: "45",
      currency: "USD",
    });
    const valid = verifyWebhookSignature({
      secret: SECRET,
      timestamp: String(hook?.headers[TIMESTAMP_HEADER]),
      signature: String(hook?.headers[SIGNATURE_HEADER]),
      body: hook?.body ?? "",
      nowSeconds: Math.floor(Date.now() / 1000),
    });
    expect(valid).toBe(true);
    expect(
      verifyWebhookSignature({
        secret: "another-secret-0123456789",
        timestamp: String(hook?.headers[TIMESTAMP_HEADER]),
        signature: String(hook?.headers[SIGNATURE_HEADER]),
        body: hook?.body ?? "",
        nowSeconds: Math.floor(Date.now() / 1000),
      }),
    ).toBe(false);
    const history = await listAlertHistory(db, { ctx: admin, input: {} });
    expect(history.items[0]?.deliveries.map((d) => [d.channel, d.status, d.attempts])).toEqual([
      ["hook", "sent", 1],
      ["mail", "sent", 1],
      ["slack", "sent", 1],
      ["teams", "sent", 1],
    ]);
  });

  it("retries a receiver answering 500, then records the failure with its attempts", async () => {
    await budgetCrossed([{ name: "hook", path: "/down", kind: "webhook" }]);
    receiver.answer("/down", 500);
    await sweep();
    const hook = await db.alertDelivery.findFirstOrThrow({ where: { channel: { name: "hook" } } });
    const first = await deliverAlert(config(), {
      ctx: WORKER,
      input: { deliveryId: hook.id, now: NOW, maxAttempts: 3 },
    });
    expect(first).toEqual({ outcome: "retrying", error: "HTTP 500: receiver down" });
    await deliverAlert(config(), { ctx: WORKER, input: { deliveryId: hook.id, now: NOW, maxAttempts: 3 } });
    const last = await deliverAlert(config(), {
      ctx: WORKER,
      input: { deliveryId: hook.id, now: NOW, maxAttempts: 3 },
    });
    expect(last.outcome).toBe("failed");
    expect(receiver.at("/down")).toHaveLength(3);
    const row = await db.alertDelivery.findUniqueOrThrow({ where: { id: hook.id } });
    expect([row.status, row.attempts, row.error]).toEqual(["failed", 3, "HTTP 500: receiver down"]);
  });

  it("takes over a delivery whose worker died before sending, and never resends one that died sending", async () => {
    await budgetCrossed([
      { name: "a", path: "/a", kind: "slack" },
      { name: "b", path: "/b", kind: "slack" },
    ]);
    await sweep();
    const [a, b] = await Promise.all(
      ["a", "b"].map((name) => db.alertDelivery.findFirstOrThrow({ where: { channel: { name } } })),
    );
    // a: claimed, then its worker died; b: handed off (sending had begun), then its worker died.
    const longAgo = new Date(Date.now() - 600_000);
    await db.alertDelivery.update({
      where: { id: a?.id },
      data: { status: "sending", attempts: 1, claimedAt: longAgo },
    });
    await db.alertDelivery.update({
      where: { id: b?.id },
      data: { status: "sending", attempts: 1, claimedAt: longAgo, handedOffAt: longAgo },
    });
    const swept = await sweep();
    expect(swept.recovered).toBe(2);
    for (const id of await deliveryIds())
      await deliverAlert(config(), { ctx: WORKER, input: { deliveryId: id, now: NOW } });
    expect(receiver.at("/a")).toHaveLength(1);
    expect(receiver.at("/b")).toHaveLength(0);
    const rows = await db.alertDelivery.findMany({
      where: { id: { in: [a?.id as string, b?.id as string] } },
      orderBy: { channel: { name: "asc" } },
    });
    expect(rows.map((r) => [r.status, r.attempts])).toEqual([
      ["sent", 2],
      ["failed", 1],
    ]);
    expect(rows[1]?.error).toContain("may or may not have it");
  });

  it("records a muted rule's alert without sending it, and acknowledges once", async () => {
    const { rule } = await budgetCrossed([{ name: "hook", path: "/hook", kind: "webhook" }]);
    await updateAlertRule(db, {
      ctx: admin,
      input: { id: rule.id, patch: { mutedUntil: "2026-12-01T00:00:00Z" } },
    });
    await sweep();
    expect(await deliveryIds()).toEqual([]);
    const [event] = (await listAlertHistory(db, { ctx: admin, input: {} })).items;
    expect(event?.muted).toBe(true);
    const viewer = { ...admin, roles: ["viewer" as const] };
    await expect(acknowledgeAlert(db, { ctx: viewer, input: { id: event?.id as string } })).rejects.toThrow(
      /may do this/,
    );
    const first = await acknowledgeAlert(db, { ctx: admin, input: { id: event?.id as string } });
    const again = await acknowledgeAlert(db, { ctx: admin, input: { id: event?.id as string } });
    expect(again).toEqual(first);
  });

  it("never returns or audits a channel's URL path or secret; only admin and finance write; scope limits rules", async () => {
    const { org } = await budgetCrossed([{ name: "hook", path: "/hook/T0KEN", kind: "webhook" }]);
    const { items } = await listAlertChannels(db, { ctx: admin, input: {} });
    const text = JSON.stringify(items);
    expect(text).not.toContain("T0KEN");
    expect(text).not.toContain(SECRET);
    const audit = JSON.stringify(await db.auditEvent.findMany());
    expect(audit).toContain("alert_channel.create");
    expect(audit).not.toContain("T0KEN");
    expect(audit).not.toContain(SECRET);
    const member: ServiceContext = {
      ...admin,
      roles: ["member"],
      scope: { kind: "teams", teamIds: [org.teams.web.id] },
    };
    await expect(
      createAlertRule(db, { ctx: member, input: { name: "x", kind: "anomaly", channels: ["hook"] } }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await createAlertRule(db, {
      ctx: admin,
      input: { name: "web", kind: "unpriced", team: org.teams.web.slug, channels: ["hook"] },
    });
    expect((await listAlertRules(db, { ctx: member, input: {} })).items.map((r) => r.name)).toEqual(["web"]);
    await expect(
      createAlertRule(db, { ctx: admin, input: { name: "y", kind: "waste", channels: ["hook"] } }),
    ).rejects.toThrow(/minAmount/);
    await expect(
      createAlertRule(db, { ctx: admin, input: { name: "y", kind: "anomaly", channels: ["nowhere"] } }),
    ).rejects.toThrow('channels: no alert channel "nowhere"');
    // A team's rule would never see a fleet budget: refused, not accepted to stay silent.
    await createBudget(db, {
      ctx: admin,
      input: { name: "Fleet", scopeKind: "fleet", scopeKey: "fleet", monthlyAmount: "1000", currency: "USD" },
    });
    await expect(
      createAlertRule(db, {
        ctx: admin,
        input: {
          name: "z",
          kind: "budget_actual",
          threshold: "0.8",
          team: org.teams.web.slug,
          budget: "Fleet",
          channels: ["hook"],
        },
      }),
    ).rejects.toThrow(/is a fleet budget, which a rule for team "web" cannot watch/);
  });
});
