import { type Command, Option } from "commander";
import { ZodError } from "zod";
import { formatCostAmount } from "../../costing/cost-amount";
import { csvCell } from "../../csv-cell";
import type { Db } from "../../db/prisma";
import { formatMoney } from "../../format-money";
import { systemContext } from "../../services/service-context";
import { getShowback, type ShowbackGroup, type ShowbackResult } from "../../services/showback/get-showback";
import {
  SHOWBACK_GROUPINGS,
  type TShowbackQuery,
  ZShowbackQuery,
} from "../../services/showback/showback-params";
import { formatTable } from "../prices/table";
import { runAction } from "../run-action";
import { withPrisma } from "../with-prisma";

interface CostsOptions {
  from?: string;
  to?: string;
  month?: string;
  by: string;
  cluster?: string;
  currency?: string;
  format: "table" | "json" | "csv";
}

export type CostsReport = Omit<ShowbackResult, "page" | "pageSize">;

const PAGE = 500;

/** Every group, page by page: the command prints all of them. */
export async function loadCostsReport(db: Db, query: TShowbackQuery): Promise<CostsReport> {
  const groups: ShowbackGroup[] = [];
  let first: ShowbackResult | undefined;
  for (let page = 1; ; page++) {
    const input = { ...query, page, pageSize: PAGE };
    const result = await getShowback(db, { ctx: systemContext("costs"), input });
    first ??= result;
    groups.push(...result.groups);
    if (page * PAGE >= result.groupCount) break;
  }
  const { page: _page, pageSize: _size, ...rest } = first as ShowbackResult;
  return { ...rest, groups };
}

const percent = (ratio: number | null) =>
  ratio === null ? "" : `${ratio >= 0 ? "+" : ""}${(ratio * 100).toFixed(1)}%`;

function changeText(
  g: { total: string; previousTotal: string; changeRatio: number | null },
  currency: string,
) {
  if (g.changeRatio !== null) return percent(g.changeRatio);
  return Number(g.total) === 0 ? "" : `new (+${formatMoney(g.total, currency)})`;
}

const GROUP_HEADER: Record<string, string> = {
  cluster: "CLUSTER",
  namespace: "NAMESPACE",
  team: "TEAM",
  "cost-centre": "COST CENTRE",
  "storage-class": "STORAGE CLASS",
  category: "CATEGORY",
};

/** Money to the cent, currency shown; exact figures are in --format json|csv. */
export function formatCostsTable(report: CostsReport): string {
  const { currency, window } = report;
  const lines = [
    `Storage costs ${window.from} … ${window.to} (${window.days} days) by ${report.by}, in ${currency}` +
      (report.clusterName ? `, cluster ${report.clusterName}` : ""),
  ];
  if (report.totals.factCount === 0) {
    lines.push(
      report.factDays
        ? `No costs computed for this window: costs exist from ${report.factDays.first} to ${report.factDays.last}.`
        : "No costs computed yet.",
    );
    return lines.join("\n");
  }
  const money = (amount: string) => formatMoney(amount, currency);
  const withCluster = report.by === "namespace" || report.by === "storage-class";
  const header = [
    GROUP_HEADER[report.by] ?? "GROUP",
    ...(withCluster ? ["CLUSTER"] : []),
    "TOTAL",
    "ALLOCATED",
    "UNALLOCATED",
    "ESTIMATED",
    "UNPRICED DAYS",
    "CHANGE",
  ];
  // A wholly unpriced group's amounts are unknown, not $0.00: its total says so, the split is blank.
  const known = (figure: { coverage: string }, amount: string) =>
    figure.coverage === "unpriced" ? "—" : money(amount);
  const rows = report.groups.map((g) => [
    g.name,
    ...(withCluster ? [g.clusterName ?? ""] : []),
    formatCostAmount(g, currency),
    known(g, g.allocated),
    known(g, g.unallocated),
    known(g, g.estimated),
    String(g.unpricedResourceDays),
    changeText(g, currency),
  ]);
  const t = report.totals;
  rows.push([
    "TOTAL",
    ...(withCluster ? [""] : []),
    formatCostAmount(t, currency),
    known(t, t.allocated),
    known(t, t.unallocated),
    known(t, t.estimated),
    String(t.unpricedResourceDays),
    changeText(t, currency),
  ]);
  lines.push(formatTable(header, rows));
  const previous = report.previousWindow;
  lines.push(
    "",
    `Previous window (${previous.from} … ${previous.to}): ${money(t.previousTotal)}; change ${
      Number(t.change) >= 0 ? "+" : ""
    }${money(t.change)}${t.changeRatio === null ? "" : ` (${percent(t.changeRatio)})`}.`,
  );
  if (t.estimated !== "0" && t.estimatedShare !== null) {
    lines.push(
      `Estimated (modelled usage or snapshot change rate): ${money(t.estimated)}, ${percent(t.estimatedShare).slice(1)} of the total.`,
    );
  }
  if (report.unallocatedByOwner.items.length > 0) {
    lines.push("Unallocated by likely owner:");
    for (const owner of report.unallocatedByOwner.items) {
      lines.push(
        `  ${owner.clusterName}/${owner.namespace ?? "(never claimed)"}${owner.teamName ? ` (${owner.teamName})` : ""}: ${money(owner.total)} over ${owner.resourceDays} resource-days`,
      );
    }
    const more = report.unallocatedByOwner.ownerCount - report.unallocatedByOwner.items.length;
    if (more > 0) lines.push(`  … and ${more} more likely owners`);
  }
  lines.push(
    t.unpricedResourceDays > 0
      ? `Unpriced: ${t.unpricedResourceDays} resource-days have components with no known price; they are not in the totals (never counted as $0).`
      : "Unpriced: none.",
  );
  for (const other of report.currencies.filter((c) => c.currency !== currency)) {
    lines.push(
      `Also in ${other.currency}: ${formatMoney(other.total, other.currency)} over ${other.factCount} facts, not added to ${currency}; see --currency ${other.currency}.`,
    );
  }
  return lines.join("\n");
}

