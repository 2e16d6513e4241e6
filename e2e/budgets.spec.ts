import { expect, test } from "@playwright/test";
import { formatMoney } from "../lib/format-money";
import type { BudgetsResult } from "../lib/services/budgets/list-budgets";

test("an admin creates, edits and deletes a budget on the Budgets page, which shows the API's figures", async ({
  page,
  request,
}) => {
  const name = `e2e fleet budget ${Date.now()}`;
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Budgets" }).click();
  await expect(page.getByRole("heading", { name: "Budgets", exact: true })).toBeVisible();

  await page.getByRole("button", { name: "New budget" }).click();
  const form = page.getByRole("form", { name: "Budget" });
  await form.getByLabel("Name", { exact: true }).fill(name);
  await form.getByLabel("Monthly amount").fill("1000");
  await form.getByRole("button", { name: "Create budget" }).click();
  const card = page.getByTestId(`budget-${name}`);
  await expect(card).toBeVisible();

  const listed = (await (await request.get("/api/v1/budgets")).json()) as BudgetsResult;
  const budget = listed.budgets.find((b) => b.name === name);
  expect(budget?.scopeKind).toBe("fleet");
  if (!budget) return;
  await expect(card.getByTestId("month-to-date")).toContainText(formatMoney(budget.monthToDate, "USD"));
  if (budget.monthEnd) {
    await expect(card.getByTestId("month-end")).toContainText(formatMoney(budget.monthEnd.expected, "USD"));
  }
  await expect(card.getByRole("img", { name: `Burn-down of ${name}` })).toBeVisible();
  await page.screenshot({ path: "artifacts/screenshots/budgets.png", fullPage: true });

  await card.getByRole("button", { name: "Edit" }).click();
  await form.getByLabel("Monthly amount").fill("2500");
  await form.getByRole("button", { name: "Save budget" }).click();
  await expect(card).toContainText(`${formatMoney("2500", "USD")} a month`);

  page.once("dialog", (dialog) => dialog.accept());
  await card.getByRole("button", { name: "Delete" }).click();
  await expect(card).toHaveCount(0);
  const after = (await (await request.get("/api/v1/budgets")).json()) as BudgetsResult;
  expect(after.budgets.some((b) => b.name === name)).toBe(false);
});

test("a budget with a bad amount is refused with the field named, and nothing is created", async ({
  page,
}) => {
  await page.goto("/budgets");
  await page.getByRole("button", { name: "New budget" }).click();
  const form = page.getByRole("form", { name: "Budget" });
  await form.getByLabel("Name", { exact: true }).fill("bad amount");
  await form.getByLabel("Monthly amount").fill("12,50");
  await form.getByRole("button", { name: "Create budget" }).click();
  await expect(page.getByTestId("budget-error")).toContainText("monthlyAmount");
  await expect(page.getByTestId("budget-bad amount")).toHaveCount(0);
});
