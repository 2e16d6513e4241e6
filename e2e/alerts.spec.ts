import type { ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, verifyWebhookSignature } from "../lib/alerts/sign-webhook";
import { startLoopbackReceiver } from "../lib/testing/loopback-receiver";
import { sql, startSmtpServer, startWorker, stopWorker, waitFor } from "./worker-processes";

// Alerts end to end: a budget crossed and an anomaly raised reach a loopback SMTP server and
// Slack-, Teams- and webhook-style receivers exactly once per channel, signed, across a worker
// killed (SIGKILL) between claiming a delivery and sending it and two workers started in its place;
// a receiver answering 500 is retried with backoff, then its failure shows on the Alerts page.

const LEASE_SECONDS = 10;
const SECRET = "e2e-webhook-signing-secret";
const DAY_MS = 86_400_000;

test("a crossed budget and an anomaly arrive once per channel across a killed worker; a 500 fails visibly", async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(420_000);
  // Judge as of the day after the newest anomaly the demo has (not a 1st: the month must have spend).
  const recent = await (await request.get("/api/v1/anomalies")).json();
  const anomaly = (recent.anomalies as { day: string }[]).find((a) => !a.day.endsWith("-01")) as {
    day: string;
  };
  expect(anomaly).toBeDefined();
  const now = new Date(Date.parse(`${anomaly.day}T12:00:00Z`) + DAY_MS).toISOString();
  const fleet = await (await request.get("/api/v1/forecast?by=fleet")).json();
  const currency = fleet.groups[0].currency as string;

  const receiver = await startLoopbackReceiver();
  receiver.answer("/down", 500);
  const smtp = await startSmtpServer();
  const post = async (url: string, data: unknown) => {
    const response = await request.post(url, { data });
    expect(response.status(), await response.text()).toBe(201);
    return response.json();
  };
  const budget = await post("/api/v1/budgets", {
    name: "E2E alerts fleet",
    scopeKind: "fleet",
    monthlyAmount: "1",
    currency,
  });
  const channels = [
    { name: "e2e-mail", kind: "email", recipients: ["ops@example.com"] },
    { name: "e2e-slack", kind: "slack", url: receiver.url("/slack/T000/B000/XXXX") },
    { name: "e2e-teams", kind: "teams", url: receiver.url("/teams/workflow") },
    { name: "e2e-hook", kind: "webhook", url: receiver.url("/hook"), secret: SECRET },
    { name: "e2e-down", kind: "webhook", url: receiver.url("/down"), secret: SECRET },
  ];
  for (const channel of channels) {
    const created = await post("/api/v1/alerts/channels", channel);
    expect(JSON.stringify(created)).not.toContain(SECRET);
    expect(JSON.stringify(created)).not.toContain("XXXX");
  }
  const good = ["e2e-mail", "e2e-slack", "e2e-teams", "e2e-hook"];
  const rules = [
    await post("/api/v1/alerts/rules", {
      name: "E2E budget 50 %",
      kind: "budget_actual",
      budget: "E2E alerts fleet",
      threshold: "0.5",
      channels: [...good, "e2e-down"],
    }),
    await post("/api/v1/alerts/rules", { name: "E2E anomalies", kind: "anomaly", channels: good }),
  ];

  const env = {
    SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
    SMTP_FROM: "Tierscope <alerts@tierscope.test>",
    TIERSCOPE_PUBLIC_URL: baseURL as string,
    TIERSCOPE_NOW: now,
    TIERSCOPE_DIGEST_LEASE_SECONDS: String(LEASE_SECONDS),
    TIERSCOPE_DIGEST_LEASE_SECONDS_UNSAFE_FOR_TESTS: "1",
    TIERSCOPE_ALERT_RETRY_DELAY_SECONDS: "1",
  };
  const unfinished = async () =>
    Number(
      (
        await sql<{ n: string }>(
          "SELECT count(*) AS n FROM alert_delivery WHERE status IN ('pending', 'sending', 'retrying')",
        )
      )[0]?.n,
    );
  const workers: ChildProcess[] = [];
  try {
    // The first worker kills itself (SIGKILL) right after its first claim, before sending anything.
    const first = await startWorker({ ...env, TIERSCOPE_KILL_AT: "alert:claimed#1" }, "Alert worker started");
    await new Promise((resolve) => first.once("exit", resolve));
    const claimed = await sql<{ id: string }>(
      "SELECT id FROM alert_delivery WHERE status = 'sending' AND handed_off_at IS NULL",
    );
    expect(claimed).toHaveLength(1);
    expect(receiver.received).toHaveLength(0);
    // Past the lease, the delivery the killed worker claimed is free again; two workers race for it.
    await new Promise((resolve) => setTimeout(resolve, (LEASE_SECONDS + 1) * 1000));
    workers.push(await startWorker(env), await startWorker(env));
    await waitFor(async () => (await unfinished()) === 0, "every delivery to finish");
    // Let both workers sweep and poll again: a duplicate would arrive now.
    await new Promise((resolve) => setTimeout(resolve, 8000));

    const events = await sql<{ id: string; rule: string }>(
      "SELECT e.id, r.name AS rule FROM alert_event e JOIN alert_rule r ON r.id = e.rule_id",
    );
    expect(events.filter((e) => e.rule === "E2E budget 50 %")).toHaveLength(1);
    expect(events.filter((e) => e.rule === "E2E anomalies").length).toBeGreaterThan(0);
    const ids = events.map((e) => e.id).sort();
    // Each channel got each alert exactly once, named by the alert's id.
    for (const path of ["/slack/T000/B000/XXXX", "/teams/workflow", "/hook"]) {
      expect(
        receiver
          .at(path)
          .map((r) => r.headers["x-tierscope-alert-id"])
          .sort(),
        path,
      ).toEqual(ids);
    }
    expect(
      smtp.mails.map((m) => /<alert-([0-9a-f-]{36})\./.exec(m.headers["message-id"] ?? "")?.[1]).sort(),
    ).toEqual(ids);
    for (const hook of receiver.at("/hook")) {
      const valid = verifyWebhookSignature({
        secret: SECRET,
        timestamp: String(hook.headers[TIMESTAMP_HEADER]),
        signature: String(hook.headers[SIGNATURE_HEADER]),
        body: hook.body,
        nowSeconds: Math.floor(Date.now() / 1000),
      });
      expect(valid).toBe(true);
    }
    const teams = JSON.parse(receiver.at("/teams/workflow")[0]?.body ?? "{}");
    expect(teams.attachments[0].content.type).toBe("AdaptiveCard");
    const budgetMail = smtp.mails.find((m) =>
      m.headers.subject?.startsWith("Tierscope alert: Budget E2E alerts fleet"),
    );
    expect(budgetMail?.text).toContain(`${baseURL}/budgets`);
    // The receiver answering 500 was tried five times (with backoff), then given up on.
    expect(receiver.at("/down")).toHaveLength(5);
    const down = await sql<{ status: string; attempts: number; error: string }>(
      "SELECT d.status, d.attempts, d.error FROM alert_delivery d JOIN alert_channel c ON c.id = d.channel_id WHERE c.name = 'e2e-down'",
    );
    expect(down).toEqual([{ status: "failed", attempts: 5, error: "HTTP 500: receiver down" }]);
  } finally {
    for (const worker of workers) await stopWorker(worker, "SIGTERM");
    await receiver.close();
    await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
  }

  await page.goto("/alerts");
  await expect(page.getByRole("alert").filter({ hasText: "alert delivery failed" })).toHaveText(
    "1 alert delivery failed: see the history below.",
  );
  const history = page.getByRole("region", { name: "History" });
  const budgetRow = history.locator('[data-testid^="alert-"]').filter({ hasText: "Budget E2E alerts fleet" });
  await expect(budgetRow).toContainText("e2e-down (webhook): failed after 5 attempts");
  await expect(budgetRow).toContainText("HTTP 500: receiver down");
  await expect(budgetRow).toContainText("e2e-hook (webhook): sent after 1 attempt");
  await page.screenshot({ path: "artifacts/screenshots/alerts.png", fullPage: true });
  await budgetRow.getByRole("button", { name: "Acknowledge" }).click();
  await expect(budgetRow).toContainText("user ");

  // Rules and the budget are removed, so later specs' workers judge nothing of this one.
  for (const rule of rules)
    expect((await request.delete(`/api/v1/alerts/rules/${rule.id}`)).status()).toBe(204);
  expect((await request.delete(`/api/v1/budgets/${budget.id}`)).status()).toBe(204);
});
