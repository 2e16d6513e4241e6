import { expect, test } from "@playwright/test";
import { addDays } from "../lib/costing/cost-window";

// Showback by storage class over the demo fleet: a class whose every resource-day lacks a price
// reads "unpriced (N resource-days)", never $0.00, in its row (total, change, allocated, unallocated).

const today = new Date().toISOString().slice(0, 10);
const FROM = addDays(today, -29);

interface Group {
  key: string;
  name: string;
  coverage: "priced" | "partial" | "unpriced";
  unpricedResourceDays: number;
}

test("Showback by storage class never prints $0.00 for a wholly unpriced class", async ({
  page,
  request,
}) => {
  const query = `from=${FROM}&to=${today}&by=storage-class&page=1&pageSize=25`;
  const result = await (await request.get(`/api/v1/costs?${query}`)).json();
  const groups = result.groups as Group[];
  const unpriced = groups.filter((g) => g.coverage === "unpriced");
  expect(unpriced.length, "the demo fleet has storage classes with no public price").toBeGreaterThan(0);

  await page.goto(`/showback?window=custom&from=${FROM}&to=${today}&by=storage-class`);
  await expect(page.getByTestId("showback-table")).toBeVisible();
  for (const group of groups) {
    const row = page.getByTestId(`showback-row-${group.key}`);
    await expect(row, group.name).toBeVisible();
    if (group.coverage !== "unpriced") continue;
    const days = group.unpricedResourceDays;
    await expect(row.getByTestId("total")).toHaveText(
      `unpriced (${days} resource-day${days === 1 ? "" : "s"})`,
    );
    await expect(row, `${group.name} is wholly unpriced`).not.toContainText("$0.00");
  }
});
