import { Dec, sum, ZERO } from "../../pricing/decimal";
import { allocateCents } from "./allocate-cents";

// The monthly chargeback: a closed month's storage costs by team or cost centre, and by namespace
// within each, with unallocated costs in a section of their own. Pure: the query layer passes the
// month's facts summed per owner, namespace and kind; nothing here reads a clock or a database.

export const REPORT_GROUPINGS = ["team", "cost-centre"] as const;
export type ReportGrouping = (typeof REPORT_GROUPINGS)[number];
export type ReportCostKind = "volumes" | "snapshots";

/** How unallocated costs are treated: the one policy Tierscope applies, printed on every report. */
export const UNALLOCATED_POLICY =
  "Shown separately, not charged to any team: Released, Available and failed volumes, and snapshots " +
  "with no owner, stay unallocated. Each is listed under the namespace of the claim it last " +
  "belonged to (its likely owner) so it can be claimed or cleaned up; it is in the fleet total.";

/** The month's facts of one owner line (or one likely owner of unallocated costs) and one kind. */
export interface ChargebackLine {
  allocation: "allocated" | "unallocated";
  /** The team's slug or cost centre, as the showback grouping keys it; ignored when unallocated. */
  groupKey: string;
  groupName: string;
  /** unassigned: namespaces with no team (or no cost centre). */
  groupKind: "group" | "unassigned";
  clusterName: string;
  /** The owning namespace; for unallocated costs, the likely owner (null: never claimed). */
  namespace: string | null;
  /** Unallocated costs: the likely owner's team, if it has one. */
  likelyOwnerTeam: string | null;
  kind: ReportCostKind;
  /** Exact decimal strings in the report's currency. */
  cost: string;
  estimated: string;
  unpricedResourceDays: number;
}

export interface ChargebackInput {
  month: string;
  by: ReportGrouping;
  currency: string;
  /** closed: finance's closed month; preliminary: an open month, reported on request and labelled. */
  close: { closedAt: string; closedBy: string } | null;
  generatedAt: string;
  lines: ChargebackLine[];
  /** Every fact of the month in the currency, summed on its own: what the parts must add up to. */
  fleetTotal: string;
  otherCurrencies: { currency: string; total: string }[];
}

/** An amount exact (as stored) and in cents (rounded so the report's parts add up to its totals). */
export interface ReportMoney {
  exact: string;
  cents: string;
}

export interface ReportFigures {
  volumes: ReportMoney;
  snapshots: ReportMoney;
  total: ReportMoney;
  estimated: string;
  unpricedResourceDays: number;
}

export interface ReportNamespace extends ReportFigures {
  clusterName: string;
  namespace: string | null;
  likelyOwnerTeam: string | null;
}

export interface ReportGroup extends ReportFigures {
  key: string;
  name: string;
  kind: "group" | "unassigned";
  namespaces: ReportNamespace[];
}

export interface ChargebackReport {
  month: string;
  window: { from: string; to: string };
  by: ReportGrouping;
  currency: string;
  status: "closed" | "preliminary";
  closedAt: string | null;
  closedBy: string | null;
  generatedAt: string;
  groups: ReportGroup[];
  /** Every team's (or cost centre's) lines together. */
  allocated: ReportFigures;
  unallocated: ReportFigures & { policy: string; owners: ReportNamespace[] };
  totals: ReportFigures & { allocated: ReportMoney; unallocated: ReportMoney };
  reconciliation: { fleetTotal: string; partsTotal: string; difference: string; reconciles: boolean };
  otherCurrencies: { currency: string; total: string }[];
}

interface Cell {
  exact: Dec;
  cents: Dec;
}

interface Row {
  key: string;
  line: ChargebackLine;
  volumes: Cell;
  snapshots: Cell;
  estimated: Dec;
  unpriced: number;
}

const money = (cell: Cell): ReportMoney => ({ exact: cell.exact.toFixed(), cents: cell.cents.toFixed(2) });
const addCells = (cells: Cell[]): Cell => ({
  exact: sum(cells.map((c) => c.exact)),
  cents: sum(cells.map((c) => c.cents)),
});

function figures(rows: Row[]): ReportFigures {
  const volumes = addCells(rows.map((r) => r.volumes));
  const snapshots = addCells(rows.map((r) => r.snapshots));
  return {
    volumes: money(volumes),
    snapshots: money(snapshots),
    total: money(addCells([volumes, snapshots])),
    estimated: sum(rows.map((r) => r.estimated)).toFixed(),
    unpricedResourceDays: rows.reduce((n, r) => n + r.unpriced, 0),
  };
}

