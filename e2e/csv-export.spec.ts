import { expect, type Page, test } from "@playwright/test";
import { parseCsv } from "../lib/testing/parse-csv";

// Showback, cost facts and volumes export what they show as CSV: money as the exact decimal string
// beside its currency, and a cost with no known price as "unpriced", never 0.

async function exportedCsv(page: Page): Promise<Record<string, string>[]> {
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV" }).first().click();
  const stream = await (await download).createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return parseCsv(Buffer.concat(chunks).toString("utf8"));
}

const EXACT_OR_UNPRICED = /^(-?\d+(\.\d+)?|unpriced)$/;

function column(rows: Record<string, string>[], header: string): string[] {
  expect(Object.keys(rows[0] ?? {}), `the CSV has a ${header} column`).toContain(header);
  return rows.map((row) => row[header] ?? "");
}

test("Showback exports each group's exact total with its currency", async ({ page }) => {
  await page.goto("/showback?by=cluster");
  const rows = page.getByTestId("showback-table").locator('tbody tr[data-testid^="showback-row-"]');
  await expect(rows.first()).toBeVisible();
  const csv = await exportedCsv(page);
  expect(csv.length).toBe(await rows.count());
  for (const total of column(csv, "Total")) expect(total).toMatch(EXACT_OR_UNPRICED);
  for (const currency of column(csv, "Currency")) expect(currency).toMatch(/^[A-Z]{3}$/);
  // A priced figure on the page carries the CSV's exact amount in its title.
  const totals = column(csv, "Total");
  const priced = totals.findIndex((total) => total !== "unpriced");
  const title = await rows.nth(priced).getByTestId("total").getAttribute("title");
  expect(title).toContain(`${totals[priced]} ${column(csv, "Currency")[priced]}`);
});

test("cost facts export each cost exactly, unpriced facts as unpriced", async ({ page }) => {
  await page.goto("/showback/facts?status=unpriced");
  await expect(page.getByTestId("fact-row").first()).toBeVisible();
  const unpriced = await exportedCsv(page);
  expect(new Set(column(unpriced, "Price × quantity × hours = cost"))).toEqual(new Set(["unpriced"]));
  await page.goto("/showback/facts?status=priced");
  await expect(page.getByTestId("fact-row").first()).toBeVisible();
  const priced = await exportedCsv(page);
  for (const cost of column(priced, "Price × quantity × hours = cost")) expect(cost).toMatch(/^\d+(\.\d+)?$/);
  for (const currency of column(priced, "Currency")) expect(currency).toMatch(/^[A-Z]{3}$/);
});

test("volumes export capacity in bytes and the monthly run-rate exactly", async ({ page }) => {
  await page.goto("/volumes");
  const rows = page.getByTestId("volumes-table").locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  const csv = await exportedCsv(page);
  expect(csv.length).toBe(await rows.count());
  for (const bytes of column(csv, "Capacity")) expect(bytes).toMatch(/^\d+$/);
  for (const rate of column(csv, "Per month")) expect(rate).toMatch(/^(\d+(\.\d+)?|unpriced|)$/);
});
