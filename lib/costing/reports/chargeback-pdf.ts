import PDFDocument from "pdfkit";
import { formatMoney } from "../../format-money";
import { Dec } from "../../pricing/decimal";
import { priceCoverage, resourceDays, unpricedResourceDaysText } from "../cost-amount";
import type { ChargebackReport, ReportFigures, ReportNamespace } from "./chargeback-report";
import { type Bar, drawBars, drawTable, INK, MUTED, PAGE, type TableColumn } from "./pdf-drawing";

// The chargeback as a PDF, made on the server with pdfkit: a summary page (totals, reconciliation,
// a bar chart of the teams and unallocated, the unallocated policy), a page per team or cost
// centre (its namespaces), and the unallocated costs by likely owner. Every amount is the CSV's:
// both print the report's cents.

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

function monthTitle(month: string): string {
  const [year, m] = month.split("-").map(Number) as [number, number];
  return `${MONTHS[m - 1]} ${year}`;
}

const GROUP_LABEL = { team: "Team", "cost-centre": "Cost centre" } as const;

function heading(doc: PDFKit.PDFDocument, report: ChargebackReport, title: string) {
  doc.font("Helvetica").fontSize(9).fillColor(MUTED);
  doc.text(
    `Tierscope storage chargeback · ${monthTitle(report.month)} · ${report.currency}`,
    PAGE.margin,
    PAGE.margin,
  );
  if (report.status === "preliminary") {
    doc
      .font("Helvetica-Bold")
      .fillColor("#b91c1c")
      .text("PRELIMINARY: month not closed", PAGE.margin, PAGE.margin, { align: "right" });
  }
  doc
    .font("Helvetica-Bold")
    .fontSize(18)
    .fillColor(INK)
    .text(title, PAGE.margin, PAGE.margin + 18);
  return PAGE.margin + 48;
}

/** A new page for a table that runs on: the same heading, "(continued)". */
function continuation(doc: PDFKit.PDFDocument, report: ChargebackReport, title: string): () => number {
  return () => {
    doc.addPage();
    return heading(doc, report, `${title} (continued)`);
  };
}

/** Nothing of it has a price: its amounts are unknown, not $0.00. */
const unpricedOnly = (f: ReportFigures) =>
  priceCoverage({ total: f.total.exact, unpricedResourceDays: f.unpricedResourceDays }) === "unpriced";

/**
 * A line's volumes, snapshots and total; or, when none of it is priced, one cell spanning the three
 * that says how many resource-days are unpriced, so an unknown cost never reads as $0.00.
 */
const figureRow = (money: (a: string) => string, f: ReportFigures) =>
  unpricedOnly(f)
    ? [unpricedResourceDaysText(f.unpricedResourceDays)]
    : [money(f.volumes.cents), money(f.snapshots.cents), money(f.total.cents)];

/** A bar's amount: "unpriced" when none of it is priced. */
const barText = (money: (a: string) => string, f: ReportFigures) =>
  unpricedOnly(f) ? "unpriced" : money(f.total.cents);

