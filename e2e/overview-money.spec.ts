import { expect, test } from "@playwright/test";
import Decimal from "decimal.js";
import { formatCostAmount, resourceDays } from "../lib/costing/cost-amount";
import { presetWindow } from "../lib/costing/cost-window";
import { formatMoney } from "../lib/format-money";
import type { ShowbackResult } from "../lib/queries/showback/get-showback";
import type { ForecastResult } from "../lib/services/forecasts/get-forecast";
import type { MoneyOverview } from "../lib/services/overview/get-money-overview";

// The Overview's money must be what the API and Showback say for the same window.

test("the Overview's spend, drivers and forecast equal the API's and Showback's for the same window", async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  const today = new Date().toISOString().slice(0, 10);
  const last30 = presetWindow("30d", today);
  const thisMonth = presetWindow("this-month", today);
  const getJson = async <T>(url: string): Promise<T> => {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    return (await response.json()) as T;
  };

  // Other specs change prices, which recomputes facts: compare once the figures hold still.
  await expect(async () => {
    const overview = await getJson<MoneyOverview>("/api/v1/overview/money");
    const { currency } = overview;
    const costs = await getJson<ShowbackResult>(
      `/api/v1/costs?from=${last30.from}&to=${last30.to}&by=team&currency=${currency}`,
    );
    const month = await getJson<ShowbackResult>(
      `/api/v1/costs?from=${thisMonth.from}&to=${thisMonth.to}&by=team&currency=${currency}`,
    );
    const forecast = await getJson<ForecastResult>(`/api/v1/forecast?by=fleet&currency=${currency}`);

    expect(overview.last30Days.window).toEqual(last30);
    expect(overview.last30Days.total).toBe(costs.totals.total);
    expect(overview.last30Days.unallocated).toBe(costs.totals.unallocated);
    expect(overview.last30Days.previousTotal).toBe(costs.totals.previousTotal);
    expect(overview.monthToDate.total).toBe(month.totals.total);
    const fleet = forecast.groups.find((g) => g.currency === currency);
    expect(overview.forecast.monthEnd).toEqual(fleet?.monthEnd ?? null);
    const topTeam = overview.drivers.find((d) => d.by === "team")?.groups[0];
    expect(topTeam?.total).toBe(costs.groups[0]?.total);

    await page.goto("/");
    await expect(page.getByTestId("tile-last-30-days").getByTestId("value")).toHaveText(
      formatCostAmount(costs.totals, currency),
      { timeout: 5000 },
    );
    await expect(page.getByTestId("tile-month-to-date").getByTestId("value")).toHaveText(
      formatCostAmount(month.totals, currency),
      { timeout: 5000 },
    );
    if (fleet?.monthEnd) {
      await expect(page.getByTestId("tile-forecast").getByTestId("value")).toHaveText(
        formatCostAmount(
          { total: fleet.monthEnd.expected, unpricedResourceDays: fleet.unpricedResourceDays },
          currency,
        ),
      );
    }
    await expect(page.getByTestId("tile-unallocated").getByTestId("value")).toHaveText(
      formatMoney(costs.totals.unallocated, currency),
    );
    const firstTeam = costs.groups[0];
    if (firstTeam) {
      const teams = page.getByTestId("drivers-team");
      await expect(teams.getByTestId(`driver-${firstTeam.key}`).getByTestId("total")).toHaveText(
        formatCostAmount(firstTeam, currency),
      );
    }

    // Waste is the Waste page's (the API's total of every open finding), and waste plus the savings
    // beyond it is the cleanup worklist's total: no volume counted twice.
    const waste = await getJson<{ currency: string; total: { count: number; monthlyCost: string } }>(
      "/api/v1/waste",
    );
    expect([overview.waste.currency, overview.waste.count]).toEqual([waste.currency, waste.total.count]);
    expect(overview.waste.monthlyCost).toBe(new Decimal(waste.total.monthlyCost).toFixed(2));
    const worklist = await getJson<{ totals: { currency: string; monthlyValue: string }[] }>(
      "/api/v1/worklist",
    );
    const worklistTotal = worklist.totals.find((t) => t.currency === overview.waste.currency);
    expect(new Decimal(worklistTotal?.monthlyValue ?? "0").toFixed(2)).toBe(
      new Decimal(overview.waste.monthlyCost).plus(overview.savings.monthlyCost).toFixed(2),
    );
    await expect(page.getByTestId("tile-waste").getByTestId("value")).toHaveText(
      formatMoney(overview.waste.monthlyCost, overview.waste.currency),
    );
    await expect(page.getByTestId("tile-savings").getByTestId("value")).toHaveText(
      formatMoney(overview.savings.monthlyCost, overview.savings.currency),
    );

    // Showback, over the same window, shows the same total.
    await page.goto(`/showback?window=30d&by=team&currency=${currency}`);
    await expect(page.getByTestId("showback-total")).toContainText(
      formatMoney(costs.totals.total, currency),
      {
        timeout: 5000,
      },
    );
  }).toPass({ timeout: 180_000 });

  await page.goto("/");
  await expect(page.getByRole("region", { name: "Top drivers" })).toBeVisible();
  await expect(page.getByTestId("tile-unpriced").getByTestId("value")).not.toHaveText("$0.00");
  await page.screenshot({ path: "artifacts/screenshots/overview-money.png", fullPage: true });

  // Every tile links to the page behind it.
  await page.getByTestId("tile-last-30-days").click();
  await expect(page).toHaveURL(/\/showback\?window=30d/);
  await expect(page.getByRole("heading", { name: "Showback", exact: true })).toBeVisible();
  await page.goto("/");
  await page.getByTestId("tile-waste").click();
  await expect(page).toHaveURL(/\/waste$/);
});

test("Showback, a team and a namespace show the forecast the API gives", async ({ page, request }) => {
  const forecastBy = async (by: string) =>
    ((await (await request.get(`/api/v1/forecast?by=${by}`)).json()) as ForecastResult).groups.find(
      (g) => g.monthEnd !== null && !g.key.startsWith("("),
    );
  const interval = (group: ForecastResult["groups"][number]) => {
    const money = (amount: string) => formatMoney(amount, group.currency);
    const end = group.monthEnd as NonNullable<typeof group.monthEnd>;
    const range = `${money(end.expected)} (${money(end.low)} – ${money(end.high)})`;
    const unpriced = group.unpricedResourceDays;
    return unpriced > 0 ? `${range}, partial: ${resourceDays(unpriced)} unpriced` : range;
  };
  const team = await forecastBy("team");
  const namespace = await forecastBy("namespace");
  expect(team, "the demo has a team with spend this month").toBeDefined();
  expect(namespace, "the demo has a namespace with spend this month").toBeDefined();
  if (!team || !namespace) return;

  await page.goto(`/teams/${team.key}?currency=${team.currency}`);
  await expect(page.getByTestId(`forecast-row-${team.key}`).getByTestId("month-end")).toHaveText(
    interval(team),
  );

  await page.goto(`/namespaces/${namespace.key}?currency=${namespace.currency}`);
  await expect(page.getByTestId(`forecast-row-${namespace.key}`).getByTestId("month-end")).toHaveText(
    interval(namespace),
  );

  await page.goto(`/showback?window=30d&by=team&currency=${team.currency}`);
  await expect(page.getByTestId(`forecast-row-${team.key}`).getByTestId("month-end")).toHaveText(
    interval(team),
  );
});
