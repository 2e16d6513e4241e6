import { expect, type Page, test } from "@playwright/test";
import pg from "pg";

// The Pricing page against the demo fleet: every StorageClass resolved, the catalog with its
// sources and dates, and overrides and currency edited through the UI.

async function sql<T extends pg.QueryResultRow>(text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

const row = (page: Page, cluster: string, storageClass: string) =>
  page.getByTestId(`sc-${cluster}-${storageClass}`);

test("the Pricing page resolves every StorageClass in the fleet and shows the catalog's sources", async ({
  page,
}) => {
  const classes = await sql<{ cluster: string; name: string }>(`
    SELECT DISTINCT c.name AS cluster, sc.name FROM storage_class sc JOIN cluster c ON c.id = sc.cluster_id
     WHERE sc.deleted_at IS NULL ORDER BY 1, 2`);
  expect(classes.length).toBeGreaterThan(10);

  await page.goto("/");
  await page.getByRole("link", { name: "Pricing" }).click();
  await expect(page.getByRole("heading", { name: "Pricing", exact: true })).toBeVisible();
  for (const sc of classes) {
    await expect(row(page, sc.cluster, sc.name).getByTestId("price-status")).toHaveText(
      /^(priced|estimated|unpriced|included)$/,
    );
  }

  // gp3 at 6,000 IOPS and 250 MiB/s: three components, each with its unit price and source.
  const fast = row(page, "prod-eks-use1", "gp3-fast");
  await expect(fast.getByTestId("price-status")).toHaveText("priced");
  await expect(fast.getByTestId("component-capacity").getByTestId("unit-price")).toHaveText(
    "0.08 USD / GiB-month",
  );
  await expect(fast.getByTestId("component-iops").getByTestId("unit-price")).toHaveText(
    "0.005 USD / IOPS-month",
  );
  await expect(fast.getByTestId("component-throughput")).toContainText("125 included");
  await expect(fast.getByTestId("component-capacity").getByTestId("component-source")).toHaveText(
    "bundled list price · prices of 2024-07-01 · confirmed 2024-07-01 · grade A: the provider's own price list, API record or pricing page",
  );

  await expect(fast.getByTestId("snapshot-price")).toContainText(
    "Snapshots: 0.05 USD / GiB-month of stored (changed) data",
  );

  // Premium SSD bills the tier a disk rounds up to; local NVMe is in the instance price; Lustre is unknown.
  await expect(row(page, "prod-aks-eastus", "managed-csi-premium").getByTestId("unit-price")).toContainText(
    /^P\d+: /,
  );
  await expect(row(page, "prod-aks-eastus", "local-nvme").getByTestId("price-status")).toHaveText("included");
  await expect(row(page, "prod-aks-eastus", "local-nvme").getByTestId("reference-price")).toContainText(
    "included in the instance price",
  );
  const lustre = row(page, "prod-eks-use1", "fsx-lustre");
  await expect(lustre.getByTestId("reference-price")).toContainText("no price known for capacity");
  await expect(lustre.getByTestId("component-capacity")).toContainText(
    "unpriced: no capacity price for FSx for Lustre",
  );

  const catalog = page.getByTestId("catalog-aws-us-east-1-ebs-gp3-capacity");
  await expect(catalog.getByTestId("catalog-price")).toHaveText("0.08 USD / GiB-month");
  await expect(catalog.getByTestId("catalog-source")).toContainText(
    "bundled list price · prices of 2024-07-01 · confirmed 2024-07-01 · grade A: the provider's own price list",
  );
  await expect(catalog.getByTestId("catalog-source")).toContainText("AWS Price List API, us-east-1");
  await expect(catalog.getByTestId("catalog-in-force")).toHaveText(
    "in force since at least 2024-07-01, applied to earlier days too",
  );
  await expect(page.getByTestId("unpriced-products")).toContainText(
    "Google Cloud Managed Lustre 1000 MB/s/TiB",
  );
  await page.screenshot({ path: "artifacts/screenshots/pricing.png", fullPage: true });
});

test("a price per StorageClass prices an unpriced class until it is deleted", async ({ page }) => {
  await page.goto("/pricing");
  const files = row(page, "ml-gke-usc1", "filestore-zonal");
  await expect(files.getByTestId("price-status")).toHaveText("unpriced");
  await files.getByTestId("add-override").click();
  const form = page.getByRole("form", { name: "Price per storage class" });
  await expect(form.getByLabel("Storage class")).toHaveValue("filestore-zonal");
  await form.getByLabel("Price").fill("0.06");
  await form.getByLabel("Effective from").fill("2000-01-01");
  await form.getByRole("button", { name: "Save price" }).click();

  // 2.5 TiB (2,560 GiB) at 0.06 a GiB-month = 153.60
  await expect(files.getByTestId("price-status")).toHaveText("priced");
  await expect(files.getByTestId("reference-price")).toContainText("$153.60 a month for 2.5 TiB");
  await expect(files.getByTestId("component-capacity")).toContainText("override");
  await expect(page.getByTestId("override-filestore-zonal")).toContainText("effective from 2000-01-01");

  await page.getByTestId("override-filestore-zonal").getByRole("button", { name: "Delete" }).click();
  await expect(files.getByTestId("price-status")).toHaveText("unpriced");
  await expect(page.getByTestId("override-filestore-zonal")).toHaveCount(0);
});

test("the display currency converts every amount at the recorded rate", async ({ page }) => {
  await page.goto("/pricing");
  const fast = row(page, "prod-eks-use1", "gp3-fast");
  const usd = await fast.getByTestId("reference-price").textContent();
  const amount = Number(/\$([\d,]+\.\d\d)/.exec(usd ?? "")?.[1]?.replace(/,/g, ""));
  expect(amount).toBeGreaterThan(0);

  const form = page.getByRole("form", { name: "Display currency" });
  await form.getByLabel("Display currency").fill("EUR");
  await form.getByLabel(/1 USD =/).fill("0.5");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(fast.getByTestId("reference-price")).toContainText(`€${(amount / 2).toFixed(2)}`);
  await expect(page.getByTestId("exchange-rates")).toContainText("1 USD = 0.5 EUR");

  await form.getByLabel("Display currency").fill("USD");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(fast.getByTestId("reference-price")).toContainText(`$${amount.toFixed(2)}`);
});

test("the pricing API answers invalid input with 422 and the error envelope", async ({ request }) => {
  const response = await request.post("/api/v1/pricing/overrides", {
    data: { kind: "unit_price", storageClassName: "x", unitPrice: "-1" },
  });
  expect(response.status()).toBe(422);
  const body = await response.json();
  expect(body.error.code).toBe("invalid_input");
  expect(body.error.message).toMatch(/^unitPrice: /);
  const missing = await request.delete("/api/v1/pricing/overrides/00000000-0000-4000-8000-000000000000");
  expect(missing.status()).toBe(404);
});
