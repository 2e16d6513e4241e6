import { expect, test } from "@playwright/test";
import pg from "pg";
import type { GpuIdleReport } from "../lib/queries/gpu/get-gpu-idle-report";

// The page's default window is the last 30 complete days: [today − 30, today) in UTC.
const GPU_PODS_IN_WINDOW = `
  SELECT count(*)::int AS pods FROM pod
   WHERE gpu_request > 0
     AND started_at < date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'
     AND coalesce(finished_at, deleted_at, 'infinity') > (date_trunc('day', now() AT TIME ZONE 'UTC') - interval '30 days') AT TIME ZONE 'UTC'`;

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

test("GPU efficiency → a storage-bound job: its idle cost, utilisation against I/O pressure, and the return on faster storage", async ({
  page,
  request,
}) => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const { rows } = await client.query<{ pods: number }>(GPU_PODS_IN_WINDOW);
  await client.end();
  const api = (await (
    await request.get(`/api/v1/gpu-idle?from=${day(-30)}&to=${day(-1)}`)
  ).json()) as GpuIdleReport;
  expect(api.totals.podCount).toBe(rows[0]?.pods);

  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "GPU efficiency" }).click();
  await expect(page.getByRole("heading", { name: "GPU efficiency", level: 1 })).toBeVisible();
  await expect(page.getByTestId("gpu-total-allocated")).toContainText(`${api.totals.podCount} GPU pods`);
  const idleCost = Number(api.totals.idleCost).toLocaleString("en-US", {
    style: "currency",
    currency: "USD",
  });
  await expect(page.getByTestId("gpu-total-idle-cost")).toContainText(idleCost);
  // With some GPU-hours unpriced the tile says it is partial, and how many hours it leaves out.
  const partial = page.getByTestId("gpu-total-idle-cost-partial");
  if (Number(api.totals.unpricedGpuHours) > 0 && api.totals.idleCost !== null) {
    await expect(partial).toContainText("unpriced, not in the cost");
  } else await expect(partial).toHaveCount(0);

  // Storage-bound training jobs: flagged, at 30-50 % utilisation, with their idle cost.
  const bound = page
    .locator('[data-testid^="gpu-group-"]')
    .filter({ has: page.getByTestId("storage-bound-badge") });
  await expect(bound.first()).toBeVisible();
  expect(await bound.count()).toBe(api.groups.filter((g) => g.storageBound).length);
  for (const row of await bound.all()) {
    const utilisation = Number.parseFloat((await row.getByTestId("utilisation").textContent()) ?? "");
    expect(utilisation).toBeGreaterThanOrEqual(30);
    expect(utilisation).toBeLessThanOrEqual(50);
  }

  // The default detail is the storage-bound job with the best return: its chart and its pods' prices.
  const best = api.storageBound[0];
  expect(best).toBeDefined();
  const panel = page.getByTestId("gpu-workload");
  await expect(panel.getByRole("heading")).toContainText(`${best?.workloadKind} ${best?.workloadName}`);
  await expect(panel.getByRole("img", { name: "GPU utilisation and I/O pressure over time" })).toBeVisible();
  await expect(panel.getByTestId("price-basis").first()).toContainText("GPU(s)");

  const key = `${best?.clusterName}/${best?.namespace}/${best?.workloadKind}/${best?.workloadName}`;
  const roi = page.getByTestId(`gpu-roi-${key}`);
  await expect(roi.getByTestId("roi-payback")).toHaveText(
    best?.paybackDays === "never" ? "never" : `${best?.paybackDays} days`,
  );
  await roi.getByText("Volumes, evidence and manifest change").click();
  await expect(roi.getByTestId("roi-manifest")).toContainText("kind: PersistentVolumeClaim");
  await expect(roi.getByTestId("roi-evidence")).toContainText("I/O pressure ≥ 0.1");
  await page.getByText("The model, its inputs and thresholds").click();
  await expect(page.getByTestId("setting-io-threshold")).toHaveText("0.1");
  await page.screenshot({ path: "artifacts/screenshots/gpu-efficiency.png", fullPage: true });
});

test("the grouping and the workload in detail live in the URL", async ({ page }) => {
  await page.goto("/gpu-efficiency");
  const fed = page.locator('[data-testid^="gpu-group-"]').filter({ hasNotText: "storage-bound" }).first();
  const name = (await fed.getByRole("button").textContent())?.trim() ?? "";
  await fed.getByRole("button").click();
  await expect(page).toHaveURL(/workload=/);
  await expect(page.getByTestId("gpu-workload").getByRole("heading")).toContainText(name);
  await page.reload();
  await expect(page.getByTestId("gpu-workload").getByRole("heading")).toContainText(name);

  await page.getByRole("group", { name: "Group by" }).getByRole("button", { name: "Node pool" }).click();
  await expect(page).toHaveURL(/by=node-pool/);
  await expect(page.getByRole("heading", { name: "Idle cost by node pool" })).toBeVisible();
  await expect(page.locator('[data-testid^="gpu-group-"]').first()).toBeVisible();
  await page.screenshot({ path: "artifacts/screenshots/gpu-efficiency-node-pools.png", fullPage: true });
});

test("GET /api/v1/gpu-idle refuses bad input with 422, an unknown workload with 404", async ({ request }) => {
  for (const query of [
    "from=2026-01-01",
    "month=2026-13",
    "month=2026-01&by=pod",
    "month=2026-01&cluster=nowhere",
    "month=2026-01&clustr=prod-eks-use1",
  ]) {
    const response = await request.get(`/api/v1/gpu-idle?${query}`);
    expect(response.status(), query).toBe(422);
    // A misspelt parameter is refused by name before the handler runs; a bad value by the handler.
    const code = query.includes("clustr=") ? "unknown_parameter" : "invalid_input";
    expect((await response.json()).error).toMatchObject({ code });
  }
  const missing = await request.get(
    `/api/v1/gpu-idle/workload?from=${day(-30)}&to=${day(-1)}&cluster=prod-eks-use1&namespace=ml&kind=Job&name=nothing`,
  );
  expect(missing.status()).toBe(404);
  expect((await missing.json()).error).toMatchObject({ code: "not_found" });
});
