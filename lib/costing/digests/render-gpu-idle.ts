import { formatMoney } from "../../format-money";
import { dec } from "../../pricing/decimal";
import type { GpuIdleSection, GpuIdleWorkload } from "./digest-content";
import { emailLink, escapeHtml, H2, MUTED, percent, TD, TD_RIGHT } from "./email-html";

// The GPU idle cost block of a digest, in HTML and in plain text, with the same figures.

const gpuHourFormat = new Intl.NumberFormat("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** "2,126.4 GPU-h" from an exact decimal string (display only: the figure stays exact in the data). */
function gpuHours(value: string): string {
  return `${gpuHourFormat.format(Number(value))} GPU-h`;
}

function cost(amount: string | null, currency: string): string {
  return amount === null ? "unpriced" : formatMoney(amount, currency);
}

function none(s: GpuIdleSection): string {
  return `No GPU workloads from ${s.window.from} to ${s.window.to}.`;
}

function lines(s: GpuIdleSection): string[] {
  return [
    `${gpuHours(s.idleGpuHours)} idle of ${gpuHours(s.allocatedGpuHours)} allocated to ${s.podCount} GPU pod(s) from ${s.window.from} to ${s.window.to} (UTC days), at each pod's GPU-hour price`,
    `Storage-bound (estimate): ${percent(s.storageBoundShare)} of idle, ${gpuHours(s.storageBoundIdleGpuHours)}, ${cost(s.storageBoundIdleCost, s.currency)}`,
    `Unmeasured (neither idle nor busy): ${gpuHours(s.unmeasuredGpuHours)}${dec(s.unpricedGpuHours).gt(0) ? `; unpriced, not in the cost: ${gpuHours(s.unpricedGpuHours)}` : ""}`,
  ];
}

function workloadCost(w: GpuIdleWorkload, currency: string): string {
  return `${cost(w.idleCost, currency)}${w.partlyUnpriced ? " (priced GPU-hours only)" : ""}`;
}

function workloadDetail(w: GpuIdleWorkload): string {
  const waiting = `${percent(w.storageBoundShare)} of idle waiting on storage${w.estimate ? " (estimate)" : ""}`;
  return `${w.workloadKind}, ${w.clusterName}/${w.namespace}; ${gpuHours(w.idleGpuHours)} idle of ${gpuHours(w.allocatedGpuHours)}; ${waiting}${w.storageBound ? ", storage-bound" : ""}`;
}

export function gpuIdleHtml(s: GpuIdleSection, base: string): string {
  if (s.podCount === 0) return `<h2 ${H2}>GPU idle cost</h2><p ${MUTED}>${none(s)}</p>`;
  const rows = s.workloads
    .map(
      (w) =>
        `<tr><td ${TD}>${emailLink(base + w.path, w.name, true)}<br><span style="color:#64748b">${escapeHtml(workloadDetail(w))}</span></td><td ${TD_RIGHT}>${escapeHtml(workloadCost(w, s.currency))}</td></tr>`,
    )
    .join("");
  return `<h2 ${H2}>GPU idle cost</h2>
<p style="margin:4px 0;font-size:24px;font-weight:600;color:#0f172a" data-figure="gpu-idle-cost">${cost(s.idleCost, s.currency)}</p>
${lines(s)
  .map((line) => `<p ${MUTED}>${escapeHtml(line)}</p>`)
  .join("\n")}
<p ${MUTED}>The top ${s.workloads.length} of ${s.workloadCount} workloads by idle cost:</p>
<table style="border-collapse:collapse;width:100%" data-figure="gpu-idle-workloads">${rows}</table>
<p ${MUTED}>${emailLink(base + s.path, "GPU efficiency")} for these days: the model, its thresholds and each workload's timeline.</p>`;
}

export function gpuIdleText(s: GpuIdleSection, base: string): string {
  if (s.podCount === 0) return `GPU IDLE COST\n${none(s)}`;
  return [
    "GPU IDLE COST",
    `Idle cost: ${cost(s.idleCost, s.currency)}`,
    ...lines(s),
    `The top ${s.workloads.length} of ${s.workloadCount} workloads by idle cost:`,
    ...s.workloads.map(
      (w) => `- ${w.name} (${workloadDetail(w)}): ${workloadCost(w, s.currency)} ${base}${w.path}`,
    ),
    `GPU efficiency for these days: ${base}${s.path}`,
  ].join("\n");
}
