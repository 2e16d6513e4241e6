import { formatMoney } from "../../format-money";
import { dec } from "../../pricing/decimal";
import { unpricedResourceDaysText } from "../cost-amount";
import type {
  DigestSection,
  NewWasteSection,
  SpendTrendSection,
  TopCostDriversSection,
  WasteTally,
} from "./digest-content";
import { escapeHtml, H2, MUTED, percent, TD, TD_RIGHT } from "./email-html";
import { gpuIdleHtml, gpuIdleText } from "./render-gpu-idle";
import { openRecommendationsHtml, openRecommendationsText } from "./render-open-recommendations";

// One renderer block per section kind, in HTML (inline styles: mail clients drop <style>) and in
// plain text. Every figure carries what it is made of: the window, the comparison, the basis. The
// open-recommendations and GPU idle blocks live in their own files (render-*.ts), registered here.

function signedMoney(amount: string, currency: string): string {
  return amount.startsWith("-")
    ? `−${formatMoney(amount.slice(1), currency)}`
    : `+${formatMoney(amount, currency)}`;
}

/** "… highest $96.00 on 2026-11-17, lowest $80.00 on 2026-11-16", for a period with days. */
function dailyRange(s: SpendTrendSection): string {
  const byCost = [...s.days].sort(
    (a, b) => dec(a.total).comparedTo(dec(b.total)) || a.day.localeCompare(b.day),
  );
  const low = byCost[0] as SpendTrendSection["days"][number];
  const high = byCost.at(-1) as SpendTrendSection["days"][number];
  return `Daily spend (UTC days): highest ${formatMoney(high.total, s.currency)} on ${high.day}, lowest ${formatMoney(low.total, s.currency)} on ${low.day}`;
}

/** "17 Nov" for a bar's label: the UTC day the bar is. */
function dayLabel(day: string): string {
  const month = new Date(`${day}T00:00:00Z`).toLocaleString("en-GB", { month: "short", timeZone: "UTC" });
  return `${Number(day.slice(8, 10))} ${month}`;
}

/**
 * The daily trend as labelled bars (table cells: mail clients draw no SVG or canvas): each bar has
 * its day under it and, for a week, its figure over it; a caption gives the scale. Equal days say
 * so in words, so a row of identical bars reads as "the same every day", not as a broken chart.
 */
function trendBars(s: SpendTrendSection): string {
  const max = s.days.reduce((m, d) => (dec(d.total).greaterThan(m) ? dec(d.total) : m), dec(0));
  const wide = s.days.length <= 10;
  const width = wide ? 44 : 14;
  const label = `font-size:${wide ? 11 : 8}px;color:#64748b;text-align:center;padding:2px 1px`;
  const figures = wide
    ? `<tr>${s.days.map((d) => `<td style="${label}">${formatMoney(d.total, s.currency, 0)}</td>`).join("")}</tr>`
    : "";
  const bars = s.days
    .map((d) => {
      // Bar heights are presentation only (whole pixels); the figures are in the labels and the text.
      const height = max.isZero() ? 0 : Math.max(1, Math.round(dec(d.total).div(max).times(60).toNumber()));
      return `<td title="${d.day}: ${formatMoney(d.total, s.currency)}" style="padding:0 1px;vertical-align:bottom"><div style="width:${width}px;height:${height}px;background:#3b82f6"></div></td>`;
    })
    .join("");
  const days = s.days
    .map((d) => `<td style="${label}">${wide ? dayLabel(d.day) : Number(d.day.slice(8, 10))}</td>`)
    .join("");
  const same = s.days.every((d) => dec(d.total).equals(dec(s.days[0]?.total ?? "0")));
  const caption = same
    ? `Daily spend (UTC days): the same every day, ${formatMoney(s.days[0]?.total ?? "0", s.currency)}`
    : `Daily spend (UTC days); the tallest bar is ${formatMoney(max.toFixed(), s.currency)}`;
  return `<p ${MUTED}>${escapeHtml(caption)}</p>
<table role="presentation" style="border-collapse:collapse;margin-top:4px" data-figure="daily-spend">${figures}<tr style="height:62px">${bars}</tr><tr>${days}</tr></table>`;
}

