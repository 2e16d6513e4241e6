import { describe, expect, it } from "vitest";
import { dec } from "../../pricing/decimal";
import type { WasteFinding } from "../waste/finding";
import { judgeAnomalyRule } from "./judge-anomaly-rule";
import { judgeBudgetRule } from "./judge-budget-rule";
import { judgeUnpricedRule } from "./judge-unpriced-rule";
import { judgeWasteRule } from "./judge-waste-rule";

const budget = {
  id: "b1",
  name: "ML",
  monthlyAmount: "1000",
  currency: "USD",
  month: "2026-11",
  monthToDate: "800",
  monthEnd: { expected: "1100.00" },
};

describe("judgeBudgetRule", () => {
  it("raises a budget whose spend reached the threshold, exactly at it included", () => {
    const [found] = judgeBudgetRule({
      measure: "actual",
      threshold: "0.8",
      budgetId: null,
      budgets: [budget],
    });
    expect(found).toMatchObject({ groupKey: "budget:b1", period: "2026-11", amount: "800", currency: "USD" });
    expect(found?.title).toBe("Budget ML: spend at 80 % of $1,000.00");
  });

  it("leaves a budget below the threshold, and other budgets than the one named", () => {
    expect(
      judgeBudgetRule({ measure: "actual", threshold: "0.8001", budgetId: null, budgets: [budget] }),
    ).toEqual([]);
    expect(
      judgeBudgetRule({ measure: "actual", threshold: "0.5", budgetId: "other", budgets: [budget] }),
    ).toEqual([]);
  });

  it("judges the forecast, and never a budget with no forecast", () => {
    const [found] = judgeBudgetRule({
      measure: "forecast",
      threshold: "1",
      budgetId: null,
      budgets: [budget],
    });
    expect(found?.detail).toBe("Forecast for the month 2026-11: $1,100.00 of $1,000.00 (threshold 100 %).");
    const none = { ...budget, monthEnd: null };
    expect(
      judgeBudgetRule({ measure: "forecast", threshold: "0.1", budgetId: null, budgets: [none] }),
    ).toEqual([]);
  });
});

describe("judgeAnomalyRule", () => {
  it("keys each anomaly by kind and group on its first day, linking its first driver", () => {
    const [cost, count] = judgeAnomalyRule([
      {
        kind: "cost",
        group: "prod/ml",
        currency: "USD",
        day: "2026-11-09",
        value: "90.00",
        expected: "30.00",
        drivers: [{ href: "/volumes/prod/pv-1" }],
      },
      {
        kind: "released-volumes",
        group: "prod",
        currency: null,
        day: "2026-11-08",
        value: "12",
        expected: "1",
      },
    ]);
    expect(cost).toMatchObject({
      groupKey: "cost:prod/ml",
      period: "2026-11-09",
      link: "/volumes/prod/pv-1",
    });
    expect(cost?.detail).toBe("$90.00 against an expected $30.00.");
    expect(count).toMatchObject({ amount: null, currency: null, link: "/showback" });
  });
});

describe("judgeUnpricedRule", () => {
  it("raises each group with unpriced resource-days once for the month, never as $0", () => {
    const found = judgeUnpricedRule({
      month: "2026-11",
      groups: [
        { key: "prod/ml", unpricedResourceDays: 3 },
        { key: "prod/web", unpricedResourceDays: 0 },
      ],
    });
    expect(found.map((f) => [f.groupKey, f.period, f.amount])).toEqual([["prod/ml", "2026-11", null]]);
  });
});

describe("judgeWasteRule", () => {
  const finding = (uid: string, monthlyCost: string | null, currency = "USD") =>
    ({
      rule: "released-volume",
      clusterName: "prod",
      kind: "PersistentVolume",
      namespace: "ml",
      name: uid,
      uid,
      subjectKey: `c/PersistentVolume/${uid}`,
      since: new Date(Date.UTC(2026, 10, 3, 10)),
      cost: {
        status: "priced",
        monthlyCost: monthlyCost === null ? null : dec(monthlyCost),
        currency,
        basis: "100 GiB",
      },
      fix: { summary: "Delete it.", command: "", language: "shell" },
    }) as unknown as WasteFinding;

  const CREATED = new Date(Date.UTC(2026, 10, 3, 9));
  const seen = (f: WasteFinding, firstSeenAt = new Date(Date.UTC(2026, 10, 3, 23))) => ({
    finding: f,
    firstSeenAt,
  });

  it("raises findings at or above the amount in its currency, once per finding", () => {
    const found = judgeWasteRule({
      minAmount: "50",
      currency: "USD",
      ruleCreatedAt: CREATED,
      findings: [
        finding("a", "50"),
        finding("b", "49.99"),
        finding("c", null),
        finding("d", "80", "EUR"),
      ].map((f) => seen(f)),
    });
    expect(found.map((f) => [f.groupKey, f.period, f.amount])).toEqual([
      ["released-volume|c/PersistentVolume/a", "2026-11-03", "50.0000"],
    ]);
  });

  it("announces a finding whose start moves every day (a rolling snapshot chain) under its first-seen day", () => {
    const judge = (sinceDay: number) =>
      judgeWasteRule({
        minAmount: "50",
        currency: "USD",
        ruleCreatedAt: new Date(Date.UTC(2026, 10, 1)),
        findings: [
          seen(
            { ...finding("chain", "80"), since: new Date(Date.UTC(2026, 10, sinceDay, 6)) },
            new Date(Date.UTC(2026, 10, 19, 8)),
          ),
        ],
      }).map((f) => [f.groupKey, f.period]);
    expect(judge(20)).toEqual([["released-volume|c/PersistentVolume/chain", "2026-11-19"]]);
    expect(judge(21)).toEqual(judge(20));
  });

  it("announces waste first seen after the rule was made even when the waste started before it", () => {
    const found = judgeWasteRule({
      minAmount: "50",
      currency: "USD",
      ruleCreatedAt: new Date(Date.UTC(2026, 10, 10)),
      findings: [seen(finding("a", "500"), new Date(Date.UTC(2026, 10, 12, 6)))],
    });
    expect(found.map((f) => [f.period, f.detail.slice(0, 60)])).toEqual([
      ["2026-11-12", "PersistentVolume a in cluster prod is waste since 2026-11-03"],
    ]);
  });

  it("leaves out waste the rule saw when it was made", () => {
    const found = judgeWasteRule({
      minAmount: "50",
      currency: "USD",
      ruleCreatedAt: CREATED,
      findings: [seen(finding("a", "500"), CREATED)],
    });
    expect(found).toEqual([]);
  });
});
