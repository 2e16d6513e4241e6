import { expect, type Page, test } from "@playwright/test";
import pg from "pg";
import { formatCount } from "../lib/format";

// What the Recommendations page lists must agree with plain SQL over the same database: the gp2
// claims a pod mounted within the last 14 days (unused ones are waste, not tier moves).
const GP2_IN_USE = `
  SELECT count(DISTINCT c.uid)::int AS n
    FROM persistent_volume_claim c
    JOIN storage_class sc ON sc.cluster_id = c.cluster_id AND sc.name = c.storage_class_name AND sc.deleted_at IS NULL
    JOIN pod_volume v ON v.cluster_id = c.cluster_id AND v.claim_name = c.name
    JOIN pod p ON p.cluster_id = v.cluster_id AND p.uid = v.pod_uid AND p.namespace = c.namespace
   WHERE sc.parameters->>'type' = 'gp2' AND c.phase = 'Bound' AND c.deleted_at IS NULL
     AND coalesce(least(p.finished_at, p.deleted_at), 'infinity') > now() - interval '14 days'`;

async function gp2InUse(): Promise<number> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const { rows } = await client.query<{ n: number }>(GP2_IN_USE);
  await client.end();
  return rows[0]?.n ?? 0;
}

const featureDb = (page: Page) =>
  page.getByTestId("recommendation-provisioned-iops-to-gp3-data-feature-db-0");

test("Recommendations → the io2 database → evidence, guardrail and the manifest change", async ({ page }) => {
  const gp2 = await gp2InUse();
  expect(gp2).toBeGreaterThan(0);
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Recommendations" }).click();
  await expect(page.getByRole("heading", { name: "Recommendations", level: 1 })).toBeVisible();
  await expect(page.getByTestId("rule-total-gp2-to-gp3").getByTestId("rule-count")).toHaveText(
    formatCount(gp2),
  );
  // Every rule fires on the demo fleet.
  for (const rule of [
    "gp2-to-gp3",
    "provisioned-iops-to-gp3",
    "pd-ssd-to-pd-balanced",
    "premium-ssd-tier-boundary",
    "cold-checkpoints",
    "scratch-on-premium",
    "shared-dataset-to-object",
    "storage-bound-gpu-job",
  ]) {
    await expect(page.getByTestId(`rule-total-${rule}`).getByTestId("rule-count"), rule).not.toHaveText("0");
  }

  // Ranked by net monthly value: first the storage-bound training jobs, whose faster tier spends on
  // storage and recovers more in GPU time (both sides and the payback shown): the demo's largest,
  // DLRM on Azure Files, then ViT-H; then the io2 feature store ($2,336.00 → $163.84), the largest saving.
  const cards = page.locator('[data-testid^="recommendation-"]');
  await expect(cards.nth(0)).toHaveAttribute("data-testid", "recommendation-storage-bound-gpu-job-dlrm-v3");
  await expect(cards.nth(1)).toHaveAttribute(
    "data-testid",
    "recommendation-storage-bound-gpu-job-vit-h-pretrain",
  );
  await expect(cards.nth(2)).toHaveAttribute(
    "data-testid",
    "recommendation-provisioned-iops-to-gp3-data-feature-db-0",
  );
  for (const gpuJob of [cards.nth(0), cards.nth(1)]) {
    await expect(gpuJob.getByTestId("savings")).toContainText("GPU cost recovered");
    await expect(gpuJob.getByTestId("savings")).toContainText("payback");
  }
  await expect(cards.nth(1).getByTestId("tier-proposed")).toContainText("FSx for Lustre");
  const card = featureDb(page);
  await expect(card.getByTestId("tier-current")).toContainText("$2,336.00");
  await expect(card.getByTestId("tier-current")).toContainText("sub-millisecond");
  await expect(card.getByTestId("tier-proposed")).toContainText("$163.84");
  await expect(card.getByTestId("tier-proposed")).toContainText("3,000");
  await expect(card.getByTestId("savings")).toContainText("saves $2,172.16");
  await card.getByText("Evidence, guardrail and fix").click();
  await expect(card.getByTestId("evidence")).toContainText("Provisioned IOPS in use");
  await expect(card.getByTestId("guardrail")).toContainText("fits gp3");
  await expect(card.getByTestId("fix-command")).toContainText('"volumeAttributesClassName":"gp3-3000-125"');
  await page.screenshot({ path: "artifacts/screenshots/recommendations.png", fullPage: true });

  await page.getByTestId("rule-total-premium-ssd-tier-boundary").click();
  await expect(page).toHaveURL(/rule=premium-ssd-tier-boundary/);
  await expect(cards.first()).toBeVisible();
  for (const c of await cards.all()) {
    await expect(c).toHaveAttribute("data-testid", /^recommendation-premium-ssd-tier-boundary-/);
  }
});