function spendFigure(s: SpendTrendSection): string {
  return s.total === null
    ? unpricedResourceDaysText(s.unpricedResourceDays)
    : formatMoney(s.total, s.currency);
}

function spendLines(s: SpendTrendSection): { headline: string; notes: string[] } {
  const headline = `${spendFigure(s)} from ${s.window.from} to ${s.window.to}`;
  const against = `${formatMoney(s.previousTotal, s.currency)} from ${s.previousWindow.from} to ${s.previousWindow.to}`;
  const notes =
    s.total === null
      ? [`No price for any of the period's costs: no change to compare against ${against}`]
      : [
          `${signedMoney(s.change, s.currency)} (${percent(s.changeRatio)}) against ${against}`,
          `Estimated (modelled quantities): ${formatMoney(s.estimated, s.currency)}`,
          ...(s.unpricedResourceDays > 0
            ? [`Unpriced resource-days, not in the total: ${s.unpricedResourceDays}`]
            : []),
          ...(s.days.length > 0 ? [dailyRange(s)] : []),
        ];
  return { headline, notes };
}

function spendHtml(s: SpendTrendSection): string {
  const { notes } = spendLines(s);
  return `<h2 ${H2}>Spend and trend</h2>
<p style="margin:4px 0;font-size:24px;font-weight:600;color:#0f172a" data-figure="spend-total">${spendFigure(s)}</p>
<p ${MUTED}>${s.window.from} to ${s.window.to}</p>
${notes.map((n) => `<p ${MUTED}>${escapeHtml(n)}</p>`).join("\n")}
${trendBars(s)}`;
}

function spendText(s: SpendTrendSection): string {
  const { headline, notes } = spendLines(s);
  return ["SPEND AND TREND", headline, ...notes].join("\n");
}

function driverShare(share: number | null): string {
  return share === null ? "" : ` (${percent(share)} of the total)`;
}

/** "$12.00 est. (40.0 % of the total)", "$12.00 + unpriced (2 resource-days)" or "unpriced (7 resource-days)". */
function driverFigure(d: TopCostDriversSection["drivers"][number], currency: string): string {
  if (d.total === null) return unpricedResourceDaysText(d.unpricedResourceDays);
  const extra = d.unpricedResourceDays > 0 ? ` + ${unpricedResourceDaysText(d.unpricedResourceDays)}` : "";
  return `${formatMoney(d.total, currency)}${d.estimated ? " est." : ""}${driverShare(d.share)}${extra}`;
}

function driversHtml(s: TopCostDriversSection, base: string): string {
  if (s.drivers.length === 0)
    return `<h2 ${H2}>Top cost drivers</h2><p ${MUTED}>No costs in this period.</p>`;
  const rows = s.drivers
    .map(
      (d) =>
        `<tr><td ${TD}>${d.path ? `<a href="${escapeHtml(base + d.path)}" style="color:#2563eb;font-weight:600">${escapeHtml(d.label)}</a>` : `<strong>${escapeHtml(d.label)}</strong>`}<br><span style="color:#64748b">${escapeHtml(d.detail)}</span></td><td ${TD_RIGHT}>${escapeHtml(driverFigure(d, s.currency))}</td></tr>`,
    )
    .join("");
  return `<h2 ${H2}>Top cost drivers</h2>
<p ${MUTED}>The ${s.drivers.length} largest of ${s.resourceCount} resources</p>
<table style="border-collapse:collapse;width:100%" data-figure="top-cost-drivers">${rows}</table>`;
}

function driversText(s: TopCostDriversSection): string {
  if (s.drivers.length === 0) return "TOP COST DRIVERS\nNo costs in this period.";
  return [
    "TOP COST DRIVERS",
    `The ${s.drivers.length} largest of ${s.resourceCount} resources:`,
    ...s.drivers.map((d) => `- ${d.label} (${d.detail}): ${driverFigure(d, s.currency)}`),
  ].join("\n");
}

function wasteMoney(item: NewWasteSection["items"][number], currency: string): string {
  if (item.monthlyCost === null) return "unpriced";
  return `${formatMoney(item.monthlyCost, currency)}/month${item.estimated ? " est." : ""}`;
}

