import { expect, test } from "@playwright/test";
import Decimal from "decimal.js";
import { presetWindow } from "../lib/costing/cost-window";
import { formatMoney } from "../lib/format-money";
import type { CostFactsResult } from "../lib/queries/showback/list-cost-facts";

// The demo's vision-train re-reads its ImageNet dataset on Elastic EFS every epoch: the namespace
// page shows that data-access cost, equal to the facts behind it, and drills down to them.

test("the namespace page shows its data-access cost, equal to the facts API's, and links to those facts", async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const today = new Date().toISOString().slice(0, 10);
  const window = presetWindow("30d", today);
  const factsUrl =
    `/api/v1/costs/facts?cluster=prod-eks-use1&namespace=vision-train&by=category&key=data-access` +
    `&from=${window.from}&to=${window.to}&pageSize=500`;
  const response = await request.get(factsUrl);
  expect(response.status(), factsUrl).toBe(200);
  const facts = (await response.json()) as CostFactsResult;
  // About 100 TiB read at $0.03 per GiB: thousands of dollars, split by bytes read.
  expect(new Decimal(facts.totals.cost).greaterThan(1000)).toBe(true);
  expect(facts.items.some((f) => f.component === "data_read")).toBe(true);
  const amount = formatMoney(facts.totals.cost, facts.currency);

  await page.goto(`/namespaces/prod-eks-use1/vision-train?window=30d`);
  const row = page.getByTestId("by-category").getByTestId("breakdown-data-access");
  await expect(row).toContainText(amount);
  await row.getByRole("link", { name: amount }).click();
  await expect(page).toHaveURL(/\/showback\/facts\?.*key=data-access/);
  await expect(page.getByTestId("facts-total")).toHaveText(amount);
  await expect(page.getByTestId("fact-row").first()).toBeVisible();
});