/** Renders the report; resolves to the PDF's bytes. */
export function chargebackPdf(report: ChargebackReport): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: PAGE.margin,
    info: { Title: `Storage chargeback ${report.month}`, Author: "Tierscope" },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const money = (amount: string) => formatMoney(amount, report.currency);
  const groupLabel = GROUP_LABEL[report.by];

  // Summary.
  let y = heading(doc, report, `Storage chargeback, ${monthTitle(report.month)}`);
  doc.font("Helvetica").fontSize(10).fillColor(INK);
  const status =
    report.status === "closed"
      ? `Closed month (closed ${report.closedAt?.slice(0, 10)} by ${report.closedBy}).`
      : "Preliminary: this month is not closed, and its figures can still change.";
  doc.text(
    `By ${groupLabel.toLowerCase()}, ${report.window.from} to ${report.window.to}. ${status} Generated ${report.generatedAt.slice(0, 16).replace("T", " ")} UTC.`,
    PAGE.margin,
    y,
    { width: PAGE.width - 2 * PAGE.margin },
  );
  y = doc.y + 12;
  const t = report.totals;
  y = drawTable(
    doc,
    [
      { header: "", width: 200 },
      { header: "Volumes", width: 100, align: "right" },
      { header: "Snapshots", width: 100, align: "right" },
      { header: "Total", width: 99, align: "right" },
    ],
    [
      { cells: ["Allocated", ...figureRow(money, report.allocated)] },
      { cells: ["Unallocated", ...figureRow(money, report.unallocated)] },
      { cells: ["Total", ...figureRow(money, t)], bold: true },
    ],
    y,
    continuation(doc, report, "Storage chargeback"),
  );
  doc
    .font("Helvetica")
    .fontSize(9)
    .fillColor(report.reconciliation.reconciles ? INK : "#b91c1c");
  doc.text(
    report.reconciliation.reconciles
      ? `Reconciles: the fleet's facts for the month total ${money(t.total.cents)}, and the ${groupLabel.toLowerCase()} lines plus unallocated add up to it exactly.`
      : `Does not reconcile: the fleet's facts total ${report.reconciliation.fleetTotal}, the lines ${report.reconciliation.partsTotal}.`,
    PAGE.margin,
    y + 8,
    { width: PAGE.width - 2 * PAGE.margin },
  );
  if (t.unpricedResourceDays > 0) {
    doc
      .fillColor(INK)
      .text(
        `Unpriced: ${t.unpricedResourceDays} resource-days have no known price and are in no amount (never counted as $0).`,
      );
  }
  for (const other of report.otherCurrencies) {
    doc.text(
      `Also in ${other.currency}: ${formatMoney(other.total, other.currency)}, not added to ${report.currency}.`,
    );
  }
  y = doc.y + 14;
  doc
    .font("Helvetica-Bold")
    .fontSize(11)
    .fillColor(INK)
    .text(`Spend by ${groupLabel.toLowerCase()}`, PAGE.margin, y);
  const bars: Bar[] = [
    ...report.groups.map((g) => ({
      label: g.name,
      value: Number(g.total.cents),
      text: barText(money, g),
    })),
    {
      label: "Unallocated",
      value: Number(report.unallocated.total.cents),
      text: barText(money, report.unallocated),
      unallocated: true,
    },
  ];
  y = drawBars(doc, bars, doc.y + 6);
  doc
    .font("Helvetica-Bold")
    .fontSize(11)
    .fillColor(INK)
    .text("Unallocated costs: the policy", PAGE.margin, y + 8);
  doc
    .font("Helvetica")
    .fontSize(9)
    .text(report.unallocated.policy, { width: PAGE.width - 2 * PAGE.margin });

  // A page per team or cost centre.
  const namespaceColumns: TableColumn[] = [
    { header: "Cluster", width: 110 },
    { header: "Namespace", width: 150 },
    { header: "Volumes", width: 80, align: "right" },
    { header: "Snapshots", width: 80, align: "right" },
    { header: "Total", width: 79, align: "right" },
  ];
  for (const group of report.groups) {
    const title = `${groupLabel}: ${group.name}`;
    doc.addPage();
    y = heading(doc, report, title);
    doc.font("Helvetica").fontSize(10).fillColor(INK);
    const unpriced = group.unpricedResourceDays;
    doc.text(
      unpricedOnly(group)
        ? `Total unknown: ${resourceDays(unpriced)} with no known price.`
        : `Total ${money(group.total.cents)}: volumes ${money(group.volumes.cents)}, snapshots ${money(group.snapshots.cents)}.` +
            (unpriced > 0 ? ` Not in these amounts: ${resourceDays(unpriced)} with no known price.` : ""),
      PAGE.margin,
      y,
      { width: PAGE.width - 2 * PAGE.margin },
    );
    y = drawBars(
      doc,
      group.namespaces.slice(0, 10).map((n) => ({
        label: `${n.clusterName}/${n.namespace}`,
        value: Number(n.total.cents),
        text: barText(money, n),
      })),
      doc.y + 10,
    );
    drawTable(
      doc,
      namespaceColumns,
      [
        ...group.namespaces.map((n) => ({
          cells: [n.clusterName, n.namespace ?? "", ...figureRow(money, n)],
        })),
        { cells: ["Total", "", ...figureRow(money, group)], bold: true },
      ],
      y + 6,
      continuation(doc, report, title),
    );
  }

  // Unallocated.
  doc.addPage();
  y = heading(doc, report, "Unallocated");
  doc
    .font("Helvetica")
    .fontSize(9)
    .fillColor(INK)
    .text(report.unallocated.policy, PAGE.margin, y, { width: PAGE.width - 2 * PAGE.margin });
  const owner = (n: ReportNamespace) =>
    n.namespace ? `${n.namespace}${n.likelyOwnerTeam ? ` (${n.likelyOwnerTeam})` : ""}` : "(never claimed)";
  drawTable(
    doc,
    [{ header: "Cluster", width: 110 }, { header: "Likely owner", width: 150 }, ...namespaceColumns.slice(2)],
    [
      ...report.unallocated.owners.map((n) => ({ cells: [n.clusterName, owner(n), ...figureRow(money, n)] })),
      { cells: ["Total", "", ...figureRow(money, report.unallocated)], bold: true },
    ],
    doc.y + 10,
    continuation(doc, report, "Unallocated"),
  );
  doc.end();
  return done;
}
