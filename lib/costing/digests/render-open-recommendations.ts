import { formatMoney } from "../../format-money";
import { dec } from "../../pricing/decimal";
import type { OpenRecommendationItem, OpenRecommendationsSection } from "./digest-content";
import { emailLink, escapeHtml, H2, MUTED, TD, TD_RIGHT } from "./email-html";

// The open-recommendations block of a digest, in HTML and in plain text, with the same figures.

const NONE = "No open recommendations in these namespaces.";

function summary(s: OpenRecommendationsSection): string {
  // With nothing priced there is no total: "unpriced", never $0.
  if (s.unpricedCount === s.count) return `${s.count} open, all unpriced`;
  const split = dec(s.gpuCostRecovered).isZero()
    ? ""
    : `: ${formatMoney(s.storageSavings, s.currency)} storage savings + ${formatMoney(s.gpuCostRecovered, s.currency)} GPU cost recovered (estimate)`;
  const unpriced = s.unpricedCount > 0 ? `; ${s.unpricedCount} unpriced, not in the total` : "";
  return `${s.count} open, ${formatMoney(s.netMonthlyValue, s.currency)}/month${split}${unpriced}`;
}

function basis(s: OpenRecommendationsSection): string {
  return `As of ${s.asOf.slice(0, 16).replace("T", " ")} UTC at today's prices, dismissed ones left out. The top ${s.top.length} of ${s.count} by net monthly value (savings + GPU cost recovered):`;
}

function money(item: OpenRecommendationItem, currency: string): string {
  if (item.netMonthlyValue === null) return "unpriced";
  const parts =
    item.gpuCostRecoveredPerMonth === null || item.storageSavings === null
      ? ""
      : ` = ${formatMoney(item.storageSavings, currency)} storage + ${formatMoney(item.gpuCostRecoveredPerMonth, currency)} GPU cost recovered`;
  return `${formatMoney(item.netMonthlyValue, currency)}/month${item.estimated ? " est." : ""}${parts}`;
}

export function openRecommendationsHtml(s: OpenRecommendationsSection, base: string): string {
  if (s.count === 0) return `<h2 ${H2}>Open recommendations</h2><p ${MUTED}>${NONE}</p>`;
  const rows = s.top
    .map(
      (i) =>
        `<tr><td ${TD}>${emailLink(base + i.path, i.subject, true)}<br><span style="color:#64748b">${escapeHtml(`${i.ruleLabel}, ${i.clusterName}; ${i.change}`)}</span></td><td ${TD_RIGHT} data-figure="recommendation-value">${escapeHtml(money(i, s.currency))}</td></tr>`,
    )
    .join("");
  const pages = s.clusters.map((c) => emailLink(base + c.path, c.name)).join(", ");
  return `<h2 ${H2}>Open recommendations</h2>
<p ${MUTED} data-figure="open-recommendations-total">${escapeHtml(summary(s))}</p>
<p ${MUTED}>${escapeHtml(basis(s))}</p>
<table style="border-collapse:collapse;width:100%">${rows}</table>
<p ${MUTED}>All of them on the Recommendations page: ${pages}</p>`;
}

export function openRecommendationsText(s: OpenRecommendationsSection, base: string): string {
  if (s.count === 0) return `OPEN RECOMMENDATIONS\n${NONE}`;
  return [
    "OPEN RECOMMENDATIONS",
    summary(s),
    basis(s),
    ...s.top.map(
      (i) =>
        `- ${i.subject} (${i.ruleLabel}, ${i.clusterName}; ${i.change}): ${money(i, s.currency)} ${base}${i.path}`,
    ),
    `All of them on the Recommendations page: ${s.clusters.map((c) => `${c.name} ${base}${c.path}`).join(", ")}`,
  ].join("\n");
}
