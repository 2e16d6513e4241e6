import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { addDays } from "../lib/costing/cost-window";
import { formatMoney } from "../lib/format-money";
import { parseCsv } from "../lib/testing/parse-csv";

// The monthly chargeback, from the navigation to the downloads: an open month is refused (with a
// labelled preliminary view), the last complete month is closed with `tierscope close-month` as
// finance would, and every figure is checked against plain SQL over the demo's facts and against
// Showback for the same month.

const today = new Date().toISOString().slice(0, 10);
const THIS_MONTH = today.slice(0, 7);
const LAST_MONTH = addDays(`${THIS_MONTH}-01`, -1).slice(0, 7);

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** `tierscope close-month` on the database the server runs on (the command honours DATABASE_URL). */
function closeMonth(month: string, reopen = false) {
  execFileSync(
    process.execPath,
    // The demo's month has open checklist items (its unpriced products): acknowledged with a reason.
    [
      "bin/tierscope.mjs",
      "close-month",
      month,
      ...(reopen ? ["--reopen"] : []),
      "--reason",
      "end-to-end test",
    ],
    {
      env: { ...process.env },
      stdio: "pipe",
    },
  );
}

/** Half-up to the cent, exactly, from a decimal string (as the report rounds its total). */
function cents(exact: string): string {
  const [whole = "0", fraction = ""] = exact.split(".");
  const padded = `${fraction}000`;
  let value = BigInt(whole) * 100n + BigInt(padded.slice(0, 2));
  if (Number(padded[2]) >= 5) value += 1n;
  return `${value / 100n}.${String(value % 100n).padStart(2, "0")}`;
}

test.afterAll(() => closeMonth(LAST_MONTH, true));

test("an open month is not reported, except as a preliminary report labelled so", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Reports" }).click();
  await expect(page.getByRole("heading", { name: "Reports", level: 1 })).toBeVisible();
  await page.getByLabel("Month").selectOption(THIS_MONTH);
  await expect(page.getByTestId("month-not-closed")).toContainText(`tierscope close-month ${THIS_MONTH}`);
  await page.getByRole("link", { name: /Show a preliminary report/ }).click();
  await expect(page).toHaveURL(/preliminary=true/);
  await expect(page.getByTestId("report-status")).toContainText("PRELIMINARY");
  const response = await page.request.get(`/api/v1/reports/${THIS_MONTH}?format=csv`);
  expect(response.status()).toBe(409);
  expect((await response.json()).error).toMatchObject({ code: "month_not_closed" });
});

test("a closed month's chargeback adds up, equals the facts and Showback, and downloads as CSV, FOCUS and PDF", async ({
  page,
}) => {
  closeMonth(LAST_MONTH);
  const [fleet] = await sql<{ total: string; currency: string }>(
    `SELECT sum(cost)::text AS total, currency::text AS currency FROM cost_fact_day
      WHERE date_trunc('month', day) = $1::date GROUP BY currency ORDER BY count(*) DESC, currency LIMIT 1`,
    [`${LAST_MONTH}-01`],
  );
  expect(fleet).toBeDefined();
  const currency = fleet?.currency.trim() ?? "USD";
  const money = (amount: string) => formatMoney(amount, currency);

  await page.goto("/reports");
  await expect(page.getByLabel("Month")).toHaveValue(LAST_MONTH);
  await expect(page.getByTestId("report-status")).toContainText("Closed month");
  await expect(page.getByTestId("report-total")).toContainText(money(cents(fleet?.total ?? "0")));
  await expect(page.getByTestId("report-reconciliation")).toContainText("Reconciles");
  await expect(page.getByTestId("unallocated-policy")).toContainText("not charged to any team");

  // The report's teams are Showback's teams for the month with the same exact totals; the page shows
  // the report's cents (allocated so the lines add up, hence not always each total rounded alone).
  const showback = await (
    await page.request.get(`/api/v1/costs?month=${LAST_MONTH}&by=team&pageSize=500`)
  ).json();
  const report = await (await page.request.get(`/api/v1/reports/${LAST_MONTH}?by=team`)).json();
  const exact = (value: string) => value.replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "");
  const showbackTotals = new Map(
    (showback.groups as { key: string; total: string }[]).map((g) => [g.key, exact(g.total)]),
  );
  const groups = report.groups as { key: string; total: { exact: string; cents: string } }[];
  expect(groups.length).toBeGreaterThan(1);
  expect(showbackTotals.size).toBe(groups.length + 1);
  for (const group of groups) {
    expect(exact(group.total.exact), group.key).toBe(showbackTotals.get(group.key));
    await expect(page.getByTestId(`report-group-${group.key}`).getByTestId("group-total")).toHaveText(
      money(group.total.cents),
    );
  }
  expect(exact(report.unallocated.total.exact)).toBe(showbackTotals.get("(unallocated)"));
  await page.screenshot({ path: "artifacts/screenshots/reports.png", fullPage: true });

  // CSV: its total is the page's, its lines add up to it.
  const csvResponse = await page.request.get(`/api/v1/reports/${LAST_MONTH}?by=team&format=csv`);
  expect(csvResponse.headers()["content-type"]).toContain("text/csv");
  expect(csvResponse.headers()["content-disposition"]).toBe(
    `attachment; filename="tierscope-chargeback-${LAST_MONTH}-team.csv"`,
  );
  const csv = parseCsv(await csvResponse.text());
  const total = csv.find((r) => r.row_type === "total");
  expect(total?.total).toBe(cents(fleet?.total ?? "0"));
  const leafCents = csv
    .filter((r) => r.row_type === "namespace" || r.row_type === "unallocated")
    .reduce((s, r) => s + BigInt((r.total ?? "0").replace(".", "")), 0n);
  expect(leafCents).toBe(BigInt((total?.total ?? "").replace(".", "")));
  await expect(page.getByRole("link", { name: "CSV", exact: true })).toHaveAttribute(
    "href",
    `/api/v1/reports/${LAST_MONTH}?by=team&format=csv`,
  );

  const focus = await page.request.get(`/api/v1/reports/${LAST_MONTH}?format=focus`);
  expect(focus.headers()["content-disposition"]).toContain(".focus.csv");
  const focusRows = parseCsv(await focus.text());
  expect(focusRows.length).toBeGreaterThan(100);
  expect(new Set(focusRows.map((r) => r.ServiceCategory))).toEqual(new Set(["Storage"]));

  const pdf = await page.request.get(`/api/v1/reports/${LAST_MONTH}?by=cost-centre&format=pdf`);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

  // By cost centre: the same total.
  await page.getByLabel("By").selectOption("cost-centre");
  await expect(page).toHaveURL(/by=cost-centre/);
  await expect(page.getByTestId("report-total")).toContainText(money(cents(fleet?.total ?? "0")));
});

test("GET /api/v1/reports/{month} refuses bad input with 422 and the error envelope", async ({ request }) => {
  for (const path of [
    "/api/v1/reports/2026-13",
    `/api/v1/reports/${LAST_MONTH}?format=xlsx`,
    `/api/v1/reports/${LAST_MONTH}?by=cluster`,
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(422);
    expect((await response.json()).error).toMatchObject({ code: "invalid_input" });
  }
  const months = await (await request.get("/api/v1/reports")).json();
  expect(months.items.map((m: { month: string }) => m.month)).toContain(THIS_MONTH);
});