function namespaceOf(row: Row): ReportNamespace {
  return {
    clusterName: row.line.clusterName,
    namespace: row.line.namespace,
    likelyOwnerTeam: row.line.likelyOwnerTeam,
    ...figures([row]),
  };
}

const byTotalThenName =
  <T extends { total: ReportMoney }>(name: (t: T) => string) =>
  (a: T, b: T) =>
    new Dec(b.total.exact).comparedTo(a.total.exact) || name(a).localeCompare(name(b));

/** "2026-10" → its first and last day. */
function monthDays(month: string): { from: string; to: string } {
  const [year, m] = month.split("-").map(Number) as [number, number];
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, "0")}` };
}

/**
 * Builds the report: one row per (owner, cluster, namespace) with its volumes and snapshots, teams
 * largest first, unassigned namespaces after the teams, unallocated costs by likely owner. Cents are
 * allocated over every volumes/snapshots cell of the whole report at once, so namespaces add up to
 * their team, teams and unallocated to the total, and the total is the fleet total in cents.
 */
export function buildChargebackReport(input: ChargebackInput): ChargebackReport {
  const rows = new Map<string, Row>();
  for (const line of input.lines) {
    const owner = line.allocation === "unallocated" ? "(unallocated)" : line.groupKey;
    const key = JSON.stringify([owner, line.clusterName, line.namespace]);
    const row = rows.get(key) ?? {
      key,
      line,
      volumes: { exact: ZERO, cents: ZERO },
      snapshots: { exact: ZERO, cents: ZERO },
      estimated: ZERO,
      unpriced: 0,
    };
    row[line.kind].exact = row[line.kind].exact.plus(line.cost);
    row.estimated = row.estimated.plus(line.estimated);
    row.unpriced += line.unpricedResourceDays;
    rows.set(key, row);
  }
  const all = [...rows.values()];
  const cells = all.flatMap((r) => [r.volumes, r.snapshots]);
  allocateCents(cells.map((c) => c.exact)).forEach((cents, i) => {
    (cells[i] as Cell).cents = cents;
  });

  const allocatedRows = all.filter((r) => r.line.allocation === "allocated");
  const unallocatedRows = all.filter((r) => r.line.allocation === "unallocated");
  const groupKeys = [...new Set(allocatedRows.map((r) => r.line.groupKey))];
  const nsName = (n: ReportNamespace) => `${n.clusterName}/${n.namespace ?? ""}`;
  const groups = groupKeys
    .map((key): ReportGroup => {
      const members = allocatedRows.filter((r) => r.line.groupKey === key);
      const first = (members[0] as Row).line;
      return {
        key,
        name: first.groupName,
        kind: first.groupKind,
        ...figures(members),
        namespaces: members.map(namespaceOf).sort(byTotalThenName(nsName)),
      };
    })
    .sort((a, b) =>
      a.kind === b.kind ? byTotalThenName<ReportGroup>((g) => g.name)(a, b) : a.kind === "group" ? -1 : 1,
    );

  const allocated = figures(allocatedRows);
  const unallocated = figures(unallocatedRows);
  const totals = figures(all);
  const partsTotal = new Dec(totals.total.exact);
  const difference = new Dec(input.fleetTotal).minus(partsTotal);
  return {
    month: input.month,
    window: monthDays(input.month),
    by: input.by,
    currency: input.currency,
    status: input.close ? "closed" : "preliminary",
    closedAt: input.close?.closedAt ?? null,
    closedBy: input.close?.closedBy ?? null,
    generatedAt: input.generatedAt,
    groups,
    allocated,
    unallocated: {
      ...unallocated,
      policy: UNALLOCATED_POLICY,
      owners: unallocatedRows.map(namespaceOf).sort(byTotalThenName(nsName)),
    },
    totals: { ...totals, allocated: allocated.total, unallocated: unallocated.total },
    reconciliation: {
      fleetTotal: new Dec(input.fleetTotal).toFixed(),
      partsTotal: partsTotal.toFixed(),
      difference: difference.toFixed(),
      reconciles: difference.isZero(),
    },
    otherCurrencies: input.otherCurrencies,
  };
}
