import { expect, test } from "@playwright/test";
import { volumeKey } from "../components/worklist/worklist-links";
import { formatMoney } from "../lib/format-money";
import type { CleanupWorklistResult } from "../lib/services/worklist/get-cleanup-worklist";

// The cleanup worklist page shows the API's list: its total, one verdict per volume, and evidence
// naming the cost component that makes the money.

test("the worklist page's total and rows are the API's, each volume once, io2 evidence naming its IOPS", async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  const response = await request.get("/api/v1/worklist");
  expect(response.status()).toBe(200);
  const worklist = (await response.json()) as CleanupWorklistResult;
  expect(worklist.rows.length).toBeGreaterThan(0);

  const apiVolumes = worklist.rows.flatMap((row) => row.volumes.map((v) => volumeKey(row.clusterName, v)));
  expect(new Set(apiVolumes).size).toBe(apiVolumes.length);

  const io2 = worklist.rows.find((row) => row.evidence[0]?.value.includes("io2"));
  expect(io2?.evidence[0]?.value).toMatch(/provisioned IOPS are \d+ % of it/);

  await page.goto("/worklist");
  await expect(page.getByRole("heading", { name: "Cleanup worklist" })).toBeVisible();
  await expect(page.getByTestId("worklist-total")).toContainText(
    worklist.totals.map((t) => formatMoney(t.monthlyValue, t.currency)).join(" + "),
  );

  const firstMoney = page.getByTestId("worklist-row").first().getByTestId("worklist-money");
  const top = worklist.rows[0];
  await expect(firstMoney).toHaveText(
    top?.monthlyValue ? formatMoney(top.monthlyValue, top.currency) : "unpriced",
  );
  await expect(page.getByTestId("worklist-evidence").filter({ hasText: "io2" }).first()).toContainText(
    "provisioned IOPS",
  );

  // Every page of the table: each volume appears once, and as many as the API lists.
  const shown: string[] = [];
  const next = page.getByRole("navigation", { name: "Pages" }).getByRole("button", { name: "Next" });
  for (;;) {
    await expect(page.getByTestId("worklist-row").first()).toBeVisible();
    for (const volume of await page.getByTestId("worklist-volume").all()) {
      shown.push((await volume.getAttribute("data-volume")) ?? "");
    }
    if ((await next.count()) === 0 || (await next.isDisabled())) break;
    const before = await page.getByTestId("worklist-row").first().textContent();
    await next.click();
    await expect(page.getByTestId("worklist-row").first()).not.toHaveText(before ?? "");
  }
  expect(new Set(shown).size).toBe(shown.length);
  expect(shown.sort()).toEqual([...apiVolumes].sort());
});
