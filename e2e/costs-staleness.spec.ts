import { expect, test } from "@playwright/test";
import pg from "pg";

async function pricedFacts(storageClass: string): Promise<number> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const { rows } = await client.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM cost_fact_day WHERE storage_class_name = $1 AND status = 'priced'",
    [storageClass],
  );
  await client.end();
  return rows[0]?.n ?? 0;
}

test("a price override marks costs stale until they are recomputed, then prices the class's facts", async ({
  page,
  request,
}) => {
  expect(await pricedFacts("filestore-zonal")).toBe(0);
  const created = await request.post("/api/v1/pricing/overrides", {
    data: {
      kind: "unit_price",
      storageClassName: "filestore-zonal",
      unitPrice: "0.10",
      unit: "GiB_month",
      currency: "USD",
      effectiveFrom: "2000-01-01",
    },
  });
  expect(created.status()).toBe(201);

  await page.goto("/");
  const banner = page.getByRole("status").filter({ hasText: "Prices changed since costs were computed" });
  await expect(banner).toBeVisible();
  await banner.getByRole("button", { name: "Recompute now" }).click();
  await expect(banner).toHaveCount(0, { timeout: 120_000 });
  expect(await pricedFacts("filestore-zonal")).toBeGreaterThan(0);

  const { id } = (await created.json()) as { id: string };
  expect((await request.delete(`/api/v1/pricing/overrides/${id}`)).status()).toBe(204);
});
