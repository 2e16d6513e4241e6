import { expect, test } from "@playwright/test";
import pg from "pg";
import { formatBytes, formatCount } from "../lib/format";

// The figures on the Overview must equal what plain SQL over the same database says.
const LIVE_VOLUMES = `
  SELECT c.name, count(pv.uid)::int AS volumes, coalesce(sum(pv.capacity_bytes), 0)::text AS capacity
    FROM cluster c
    LEFT JOIN persistent_volume pv
      ON pv.cluster_id = c.id AND pv.created_at <= now() AND (pv.deleted_at IS NULL OR pv.deleted_at > now())
   GROUP BY c.name ORDER BY c.name`;

test("the Overview shows the fleet's clusters, volumes and capacity as the database has them", async ({
  page,
}) => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const { rows } = await client.query<{ name: string; volumes: number; capacity: string }>(LIVE_VOLUMES);
  await client.end();
  expect(rows.length).toBeGreaterThan(0);
  const totalVolumes = rows.reduce((sum, r) => sum + r.volumes, 0);
  const totalCapacity = rows.reduce((sum, r) => sum + BigInt(r.capacity), 0n);

  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
  await expect(page.getByTestId("stat-clusters")).toContainText(formatCount(rows.length));
  await expect(page.getByTestId("stat-volumes")).toContainText(formatCount(totalVolumes));
  await expect(page.getByTestId("stat-capacity")).toContainText(formatBytes(totalCapacity));

  for (const row of rows) {
    const tableRow = page.getByTestId(`cluster-row-${row.name}`);
    await expect(tableRow.getByTestId("volumes")).toHaveText(formatCount(row.volumes));
    await expect(tableRow.getByTestId("capacity")).toHaveText(formatBytes(row.capacity));
  }

  await expect(page.getByRole("img", { name: "Provisioned capacity by storage class" })).toBeVisible();
  await page.screenshot({ path: "artifacts/screenshots/overview.png", fullPage: true });
});

test("only built areas are in the navigation", async ({ page }) => {
  await page.goto("/");
  const links = page.getByRole("navigation", { name: "Main" }).getByRole("link");
  await expect(links).toHaveText([
    "Overview",
    "Showback",
    "Budgets",
    "Volumes",
    "Snapshots",
    "Imports",
    "Pricing",
    "Worklist",
    "Waste",
    "GPU efficiency",
    "Recommendations",
    "Reports",
    "Digests",
    "Alerts",
    "Settings",
    "API reference",
    // The admin's own pages: linked for admins only (the e2e session is an admin's).
    "API tokens",
    "Audit log",
  ]);
});

test("the Overview counts volumes by phase as the database has them", async ({ page }) => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const { rows } = await client.query<{ phase: string; volumes: number; capacity: string }>(`
    SELECT phase::text AS phase, count(*)::int AS volumes, sum(capacity_bytes)::text AS capacity
      FROM persistent_volume
     WHERE created_at <= now() AND (deleted_at IS NULL OR deleted_at > now())
     GROUP BY phase`);
  await client.end();
  expect(rows.map((r) => r.phase)).toContain("Released");

  await page.goto("/");
  for (const row of rows) {
    await expect(page.getByTestId(`phase-${row.phase}`)).toContainText(
      `${formatCount(row.volumes)} · ${formatBytes(row.capacity)}`,
    );
  }
});
