import { describe, expect, it } from "vitest";
import { isoDayOf, MS_PER_DAY } from "../../costing/day-window";
import { validateFocusHeader, validateFocusRow } from "../../costing/reports/focus/validate-focus";
import { generateDemoFleet } from "../../demo/generate-demo-fleet";
import { Dec, sum } from "../../pricing/decimal";
import { computeCostFacts } from "../../services/costs/compute-cost-facts";
import { renderChargebackReport } from "../../services/reports/render-chargeback-report";
import { systemContext } from "../../services/service-context";
import { ZShowbackQuery } from "../../services/showback/showback-params";
import { getChargebackReport, getShowback } from "../../testing/every-team-reads";
import { parseCsv } from "../../testing/parse-csv";
import { setUpTestDatabase } from "../../testing/test-database";
import { setMonthClosed } from "../costs/close-month";
import { loadDemoFleet } from "../demo/load-demo-fleet";
import { loadBundledCatalog } from "../pricing/load-bundled-catalog";
import { listReportMonths } from "./list-report-months";
import { MonthNotClosedError } from "./month-not-closed-error";

const ctx = systemContext("test");
const { db } = setUpTestDatabase();
const now = new Date(Date.UTC(2026, 10, 21, 9, 0));
const MONTH = "2026-10";

async function demoOctober() {
  await loadBundledCatalog(db, { now });
  await loadDemoFleet(db, generateDemoFleet({ now }));
  await computeCostFacts(db, { from: "2026-10-01", to: isoDayOf(now.getTime() - MS_PER_DAY), now });
}

/** Showback's groups for the month, every page, by key. */
async function showbackGroups(by: "team" | "cost-centre") {
  const result = await getShowback(db, ZShowbackQuery.parse({ month: MONTH, by, pageSize: 500 }));
  expect(result.groupCount).toBeLessThanOrEqual(500);
  return { totals: result.totals, groups: new Map(result.groups.map((g) => [g.key, g.total])) };
}

describe("the monthly chargeback on the demo fleet", () => {
  it("refuses an open month unless preliminary, reconciles with Showback once closed, and exports valid FOCUS", async () => {
    await demoOctober();

    // Open: refused with what to do; as preliminary: labelled.
    await expect(
      getChargebackReport(db, { month: MONTH, by: "team", preliminary: false, now }),
    ).rejects.toThrow(MonthNotClosedError);
    const preliminary = await getChargebackReport(db, { month: MONTH, by: "team", preliminary: true, now });
    expect(preliminary.status).toBe("preliminary");

    await setMonthClosed(db, { month: MONTH, closed: true, by: "finance", now });
    expect((await listReportMonths(db)).find((m) => m.month === MONTH)).toMatchObject({
      closed: true,
      closedBy: "finance",
    });

    for (const by of ["team", "cost-centre"] as const) {
      const report = await getChargebackReport(db, { month: MONTH, by, preliminary: false, now });
      expect(report.status).toBe("closed");
      expect(report.groups.length, by).toBeGreaterThan(1);
      expect(new Dec(report.totals.total.exact).greaterThan(100), by).toBe(true);
      expect(report.unallocated.owners.length, by).toBeGreaterThan(0);

      // The report agrees with Showback for the same month, group by group, exactly.
      const showback = await showbackGroups(by);
      expect(report.totals.total.exact, by).toBe(new Dec(showback.totals.total).toFixed());
      expect(report.unallocated.total.exact, by).toBe(
        new Dec(showback.groups.get("(unallocated)") ?? "0").toFixed(),
      );
      expect(report.groups.length + 1, by).toBe(showback.groups.size);
      for (const group of report.groups) {
        expect(group.total.exact, `${by} ${group.key}`).toBe(
          new Dec(showback.groups.get(group.key) ?? "-1").toFixed(),
        );
      }

      // Its parts add up to its totals to the cent, and the total is the fleet's.
      expect(report.reconciliation.reconciles, by).toBe(true);
      const csv = parseCsv(
        (
          await renderChargebackReport(db, {
            ctx,
            input: { month: MONTH, by, format: "csv", preliminary: false, now },
          })
        ).body as string,
      );
      const leaves = csv.filter((r) => r.row_type === "namespace" || r.row_type === "unallocated");
      const total = csv.find((r) => r.row_type === "total");
      expect(total?.total).toBe(
        new Dec(showback.totals.total).toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed(2),
      );
      // A wholly unpriced row's amounts are blank (never $0) and are not in the totals.
      const amounts = (rows: typeof leaves, column: "volumes" | "snapshots" | "total") =>
        rows
          .map((r) => r[column] ?? "")
          .filter((amount) => amount !== "")
          .map((amount) => new Dec(amount));
      for (const column of ["volumes", "snapshots", "total"] as const) {
        expect(sum(amounts(leaves, column)).toFixed(2), `${by} ${column}`).toBe(total?.[column]);
      }
      for (const groupTotal of csv.filter((r) => r.row_type === "group-total")) {
        const members = leaves.filter(
          (r) => r.row_type === "namespace" && r.group_key === groupTotal.group_key,
        );
        expect(sum(amounts(members, "total")).toFixed(2)).toBe(groupTotal.total || "0.00");
      }
    }

    // FOCUS: every row valid against the specification's columns, billed costs adding up to the report.
    const focus = await renderChargebackReport(db, {
      ctx,
      input: { month: MONTH, by: "team", format: "focus", preliminary: false, now },
    });
    let text = "";
    for await (const chunk of focus.body as AsyncIterable<string>) text += chunk;
    const rows = parseCsv(text);
    expect(rows.length).toBeGreaterThan(1000);
    expect(validateFocusHeader(Object.keys(rows[0] ?? {}))).toEqual([]);
    for (const row of rows) expect(validateFocusRow(row), JSON.stringify(row)).toEqual([]);
    // Every currency is exported, each row in its own: the report's currency adds up to its total.
    const inCurrency = rows.filter((r) => r.BillingCurrency === focus.report.currency);
    expect(sum(inCurrency.map((r) => new Dec(r.BilledCost ?? ""))).toFixed()).toBe(
      focus.report.totals.total.exact,
    );
    expect(new Set(rows.map((r) => r.ChargePeriodStart?.slice(0, 7)))).toEqual(new Set([MONTH]));
    expect(focus.filename).toBe("tierscope-chargeback-2026-10-team.focus.csv");
  });
});