/** One row per group, exact decimals, the currency on every row: ready for a spreadsheet. */
export function formatCostsCsv(report: CostsReport): string {
  const header = [
    "from",
    "to",
    "group_by",
    "group_key",
    "group",
    "cluster",
    "currency",
    "coverage",
    "total",
    "allocated",
    "unallocated",
    "estimated",
    "unpriced_resource_days",
    "included_resource_days",
    "previous_total",
    "change",
  ];
  const rows = report.groups.map((g) => [
    report.window.from,
    report.window.to,
    report.by,
    g.key,
    g.name,
    g.clusterName ?? "",
    report.currency,
    g.coverage,
    // Wholly unpriced: the amounts are unknown, so blank, never 0.
    ...(g.coverage === "unpriced" ? ["", "", "", ""] : [g.total, g.allocated, g.unallocated, g.estimated]),
    String(g.unpricedResourceDays),
    String(g.includedResourceDays),
    g.previousTotal,
    g.change,
  ]);
  return [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\n");
}

function parseQuery(options: CostsOptions): TShowbackQuery {
  try {
    return ZShowbackQuery.parse({
      from: options.from,
      to: options.to,
      month: options.month,
      by: options.by,
      cluster: options.cluster,
      currency: options.currency,
    });
  } catch (error) {
    if (error instanceof ZodError) {
      const issue = error.issues[0];
      throw new Error(`--${String(issue?.path[0] ?? "from")}: ${issue?.message}`);
    }
    throw error;
  }
}

/** `tierscope costs`: showback over a window, grouped, as a table, JSON or CSV. */
export function registerCostsCommand(program: Command) {
  program
    .command("costs")
    .description(
      "storage spend over a window, grouped by cluster, namespace, team, storage class or category",
    )
    .option("--from <day>", "first day of the window (YYYY-MM-DD, UTC), with --to")
    .option("--to <day>", "last day of the window, included")
    .option("--month <month>", "a calendar month instead of --from/--to (YYYY-MM)")
    .addOption(new Option("--by <grouping>", "how to group").choices(SHOWBACK_GROUPINGS).default("namespace"))
    .option("--cluster <name>", "only this cluster")
    .option("--currency <code>", "the currency to show when facts are priced in several")
    .addOption(
      new Option("--format <format>", "output format").choices(["table", "json", "csv"]).default("table"),
    )
    .action(
      runAction(async (options: CostsOptions) => {
        const query = parseQuery(options);
        const report = await withPrisma((db) => loadCostsReport(db, query));
        if (options.format === "json") console.log(JSON.stringify(report, null, 2));
        else if (options.format === "csv") console.log(formatCostsCsv(report));
        else console.log(formatCostsTable(report));
      }),
    );
}
