import { expect, test } from "@playwright/test";
import pg from "pg";
import { formatCount } from "../lib/format";

test("the Imports page lists each observation with the counts the database holds", async ({ page }) => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const { rows } = await client.query<{ id: string; cluster: string; seen: number }>(`
    SELECT o.id, c.name AS cluster, sum(k.seen_count)::int AS seen
      FROM observation o JOIN cluster c ON c.id = o.cluster_id JOIN observation_kind k ON k.observation_id = o.id
     GROUP BY o.id, c.name ORDER BY c.name`);
  await client.end();
  expect(rows.length).toBeGreaterThan(0);

  await page.goto("/");
  await page.getByRole("link", { name: "Imports" }).click();
  await expect(page.getByRole("heading", { name: "Imports" })).toBeVisible();
  for (const row of rows) {
    await expect(page.getByTestId(`observation-${row.id}`).getByTestId("seen")).toHaveText(
      formatCount(row.seen),
    );
  }

  const first = rows[0] as (typeof rows)[number];
  await page.getByLabel("Cluster").selectOption(first.cluster);
  await expect(page).toHaveURL(new RegExp(`cluster=${first.cluster}`));
  await expect(page.getByTestId("observations-table").locator(":scope > tbody")).toHaveCount(
    rows.filter((r) => r.cluster === first.cluster).length,
  );
  await page.getByTestId(`observation-${first.id}`).getByText("By kind").click();
  await expect(page.getByTestId(`observation-${first.id}`).getByTestId("observation-kinds")).toContainText(
    "PersistentVolume",
  );
  await page.screenshot({ path: "artifacts/screenshots/imports.png", fullPage: true });
});
