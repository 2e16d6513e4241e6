import { describe, expect, it } from "vitest";
import { createCostFacts, createShowbackOrg, dailyFacts } from "../../testing/cost-factories";
import { setUpTestDatabase } from "../../testing/test-database";
import { getForecast } from "../forecasts/get-forecast";
import type { ServiceContext } from "../service-context";
import { ConflictError, ForbiddenError } from "../service-errors";
import { createBudget } from "./create-budget";
import { deleteBudget } from "./delete-budget";
import { listBudgets } from "./list-budgets";
import { updateBudget } from "./update-budget";

const { db } = setUpTestDatabase();
const MADE_ON = new Date(Date.UTC(2026, 10, 10, 8));

const ctxOf = (roles: ServiceContext["roles"], teamIds: string[] | null = null): ServiceContext => ({
  actor: { kind: "system", name: "test" },
  roles,
  scope: teamIds === null ? { kind: "all" } : { kind: "teams", teamIds },
});

/** Team ml: $2 a day on lab/ml (GCP, hourly) and $3 a day on prod/ml (AWS) from 1 to 9 November. */
async function mlSpend() {
  const org = await createShowbackOrg(db);
  await createCostFacts(db, [
    ...dailyFacts("2026-11-01", "2026-11-09", {
      clusterId: org.lab.id,
      resourceUid: "pv-lab",
      namespace: "ml",
      cost: "2",
    }),
    ...dailyFacts("2026-11-01", "2026-11-09", {
      clusterId: org.prod.id,
      resourceUid: "pv-prod",
      namespace: "ml",
      cost: "3",
    }),
  ]);
  return org;
}

const mlBudget = {
  name: "ML",
  scopeKind: "team",
  scopeKey: "ml",
  monthlyAmount: "140",
  currency: "USD",
} as const;

describe("forecasts and budgets", () => {
  it("forecasts a team's steady spend to the month end, and only within the reader's scope", async () => {
    const org = await mlSpend();
    const all = await getForecast(db, { ctx: ctxOf(["admin"]), input: { by: "team" } }, MADE_ON);
    const ml = all.groups.find((g) => g.key === "ml");
    expect(ml?.monthToDate).toBe("45");
    expect(ml?.monthEnd).toEqual({ expected: "150.00", low: "150.00", high: "150.00" });
    // December: GCP's hourly $2 a day for 31 days, AWS's $90 GB-month ($3 a day in November) stays $90.
    expect(ml?.nextMonth?.expected).toBe("152.00");
    const web = await getForecast(
      db,
      { ctx: ctxOf(["member"], [org.teams.web.id]), input: { by: "team" } },
      MADE_ON,
    );
    expect(web.groups).toEqual([]);
  });

  it("lets finance set a budget, refuses a viewer, and refuses the same group twice", async () => {
    await mlSpend();
    await expect(createBudget(db, { ctx: ctxOf(["viewer"]), input: mlBudget })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect(await db.budget.count()).toBe(0);
    const budget = await createBudget(db, { ctx: ctxOf(["finance"]), input: mlBudget });
    expect(budget).toMatchObject({ monthlyAmount: "140", actualThreshold: "0.8", forecastThreshold: "1" });
    await expect(
      createBudget(db, { ctx: ctxOf(["admin"]), input: { ...mlBudget, name: "ML again" } }),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it("shows spend and forecast against the budget, the thresholds crossed and the burn-down", async () => {
    await mlSpend();
    const { id } = await createBudget(db, { ctx: ctxOf(["admin"]), input: mlBudget });
    const [status] = (await listBudgets(db, { ctx: ctxOf(["viewer"]), input: {} }, MADE_ON)).budgets;
    expect(status?.monthToDate).toBe("45");
    expect(status?.monthEnd?.expected).toBe("150.00");
    expect(status?.forecastCrossed).toBe(true);
    expect(status?.actualCrossed).toBe(false);
    expect(status?.burnDown[8]).toEqual({
      day: "2026-11-09",
      remaining: "95.00",
      forecastRemaining: "95.00",
      evenRemaining: "98.00",
    });
    await updateBudget(db, { ctx: ctxOf(["admin"]), input: { id, patch: { monthlyAmount: "200" } } });
    const [raised] = (await listBudgets(db, { ctx: ctxOf(["viewer"]), input: {} }, MADE_ON)).budgets;
    expect(raised?.forecastCrossed).toBe(false);
    await deleteBudget(db, { ctx: ctxOf(["finance"]), input: { id } });
    expect((await listBudgets(db, { ctx: ctxOf(["admin"]), input: {} }, MADE_ON)).budgets).toEqual([]);
  });

  it("tells the page whether the reader may change budgets: admin and finance only", async () => {
    const mayWrite = async (role: Parameters<typeof ctxOf>[0][number]) =>
      (await listBudgets(db, { ctx: ctxOf([role]), input: {} }, MADE_ON)).mayWrite;
    expect(await mayWrite("admin")).toBe(true);
    expect(await mayWrite("finance")).toBe(true);
    expect(await mayWrite("member")).toBe(false);
    expect(await mayWrite("viewer")).toBe(false);
  });
});
