import { expect, test } from "@playwright/test";
import type { AlertChannelJson, AlertRuleJson } from "../lib/services/alerts/alert-json";

// The Alerts page as an admin uses it: a channel and a rule created, edited and deleted in the UI,
// each refused first with the API's message naming the field; the channel's secret and URL path are
// never shown back.

const SECRET = "ui-signing-secret-0123456789";

test("an admin creates a channel and a rule on the Alerts page, each refused first with the field named", async ({
  page,
  request,
}) => {
  const stamp = Date.now();
  const channelName = `ui-hook-${stamp}`;
  const ruleName = `UI waste ${stamp}`;
  await page.goto("/alerts");
  await expect(page.getByRole("heading", { name: "Alerts", exact: true })).toBeVisible();

  await page.getByRole("button", { name: "New channel" }).click();
  const channelForm = page.getByRole("form", { name: "Channel" });
  await channelForm.getByLabel("Channel name").fill(channelName);
  await channelForm.getByLabel("Kind").selectOption("webhook");
  await channelForm.getByLabel("URL").fill("http://[::ffff:169.254.169.254]/latest/meta-data/");
  await channelForm.getByLabel(/Signing secret/).fill(SECRET);
  await channelForm.getByRole("button", { name: "Create channel" }).click();
  await expect(page.getByTestId("alert-channel-error")).toContainText(
    "url: a link-local or cloud metadata address cannot receive alerts",
  );
  await channelForm.getByLabel("URL").fill("https://hooks.example.com/T0KEN-PATH/tierscope");
  await channelForm.getByLabel(/Signing secret/).fill("short");
  await channelForm.getByRole("button", { name: "Create channel" }).click();
  await expect(page.getByTestId("alert-channel-error")).toContainText("secret: at least 16 characters");
  await channelForm.getByLabel(/Signing secret/).fill(SECRET);
  await channelForm.getByRole("button", { name: "Create channel" }).click();
  const channel = page.getByTestId(`channel-${channelName}`);
  await expect(channel).toContainText("(webhook, signed): hooks.example.com");
  await expect(channelForm).toHaveCount(0);
  const html = await page.content();
  expect(html).not.toContain("T0KEN-PATH");
  expect(html).not.toContain(SECRET);

  await page.getByRole("button", { name: "New rule" }).click();
  const ruleForm = page.getByRole("form", { name: "Rule" });
  await ruleForm.getByLabel("Rule name").fill(ruleName);
  await ruleForm.getByLabel("Kind").selectOption("waste");
  await ruleForm.getByLabel(channelName).check();
  await ruleForm.getByRole("button", { name: "Create rule" }).click();
  await expect(page.getByTestId("alert-rule-error")).toContainText(
    "minAmount: required with currency for a waste rule",
  );
  await ruleForm.getByLabel("Least monthly amount").fill("25");
  await ruleForm.getByRole("button", { name: "Create rule" }).click();
  const row = page.getByTestId(`rule-${ruleName}`);
  await expect(row).toContainText("waste ≥ 25 USD a month");
  await expect(row).toContainText(channelName);
  await page.screenshot({ path: "artifacts/screenshots/alerts-ui.png", fullPage: true });

  await row.getByRole("button", { name: "Edit" }).click();
  await ruleForm.getByLabel("Least monthly amount").fill("40.5");
  await ruleForm.getByRole("button", { name: "Save rule" }).click();
  await expect(row).toContainText("waste ≥ 40.5 USD a month");
  const rules = (await (await request.get("/api/v1/alerts/rules")).json()) as { items: AlertRuleJson[] };
  expect(rules.items.find((r) => r.name === ruleName)).toMatchObject({
    kind: "waste",
    minAmount: "40.5",
    currency: "USD",
    channels: [channelName],
  });

  page.once("dialog", (dialog) => dialog.accept());
  await row.getByRole("button", { name: "Delete" }).click();
  await expect(row).toHaveCount(0);
  await channel.getByRole("button", { name: "Delete" }).click();
  await expect(channel).toHaveCount(0);
  const channels = (await (await request.get("/api/v1/alerts/channels")).json()) as {
    items: AlertChannelJson[];
  };
  expect(channels.items.some((c) => c.name === channelName)).toBe(false);
});
