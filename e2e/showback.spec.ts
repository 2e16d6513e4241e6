import { expect, test } from "@playwright/test";
import pg from "pg";
import { presetWindow } from "../lib/costing/cost-window";
import { formatMoney } from "../lib/format-money";

// From the Overview to the facts behind one day of one volume's cost, checking each figure on the way
// against plain SQL over the demo's computed cost facts.

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

interface FleetFigures {
  currency: string;
  total: string;
  facts: number;
  top: { cluster: string; namespace: string; total: string };
}

/** The window's figures by plain SQL, in the currency most of its facts are in, as the page picks it. */
async function fleetFigures(window: { from: string; to: string }): Promise<FleetFigures> {
  const [main] = await sql<{ currency: string }>(
    `SELECT currency::text AS currency FROM cost_fact_day WHERE day BETWEEN $1::date AND $2::date
      GROUP BY currency ORDER BY count(*) DESC, currency LIMIT 1`,
    [window.from, window.to],
  );
  const currency = main?.currency ?? "USD";
  const [fleet] = await sql<{ total: string; facts: number }>(
    `SELECT coalesce(sum(cost), 0)::text AS total, count(*)::int AS facts FROM cost_fact_day
      WHERE day BETWEEN $1::date AND $2::date AND currency = $3`,
    [window.from, window.to, currency],
  );
  // The namespace with the most allocated spend.
  const [top] = await sql<{ cluster: string; namespace: string; total: string }>(
    `SELECT c.name AS cluster, f.namespace, sum(f.cost)::text AS total
       FROM cost_fact_day f JOIN cluster c ON c.id = f.cluster_id
      WHERE f.day BETWEEN $1::date AND $2::date AND f.currency = $3 AND f.allocation = 'allocated'
      GROUP BY c.name, f.namespace ORDER BY sum(f.cost) DESC NULLS LAST LIMIT 1`,
    [window.from, window.to, currency],
  );
  if (!fleet || !top) throw new Error("no allocated spend in the window");
  return { currency, total: fleet.total, facts: fleet.facts, top };
}

