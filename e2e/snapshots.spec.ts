import { expect, test } from "@playwright/test";
import pg from "pg";
import { formatCount } from "../lib/format";
import { formatMoney } from "../lib/format-money";

// The chains as plain SQL over the same database counts them: snapshots alive now, per source volume.
const LIVE_CHAINS = `
  SELECT c.name AS cluster, coalesce('volume:' || v.source_volume_handle, 'content:' || v.uid) AS chain_id,
         count(*)::int AS live,
         (SELECT count(*)::int FROM volume_snapshot_content a
           WHERE a.cluster_id = v.cluster_id AND a.source_volume_handle = v.source_volume_handle
             AND coalesce(a.creation_time, a.created_at) <= now()) AS taken
    FROM volume_snapshot_content v JOIN cluster c ON c.id = v.cluster_id
   WHERE coalesce(v.creation_time, v.created_at) <= now() AND (v.deleted_at IS NULL OR v.deleted_at > now())
   GROUP BY c.name, v.cluster_id, 2, v.source_volume_handle
   ORDER BY live DESC`;

async function liveChains() {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const { rows } = await client.query<{ cluster: string; chain_id: string; live: number; taken: number }>(
    LIVE_CHAINS,
  );
  await client.end();
  return rows;
}

test("Snapshots → the longest chain → its timeline → a retention what-if and its saving", async ({
  page,
  request,
}) => {
  const chains = await liveChains();
  const longest = chains[0];
  expect(longest?.live).toBeGreaterThanOrEqual(90);
  if (!longest) return;

  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Snapshots" }).click();
  await expect(page.getByRole("heading", { name: "Snapshots", level: 1 })).toBeVisible();
  await expect(page.getByTestId("stat-chains")).toContainText(formatCount(chains.length));
  await expect(page.getByTestId("chain-row")).toHaveCount(Math.min(25, chains.length));

  await page.getByLabel("Sort").selectOption("snapshots");
  await expect(page).toHaveURL(/sort=snapshots/);
  const first = page.getByTestId("chain-row").first();
  await expect(first.getByTestId("snapshot-count")).toHaveText(formatCount(longest.live));
  await first.getByRole("link").first().click();

  await expect(page).toHaveURL(/\/snapshots\/[^/]+\/[A-Za-z0-9_-]+$/);
  const [cluster, key] = new URL(page.url()).pathname.split("/").slice(2) as [string, string];
  const shown = chains.find(
    (c) => c.cluster === cluster && Buffer.from(c.chain_id).toString("base64url") === key,
  );
  expect(shown?.live).toBe(longest.live);
  await expect(page.getByTestId("stat-snapshots")).toContainText(formatCount(longest.live));
  const timeline = page.getByRole("img", { name: /Snapshot timeline/ });
  await expect(timeline).toBeVisible();
  // One bar per snapshot ever taken in the chain, deleted ones included.
  await expect(timeline.locator(".recharts-bar-rectangle")).toHaveCount(shown?.taken ?? 0);
  await expect(page.getByTestId("what-if-empty")).toBeVisible();

  await page.getByLabel("Keep last").fill("7");
  await page.getByRole("button", { name: "Apply what-if" }).click();
  await expect(page).toHaveURL(/keepLast=7/);
  const result = page.getByTestId("what-if-result");
  await expect(result).toBeVisible();

  const response = await request.get(
    `/api/v1/snapshots/retention-what-if?cluster=${encodeURIComponent(cluster)}&chain=${key}&keepLast=7`,
  );
  expect(response.ok()).toBe(true);
  const whatIf = (await response.json()) as {
    removed: number;
    currency: string;
    estimated: boolean;
    savings: { monthly: string };
    naiveSavings: { monthly: string };
  };
  expect(whatIf.removed).toBe(longest.live - 7);
  await expect(page.getByTestId("what-if-removed")).toHaveText(formatCount(whatIf.removed));
  await expect(page.getByTestId("what-if-saving-monthly")).toHaveText(
    `${formatMoney(whatIf.savings.monthly, whatIf.currency)}/mo`,
  );
  // Deleted snapshots' blocks move into the next kept one: the saving is below the naive sum.
  expect(Number(whatIf.savings.monthly)).toBeGreaterThan(0);
  expect(Number(whatIf.savings.monthly)).toBeLessThan(Number(whatIf.naiveSavings.monthly));
  if (whatIf.estimated)
    await expect(page.getByTestId("what-if-saving").getByTestId("estimate-badge")).toBeVisible();
  await expect(page.getByTestId("what-if-note")).toContainText("savings are smaller");
  await expect(page.getByTestId("would-go")).toHaveCount(whatIf.removed);

  await page.screenshot({ path: "artifacts/screenshots/snapshots.png", fullPage: true });
});

test("the Snapshots API validates its input with a 422 and says 404 for a chain it does not have", async ({
  request,
}) => {
  const [chain] = await liveChains();
  const noPolicy = await request.get(`/api/v1/snapshots/retention-what-if?cluster=${chain?.cluster}`);
  expect(noPolicy.status()).toBe(422);
  expect((await noPolicy.json()).error.code).toBe("invalid_input");
  expect((await request.get("/api/v1/snapshots/chains?flag=bogus")).status()).toBe(422);
  expect((await request.get(`/api/v1/snapshots/chains/${chain?.cluster}/not-a-key!`)).status()).toBe(422);
  const missing = Buffer.from("volume:vol-does-not-exist").toString("base64url");
  const notFound = await request.get(`/api/v1/snapshots/chains/${chain?.cluster}/${missing}`);
  expect(notFound.status()).toBe(404);
  expect((await notFound.json()).error.code).toBe("not_found");
});