/** "3 finding(s), $50.15/month; 1 unpriced, not in the total" (all unpriced: no total, never $0). */
function tallyText(t: WasteTally, currency: string): string {
  if (t.unpricedCount === t.count) return `${t.count} finding(s), all unpriced`;
  return `${t.count} finding(s), ${formatMoney(t.monthlyTotal, currency)}/month${t.unpricedCount > 0 ? `; ${t.unpricedCount} unpriced, not in the total` : ""}`;
}

/** What the owner has in all, then what is new: "nothing new" never hides standing waste. */
function wasteLines(s: NewWasteSection): string[] {
  if (s.owned.count === 0) return ["No waste found: nothing to clean up."];
  return [
    `You own ${tallyText(s.owned, s.currency)}`,
    `New in this period: ${s.items.length === 0 ? "none" : tallyText({ count: s.items.length, monthlyTotal: s.monthlyTotal, unpricedCount: s.unpricedCount }, s.currency)}`,
    `Standing (from before the period): ${s.standing.count === 0 ? "none" : tallyText(s.standing, s.currency)}`,
  ];
}

function wasteRowsHtml(items: NewWasteSection["items"], currency: string): string {
  return items
    .map(
      (i) =>
        `<tr><td ${TD}><strong>${escapeHtml(i.subject)}</strong><br><span style="color:#64748b">${escapeHtml(i.ruleLabel)}, ${escapeHtml(i.clusterName)}, since ${i.since.slice(0, 10)}; ${escapeHtml(i.basis)}</span></td><td ${TD_RIGHT}>${wasteMoney(i, currency)}</td></tr>`,
    )
    .join("");
}

function wasteHtml(s: NewWasteSection): string {
  const [owned, ...parts] = wasteLines(s);
  const table = (title: string, items: NewWasteSection["items"]) =>
    items.length === 0
      ? ""
      : `<h3 style="margin:12px 0 4px;font-size:14px">${title}</h3><table style="border-collapse:collapse;width:100%">${wasteRowsHtml(items, s.currency)}</table>`;
  return `<h2 ${H2}>Waste you own</h2>
<p style="margin:4px 0;font-weight:600" data-figure="owned-waste-total">${escapeHtml(owned ?? "")}</p>
${parts.map((p) => `<p ${MUTED}>${escapeHtml(p)}</p>`).join("\n")}
${table("New in this period", s.items)}
${table("Largest standing", s.standingTop)}`;
}

function wasteText(s: NewWasteSection): string {
  const list = (title: string, items: NewWasteSection["items"]) =>
    items.length === 0
      ? []
      : [
          `${title}:`,
          ...items.map(
            (i) =>
              `- ${i.subject} (${i.ruleLabel}, ${i.clusterName}, since ${i.since.slice(0, 10)}): ${wasteMoney(i, s.currency)}`,
          ),
        ];
  return [
    "WASTE YOU OWN",
    ...wasteLines(s),
    ...list("New in this period", s.items),
    ...list("Largest standing", s.standingTop),
  ].join("\n");
}

type Renderers = {
  [K in DigestSection["kind"]]: {
    /** `base`: the app's address, for links to the pages behind a figure. */
    html(section: Extract<DigestSection, { kind: K }>, base: string): string;
    text(section: Extract<DigestSection, { kind: K }>, base: string): string;
  };
};

const RENDERERS: Renderers = {
  "spend-trend": { html: spendHtml, text: spendText },
  "top-cost-drivers": { html: driversHtml, text: driversText },
  "new-waste": { html: wasteHtml, text: wasteText },
  "open-recommendations": { html: openRecommendationsHtml, text: openRecommendationsText },
  "gpu-idle": { html: gpuIdleHtml, text: gpuIdleText },
};

export function renderSectionHtml(section: DigestSection, base: string): string {
  return (RENDERERS[section.kind].html as (s: DigestSection, base: string) => string)(section, base);
}

export function renderSectionText(section: DigestSection, base: string): string {
  return (RENDERERS[section.kind].text as (s: DigestSection, base: string) => string)(section, base);
}