test("Overview → Showback → a namespace → a volume → the facts behind its cost", async ({ page }) => {
  test.setTimeout(180_000);
  const window = presetWindow("30d", new Date().toISOString().slice(0, 10));
  const inWindow = "day BETWEEN $1::date AND $2::date AND currency = $3";
  let figures = await fleetFigures(window);
  expect(figures.facts, "the demo computed cost facts for the last 30 days").toBeGreaterThan(0);

  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Showback" }).click();
  await expect(page.getByRole("heading", { name: "Showback", exact: true })).toBeVisible();
  // Other specs change prices, which recomputes facts: compare once the figures hold still.
  await expect(async () => {
    figures = await fleetFigures(window);
    await page.reload();
    const money = (amount: string) => formatMoney(amount, figures.currency);
    await expect(page.getByTestId("showback-total")).toContainText(money(figures.total), { timeout: 3000 });
    const row = page.getByTestId(`showback-row-${figures.top.cluster}/${figures.top.namespace}`);
    await expect(row.getByTestId("total")).toHaveText(money(figures.top.total), { timeout: 3000 });
  }).toPass({ timeout: 90_000 });
  const { currency, top } = figures;
  const money = (amount: string) => formatMoney(amount, currency);
  await expect(page.getByRole("img", { name: "Daily spend by group" })).toBeVisible();
  await page.screenshot({ path: "artifacts/screenshots/showback.png", fullPage: true });

  // Grouped by team, the groups still add up to the same total.
  await page.getByRole("combobox", { name: "Group by" }).selectOption("team");
  await expect(page).toHaveURL(/by=team/);
  await expect(page.getByTestId("showback-total-row").getByTestId("total")).toHaveText(money(figures.total));
  await expect(page.getByTestId("showback-row-(unallocated)")).toBeVisible();
  await page.getByRole("combobox", { name: "Group by" }).selectOption("namespace");

  await page.getByTestId(`showback-row-${top.cluster}/${top.namespace}`).getByTestId("group-link").click();
  await expect(page.getByRole("heading", { name: `Namespace ${top.namespace}` })).toBeVisible();
  await expect(page.getByTestId("owner-total")).toContainText(money(top.total));
  await expect(page.getByRole("img", { name: "Daily spend by category" })).toBeVisible();
  await page.screenshot({ path: "artifacts/screenshots/showback-namespace.png", fullPage: true });

  // The namespace's most expensive volume priced from the catalog (not a local disk at $0).
  const [pv] = await sql<{ name: string }>(
    `SELECT pv.name FROM cost_fact_day f JOIN cluster c ON c.id = f.cluster_id
       JOIN persistent_volume pv ON pv.cluster_id = f.cluster_id AND pv.uid = f.resource_uid
      WHERE ${inWindow} AND c.name = $4 AND f.namespace = $5 AND f.resource_kind = 'PersistentVolume'
      GROUP BY pv.name HAVING bool_or(f.price_entry_id IS NOT NULL AND f.cost IS NOT NULL)
      ORDER BY sum(f.cost) DESC NULLS LAST LIMIT 1`,
    [window.from, window.to, currency, top.cluster, top.namespace],
  );
  const volumeName = pv?.name ?? "";
  const volume = page.getByTestId("top-volumes").getByRole("link", { name: volumeName, exact: true });
  await volume.click();
  await expect(page.getByRole("heading", { name: volumeName })).toBeVisible();
  await expect(page.getByRole("img", { name: "Daily cost by component" })).toBeVisible();
  await page.screenshot({ path: "artifacts/screenshots/showback-volume.png", fullPage: true });

  const uid = decodeURIComponent(new URL(page.url()).pathname.split("/").at(-1) ?? "");
  // Its latest day with a cost priced from the catalog.
  const [priced] = await sql<{ date: string }>(
    `SELECT to_char(max(f.day), 'YYYY-MM-DD') AS date FROM cost_fact_day f JOIN cluster c ON c.id = f.cluster_id
      WHERE ${inWindow} AND c.name = $4 AND f.resource_uid = $5 AND f.price_entry_id IS NOT NULL AND f.cost IS NOT NULL`,
    [window.from, window.to, currency, top.cluster, uid],
  );
  const date = priced?.date ?? "";
  const day = page.getByTestId("cost-day").filter({ hasText: date });
  const [dayCost] = await sql<{ total: string }>(
    // The volume's own facts and the data access its readers ran up on it (`<uid>/<namespace>`).
    `SELECT coalesce(sum(f.cost), 0)::text AS total FROM cost_fact_day f JOIN cluster c ON c.id = f.cluster_id
      WHERE c.name = $1 AND (f.resource_uid = $2 OR f.resource_uid LIKE $2 || '/%')
        AND f.day = $3::date AND f.currency = $4`,
    [top.cluster, uid, date, currency],
  );
  await expect(day.getByTestId("day-cost")).toHaveText(money(dayCost?.total ?? "0"));
  await day.getByTestId("day-cost").click();

  await expect(page.getByRole("heading", { name: /^Cost facts:/ })).toBeVisible();
  await expect(page.getByTestId("facts-total")).toHaveText(money(dayCost?.total ?? "0"));
  const facts = page.getByTestId("fact-row");
  await expect(facts.first()).toBeVisible();
  await expect(page.getByTestId("fact-formula").first()).toContainText(" h = ");
  // Each price's source as the catalog records it: its description, date, and link when it has one.
  const sources = await sql<{ description: string; url: string | null; date: string }>(
    `SELECT DISTINCT ps.description, ps.url, to_char(ps.source_date, 'YYYY-MM-DD') AS date
       FROM cost_fact_day f JOIN cluster c ON c.id = f.cluster_id
       JOIN price_entry pe ON pe.id = f.price_entry_id JOIN price_source ps ON ps.id = pe.source_id
      WHERE c.name = $1 AND f.resource_uid = $2 AND f.day = $3::date`,
    [top.cluster, uid, date],
  );
  expect(sources.length).toBeGreaterThan(0);
  for (const source of sources) {
    const cell = page
      .getByTestId("price-source")
      .filter({ hasText: source.description.slice(0, 40) })
      .first();
    await expect(cell).toBeVisible();
    if (source.url) await expect(cell).toHaveAttribute("href", source.url);
    await expect(page.getByTestId("facts-table")).toContainText(source.date);
  }
  await page.screenshot({ path: "artifacts/screenshots/showback-facts.png", fullPage: true });
});

test("the Volumes page lists volumes by run-rate and filters in the URL", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Volumes" }).click();
  await expect(page.getByRole("heading", { name: "Volumes", exact: true })).toBeVisible();
  const [released] = await sql<{ n: number }>(
    "SELECT count(*)::int AS n FROM persistent_volume WHERE phase = 'Released' AND deleted_at IS NULL",
  );
  await page.getByRole("combobox", { name: "Phase" }).selectOption("Released");
  await expect(page).toHaveURL(/phase=Released/);
  await expect(page.getByTestId("volumes-table").locator("tbody tr")).toHaveCount(
    Math.min(released?.n ?? 0, 50),
  );
  await page.screenshot({ path: "artifacts/screenshots/volumes.png", fullPage: true });
});

test("a window with no costs says so", async ({ page }) => {
  await page.goto("/showback?window=custom&from=2001-01-01&to=2001-01-31");
  await expect(page.getByTestId("no-costs")).toContainText("No costs computed yet for this window");
});

test("the costs API answers bad input with 422, unknown things with 404, and is described by OpenAPI", async ({
  request,
}) => {
  const bad = await request.get("/api/v1/costs?from=2026-03-05&to=2026-03-01");
  expect(bad.status()).toBe(422);
  expect(await bad.json()).toEqual({ error: { code: "invalid_input", message: "from: from is after to" } });
  const missing = await request.get("/api/v1/volumes/no-such-cluster/no-such-uid");
  expect(missing.status()).toBe(404);
  expect((await missing.json()).error.code).toBe("not_found");
  const team = await request.get("/api/v1/teams/no-such-team/costs");
  expect(team.status()).toBe(404);
  const document = await (await request.get("/api/v1/openapi.json")).json();
  expect(document.openapi).toBe("3.1.0");
  expect(Object.keys(document.paths)).toEqual(
    expect.arrayContaining(["/api/v1/costs", "/api/v1/costs/facts", "/api/v1/volumes/{cluster}/{uid}"]),
  );
});
