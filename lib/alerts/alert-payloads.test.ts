import { describe, expect, it } from "vitest";
import type { AlertMessage } from "./alert-message";
import { signWebhook, verifyWebhookSignature } from "./sign-webhook";
import { slackPayload } from "./slack-payload";
import { teamsPayload } from "./teams-payload";
import { webhookBody } from "./webhook-body";

const message: AlertMessage = {
  id: "7d1c9a52-8c1e-4c55-9d43-2a8e7f0b1c11",
  ruleName: "Spend <ML>",
  ruleKind: "budget_actual",
  groupKey: "budget:b1",
  period: "2026-11",
  title: "Budget ML: spend at 80 % of $1,000.00",
  detail: "Spent 2026-11: $800.00 of $1,000.00 & <@channel>",
  url: "https://tierscope.example/budgets",
  amount: "800",
  currency: "USD",
  raisedAt: new Date(Date.UTC(2026, 10, 10, 8)),
};

describe("channel payloads", () => {
  it("Slack: text for notifications, blocks with the detail escaped so it cannot mention or link", () => {
    const payload = slackPayload(message);
    expect(payload.text).toBe("Tierscope alert: Budget ML: spend at 80 % of $1,000.00");
    expect(payload.blocks[1]).toEqual({
      type: "section",
      text: { type: "mrkdwn", text: "Spent 2026-11: $800.00 of $1,000.00 &amp; &lt;@channel&gt;" },
    });
    expect(JSON.stringify(payload.blocks[2])).toContain(
      "<https://tierscope.example/budgets|Open in Tierscope>",
    );
  });

  it("Teams: one Adaptive Card attachment with the facts and a link", () => {
    const [attachment] = teamsPayload(message).attachments;
    expect(attachment?.contentType).toBe("application/vnd.microsoft.card.adaptive");
    expect(attachment?.content.actions).toEqual([
      { type: "Action.OpenUrl", title: "Open in Tierscope", url: "https://tierscope.example/budgets" },
    ]);
  });

  it("webhook: the alert's id, rule, group, period and exact amount", () => {
    expect(webhookBody(message)).toMatchObject({
      id: message.id,
      type: "tierscope.alert",
      rule: { name: "Spend <ML>", kind: "budget_actual" },
      amount: "800",
      raisedAt: "2026-11-10T08:00:00.000Z",
    });
  });
});

describe("webhook signatures", () => {
  const body = JSON.stringify(webhookBody(message));
  const signature = signWebhook("s3cret-0123456789", 1_800_000_000, body);
  const check = (overrides: Partial<Parameters<typeof verifyWebhookSignature>[0]>) =>
    verifyWebhookSignature({
      secret: "s3cret-0123456789",
      timestamp: "1800000000",
      signature,
      body,
      nowSeconds: 1_800_000_060,
      ...overrides,
    });

  it("is HMAC-SHA256 over timestamp.body, hex, with a version prefix", () => {
    expect(signature).toMatch(/^v1=[0-9a-f]{64}$/);
    expect(check({})).toBe(true);
  });

  it("fails for another body, secret or timestamp, and for an old timestamp (a replay)", () => {
    expect(check({ body: `${body} ` })).toBe(false);
    expect(check({ secret: "another-secret-000" })).toBe(false);
    expect(check({ timestamp: "1800000001" })).toBe(false);
    expect(check({ nowSeconds: 1_800_000_000 + 301 })).toBe(false);
    expect(check({ signature: null })).toBe(false);
  });
});
