import { csvCell } from "../csv-cell";
import { formatPayback } from "../format";
import type { GpuIdleReport } from "../services/gpu/get-gpu-idle-report";
import { formatTable } from "./prices/table";

type Money = (amount: string, currency: string) => string;

const hours = (value: string) => Number(value).toFixed(1);
const percent = (ratio: number | null) => (ratio === null ? "—" : `${(ratio * 100).toFixed(1)}%`);

const GROUP_HEADER: Record<GpuIdleReport["by"], string> = {
  workload: "WORKLOAD",
  namespace: "NAMESPACE",
  team: "TEAM",
  "node-pool": "NODE POOL",
};

/** The model and its thresholds in one paragraph: every table says what its figures rest on. */
export function describeGpuIdleModel(report: Pick<GpuIdleReport, "settings">): string[] {
  const s = report.settings;
  return [
    "Model (an estimate): utilisation is integrated over time, each sample holding until the next for at most " +
      `${s.maxGapIntervals} × the series' median interval (capped at ${s.maxHoldMinutes} min); time no sample covers is unmeasured, neither idle nor busy.`,
    `Storage-bound idle: idle time while I/O pressure ≥ ${s.ioPressureThreshold}` +
      (s.slowTierWithoutPressure
        ? "; where pressure is unmeasured, idle time of workloads whose data or checkpoint volumes sit on a slow tier"
        : "") +
      `. A workload is storage-bound when ≥ ${(s.storageBoundMinShare * 100).toFixed(0)} % of its idle GPU-hours are. ROI assumes a faster tier lifts utilisation to ${(s.targetUtilisation * 100).toFixed(0)} %.`,
  ];
}

/** GPU-hours to one decimal, money to the cent; exact figures are in --format json|csv. */
export function formatGpuIdleTable(report: GpuIdleReport, money: Money): string {
  const c = report.currency;
  const cost = (amount: string | null) => (amount === null ? "unpriced" : money(amount, c));
  const lines = [
    `GPU idle ${report.window.from} … ${report.window.to} (${report.window.hours.toFixed(0)} h) by ${report.by}, in ${c}` +
      (report.clusterName ? `, cluster ${report.clusterName}` : ""),
  ];
  if (report.totals.podCount === 0) {
    lines.push("No GPU pods ran in this window.");
    return lines.join("\n");
  }
  const withCluster = report.by !== "team";
  const header = [
    GROUP_HEADER[report.by],
    ...(withCluster ? ["CLUSTER"] : []),
    ...(report.by === "workload" ? ["NAMESPACE"] : []),
    "GPU-H",
    "UTIL",
    "IDLE GPU-H",
    "IDLE COST",
    "STORAGE-BOUND GPU-H",
    "STORAGE-BOUND COST",
    "UNMEASURED GPU-H",
    "UNPRICED GPU-H",
  ];
  const row = (
    name: string,
    cluster: string,
    namespace: string,
    f: GpuIdleReport["totals"],
    bound = false,
  ) => [
    `${name}${bound ? " *" : ""}`,
    ...(withCluster ? [cluster] : []),
    ...(report.by === "workload" ? [namespace] : []),
    hours(f.allocatedGpuHours),
    percent(f.utilisation),
    hours(f.idleGpuHours),
    cost(f.idleCost),
    hours(f.storageBoundIdleGpuHours),
    cost(f.storageBoundIdleCost),
    hours(f.unmeasuredGpuHours),
    hours(f.unpricedGpuHours),
  ];
  const rows = report.groups.map((g) =>
    row(g.name, g.clusterName ?? "", g.namespace ?? "", g.figures, g.storageBound),
  );
  rows.push(row("TOTAL", "", "", report.totals));
  lines.push(formatTable(header, rows));
  if (report.by === "workload") lines.push("* storage-bound");
  if (report.storageBound.length > 0) {
    lines.push("", "Return on faster storage for storage-bound workloads (an estimate, per month):");
    for (const r of report.storageBound) {
      const recovered = r.monthlyGpuCostRecovered === null ? "unpriced" : cost(r.monthlyGpuCostRecovered);
      const delta = r.monthlyStorageDelta === null ? "unpriced" : cost(r.monthlyStorageDelta);
      const net = r.monthlyNet === null ? "unpriced" : cost(r.monthlyNet);
      const payback = r.paybackDays === null ? "no payback known" : `payback ${formatPayback(r.paybackDays)}`;
      lines.push(
        r.status === "nothing-to-move"
          ? `  ${r.clusterName}/${r.namespace}/${r.workloadKind}/${r.workloadName}: GPU cost recovered ${recovered}, but no volume to move to a faster tier`
          : `  ${r.clusterName}/${r.namespace}/${r.workloadKind}/${r.workloadName}: GPU cost recovered ${recovered}, storage ${delta}, net ${net}, ${payback}`,
      );
      for (const v of r.volumes) {
        lines.push(
          `    ${v.role} ${v.claimName}: ${v.current.label} (${v.current.monthlyCost === null ? "unpriced" : cost(v.current.monthlyCost)}) → ${v.target.label} (${v.target.monthlyCost === null ? "unpriced" : cost(v.target.monthlyCost)})`,
        );
      }
      if (r.sharedWith)
        lines.push(`    shares its volumes with ${r.sharedWith.join(", ")}: counted together`);
      for (const v of r.skippedVolumes) lines.push(`    ${v.role} ${v.claimName} not moved: ${v.reason}`);
      for (const reason of r.unpricedReasons) lines.push(`    unpriced: ${reason}`);
    }
  }
  const unpriced = report.totals.unpricedReasons;
  lines.push(
    "",
    unpriced.length > 0
      ? `Unpriced: ${hours(report.totals.unpricedGpuHours)} GPU-hours have no GPU price and are in no cost (never $0): ${unpriced.join("; ")}.`
      : "Unpriced: none.",
    ...describeGpuIdleModel(report),
  );
  return lines.join("\n");
}

/** One row per group, exact decimals, the currency on every row. */
export function formatGpuIdleCsv(report: GpuIdleReport): string {
  const header = [
    "from",
    "to",
    "group_by",
    "group_key",
    "group",
    "cluster",
    "namespace",
    "team",
    "storage_bound",
    "allocated_gpu_hours",
    "busy_gpu_hours",
    "idle_gpu_hours",
    "unmeasured_gpu_hours",
    "storage_bound_idle_gpu_hours",
    "utilisation",
    "currency",
    "allocated_cost",
    "idle_cost",
    "storage_bound_idle_cost",
    "unpriced_gpu_hours",
  ];
  const rows = report.groups.map((g) => [
    report.window.from,
    report.window.to,
    report.by,
    g.key,
    g.name,
    g.clusterName ?? "",
    g.namespace ?? "",
    g.team ?? "",
    String(g.storageBound),
    g.figures.allocatedGpuHours,
    g.figures.busyGpuHours,
    g.figures.idleGpuHours,
    g.figures.unmeasuredGpuHours,
    g.figures.storageBoundIdleGpuHours,
    g.figures.utilisation === null ? "" : String(g.figures.utilisation),
    report.currency,
    g.figures.allocatedCost ?? "",
    g.figures.idleCost ?? "",
    g.figures.storageBoundIdleCost ?? "",
    g.figures.unpricedGpuHours,
  ]);
  return [header, ...rows].map((r) => r.map(csvCell).join(",")).join("\n");
}
