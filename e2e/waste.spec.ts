import { expect, test } from "@playwright/test";
import pg from "pg";
import { formatCount } from "../lib/format";

// What the Waste page lists must agree with plain SQL over the same database.
const RELEASED = `
  SELECT name FROM persistent_volume
   WHERE phase = 'Released' AND created_at <= now() AND (deleted_at IS NULL OR deleted_at > now())`;

async function releasedVolumes(): Promise<string[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const { rows } = await client.query<{ name: string }>(RELEASED);
  await client.end();
  return rows.map((r) => r.name);
}

test("Waste → a Released volume → the command that removes it", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const released = await releasedVolumes();
  expect(released.length).toBeGreaterThan(0);

  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Waste" }).click();
  await expect(page.getByRole("heading", { name: "Waste", level: 1 })).toBeVisible();
  const card = page.getByTestId("rule-total-released-volume");
  await expect(card.getByTestId("rule-count")).toHaveText(formatCount(released.length));

  await card.click();
  await expect(page).toHaveURL(/rule=released-volume/);
  const findings = page.locator('[data-testid^="finding-released-volume-"]');
  await expect(findings).toHaveCount(released.length);
  await expect(page.locator('[data-testid^="finding-"][data-testid*="-claim-"]')).toHaveCount(0);

  const finding = findings.first();
  const name = (await finding.locator("td").first().locator("p").first().textContent())?.trim() ?? "";
  expect(released).toContain(name);
  await expect(finding.getByTestId("owner")).toContainText("unallocated");
  await finding.getByText("Evidence and fix").click();
  await expect(finding.getByTestId("evidence")).toContainText("Released since");
  const command = finding.getByTestId("fix-command");
  await expect(command).toContainText(`kubectl delete pv ${name}`);
  await finding.getByRole("button", { name: "Copy" }).click();
  await expect(finding.getByRole("button", { name: "Copied" })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await command.textContent());
  await page.screenshot({ path: "artifacts/screenshots/waste.png", fullPage: true });
});

test("the Waste filters live in the URL, and the CSV export has one row per finding", async ({ page }) => {
  const released = await releasedVolumes();
  await page.goto("/waste");
  const cluster =
    (await page.getByLabel("Cluster", { exact: true }).locator("option").nth(1).getAttribute("value")) ?? "";
  await page.getByLabel("Cluster", { exact: true }).selectOption(cluster);
  await expect(page).toHaveURL(new RegExp(`cluster=${cluster}`));
  await page.getByLabel("Rule", { exact: true }).selectOption("unmounted-claim");
  await expect(page).toHaveURL(/rule=unmounted-claim/);
  const rows = page.locator('[data-testid^="finding-unmounted-claim-"]');
  await expect(rows.first()).toBeVisible();
  for (const row of await rows.all()) await expect(row.locator("td").nth(1)).toHaveText(cluster);

  const csv = await page.request.get("/api/v1/waste.csv?rule=released-volume");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const body = await csv.text();
  expect(body.match(/^released-volume,/gm)).toHaveLength(released.length);
  await expect(page.getByRole("link", { name: "Export CSV" })).toHaveAttribute(
    "href",
    `/api/v1/waste.csv?cluster=${cluster}&rule=unmounted-claim`,
  );
});

test("GET /api/v1/waste refuses bad input with 422 and the error envelope", async ({ request }) => {
  for (const query of ["rule=everything", "page=0", "cluster=nowhere"]) {
    const response = await request.get(`/api/v1/waste?${query}`);
    expect(response.status(), query).toBe(422);
    expect((await response.json()).error).toMatchObject({ code: "invalid_input" });
  }
  const ok = await request.get("/api/v1/waste?rule=oversized-volume&page=1");
  expect(ok.status()).toBe(200);
  const page = await ok.json();
  expect(page.items.every((f: { rule: string }) => f.rule === "oversized-volume")).toBe(true);
});