test("dismiss a recommendation with a reason, see it among the dismissed, restore it", async ({ page }) => {
  await page.goto("/recommendations?cluster=prod-eks-use1&rule=gp2-to-gp3");
  const card = page.getByTestId("recommendation-gp2-to-gp3-data-airflow-postgresql-0");
  await expect(card).toBeVisible();
  await card.getByLabel("Reason to dismiss").fill("Airflow is being retired in December");
  await card.getByRole("button", { name: "Dismiss" }).click();
  await expect(card).toHaveCount(0);
  const dismissed = page.getByTestId("dismissal").filter({ hasText: "Airflow is being retired in December" });
  await expect(dismissed).toContainText("gp2 → gp3");
  await expect(dismissed).toContainText("prod-eks-use1");
  await page.screenshot({ path: "artifacts/screenshots/recommendations-dismissed.png", fullPage: true });

  const api = await page.request.get(
    "/api/v1/recommendations?cluster=prod-eks-use1&rule=gp2-to-gp3&includeDismissed=true",
  );
  const listed = (await api.json()) as { items: { name: string; dismissed: { reason: string } | null }[] };
  expect(listed.items.find((r) => r.name === "data-airflow-postgresql-0")?.dismissed?.reason).toBe(
    "Airflow is being retired in December",
  );

  await dismissed.getByRole("button", { name: "Restore" }).click();
  await expect(card).toBeVisible();
  await expect(page.getByTestId("no-dismissals")).toBeVisible();
});

test("what-if: move the io2 database to gp3, then a snapshot retention policy, before and after", async ({
  page,
}) => {
  await page.goto("/recommendations");
  await featureDb(page).getByRole("button", { name: "Add to what-if" }).click();
  await expect(page.getByLabel("What-if cluster")).toHaveValue("prod-eks-use1");
  await expect(page.getByLabel("What-if volumes")).toHaveValue(/^pvc-/);
  await page.getByLabel("Target StorageClass").selectOption("gp3");
  await page.getByRole("button", { name: "Compute", exact: true }).click();
  const result = page.getByTestId("what-if-result");
  await expect(result.getByTestId("what-if-before")).toHaveText("$2,336.00");
  await expect(result.getByTestId("what-if-after")).toHaveText("$163.84");
  await expect(result.getByTestId("what-if-savings")).toHaveText("$2,172.16");
  await page.getByLabel("What-if change").selectOption("retention");
  await page.getByLabel("Keep the newest").fill("7");
  await page.getByRole("button", { name: "Compute", exact: true }).click();
  // The same policy through the Snapshots API: the what-if reuses it.
  const snapshots = await page.request.get(
    "/api/v1/snapshots/retention-what-if?cluster=prod-eks-use1&keepLast=7",
  );
  const expected = (await snapshots.json()) as { before: { monthly: string }; after: { monthly: string } };
  const money = (amount: string) =>
    new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(Number(amount));
  await expect(result.getByTestId("what-if-before")).toHaveText(money(expected.before.monthly));
  await expect(result.getByTestId("what-if-after")).toHaveText(money(expected.after.monthly));
  await result.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "artifacts/screenshots/recommendations-what-if.png", fullPage: true });
});

test("the Recommendations API refuses bad input with 422 or 404 and the error envelope", async ({
  request,
}) => {
  for (const query of ["rule=everything", "page=0", "cluster=nowhere", "clustr=prod-eks-use1"]) {
    const response = await request.get(`/api/v1/recommendations?${query}`);
    expect(response.status(), query).toBe(422);
    // A misspelt parameter is refused by name before the handler runs; a bad value by the handler.
    const code = query.includes("clustr=") ? "unknown_parameter" : "invalid_input";
    expect((await response.json()).error).toMatchObject({ code });
  }
  const whatIf = await request.post("/api/v1/recommendations/what-if", {
    data: { kind: "move", cluster: "prod-eks-use1", volumes: ["nope"], storageClass: "gp3" },
  });
  expect(whatIf.status()).toBe(422);
  expect((await whatIf.json()).error.message).toBe(
    'volumes[0]: cluster prod-eks-use1 has no live PersistentVolume "nope"',
  );
  const restore = await request.delete(
    "/api/v1/recommendations/dismissals/00000000-0000-4000-8000-000000000000",
  );
  expect(restore.status()).toBe(404);
  const noReason = await request.post("/api/v1/recommendations/dismissals", {
    data: {
      rule: "gp2-to-gp3",
      subjectKey: "00000000-0000-4000-8000-000000000000/PersistentVolumeClaim/x",
      reason: "",
    },
  });
  expect(noReason.status()).toBe(422);
});
