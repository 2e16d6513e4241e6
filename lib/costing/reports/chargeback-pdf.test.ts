import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as mupdf from "mupdf";
import { describe, expect, it } from "vitest";
import { formatMoney } from "../../format-money";
import { parseCsv } from "../../testing/parse-csv";
import { chargebackCsv } from "./chargeback-csv";
import { chargebackPdf } from "./chargeback-pdf";
import { buildChargebackReport, type ChargebackLine } from "./chargeback-report";
import { octoberInput } from "./chargeback-test-fixtures";

const ARTIFACTS = path.resolve(import.meta.dirname, "../../../artifacts/reports");

/** Opens the PDF with MuPDF (WebAssembly), renders every page to PNG, and returns each page's text. */
function renderPages(pdf: Buffer, name: string): string[] {
  const document = mupdf.Document.openDocument(pdf, "application/pdf");
  mkdirSync(ARTIFACTS, { recursive: true });
  const texts: string[] = [];
  for (let i = 0; i < document.countPages(); i++) {
    const page = document.loadPage(i);
    const pixmap = page.toPixmap(mupdf.Matrix.scale(1.5, 1.5), mupdf.ColorSpace.DeviceRGB, false, true);
    const png = pixmap.asPNG();
    expect(png.length, `page ${i + 1} renders`).toBeGreaterThan(5_000);
    writeFileSync(path.join(ARTIFACTS, `${name}-page-${i + 1}.png`), png);
    texts.push(page.toStructuredText("preserve-whitespace").asText());
  }
  return texts;
}

describe("chargebackPdf", () => {
  it("opens, has a summary page, a page per team and the unallocated page, each rendering with the CSV's figures", async () => {
    const report = buildChargebackReport(octoberInput());
    const pdf = await chargebackPdf(report);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const pages = renderPages(pdf, "chargeback-2026-10-team");
    expect(pages).toHaveLength(1 + 3 + 1);

    const csv = parseCsv(chargebackCsv(report));
    const usd = (amount: string | undefined) => formatMoney(amount ?? "", "USD");
    const [summary, web, ml, noTeam, unallocated] = pages as [string, string, string, string, string];
    expect(summary).toContain("Storage chargeback, October 2026");
    expect(summary).toContain(usd(csv.find((r) => r.row_type === "total")?.total));
    expect(summary).toContain("Reconciles");
    expect(summary).toContain("Shown separately, not charged to any team");
    for (const row of csv.filter((r) => r.row_type === "group-total"))
      expect(summary).toContain(usd(row.total));

    const pageOf: Record<string, string> = { Web: web, ML: ml, "No team": noTeam };
    for (const row of csv.filter((r) => r.row_type === "namespace" || r.row_type === "group-total")) {
      const page = pageOf[row.group ?? ""] ?? "";
      expect(page).toContain(`Team: ${row.group}`);
      for (const column of ["volumes", "snapshots", "total"] as const)
        expect(page).toContain(usd(row[column]));
    }
    expect(ml).toContain("lab");
    for (const row of csv.filter((r) => r.row_type === "unallocated" || r.row_type === "unallocated-total")) {
      expect(unallocated).toContain(usd(row.total));
    }
    expect(unallocated).toContain("web (Web)");
  });

  it("prints a line with no priced cost as unpriced with its resource-days, never $0.00, and the other currencies' totals", async () => {
    const input = octoberInput({ otherCurrencies: [{ currency: "EUR", total: "7.77" }] });
    const base = input.lines[0] as ChargebackLine;
    const unpriced = (over: Partial<ChargebackLine>): ChargebackLine => ({
      ...base,
      cost: "0",
      estimated: "0",
      ...over,
    });
    const report = buildChargebackReport({
      ...input,
      lines: [
        ...input.lines,
        // ML's prod/scratch: three resource-days, none priced.
        unpriced({ namespace: "scratch", unpricedResourceDays: 3 }),
        // Team Data: nothing priced at all.
        unpriced({ groupKey: "data", groupName: "Data", namespace: "etl", unpricedResourceDays: 2 }),
        // An unallocated snapshot never claimed, one resource-day without a price.
        unpriced({
          allocation: "unallocated",
          groupKey: "(unallocated)",
          groupName: "Unallocated",
          namespace: null,
          kind: "snapshots",
          unpricedResourceDays: 1,
        }),
      ],
    });
    const pages = renderPages(await chargebackPdf(report), "chargeback-2026-10-unpriced");
    const [summary] = pages as [string];
    const page = (title: string) => pages.find((text) => text.includes(title)) ?? "";
    // MuPDF gives each table cell a line of its own, a row's cells one after the other.
    const row = (...cells: string[]) => `\n${cells.join("\n")}\n`;

    expect(summary).toContain("Also in EUR: €7.77, not added to USD.");
    expect(summary).toContain("Unpriced: 8 resource-days have no known price");
    expect(page("Team: ML")).toContain(row("prod", "scratch", "unpriced (3 resource-days)"));
    const data = page("Team: Data");
    expect(data).toContain("Total unknown: 2 resource-days with no known price.");
    expect(data).toContain(row("prod", "etl", "unpriced (2 resource-days)"));
    expect(data).toContain(row("Total", "unpriced (2 resource-days)"));
    expect(data).not.toContain("$0.00");
    // A team with some priced cost keeps its amounts and says what is not in them.
    expect(page("Team: No team")).toContain("Not in these amounts: 2 resource-days with no known price.");
    expect(pages.at(-1)).toContain(row("prod", "(never claimed)", "unpriced (1 resource-day)"));
  });

  it("runs a long team onto pages of its own, each with the heading, and labels every page of a preliminary report", async () => {
    // Team Big: 60 namespaces of $1.00 to $60.00, more than one page of table.
    const many = Array.from({ length: 60 }, (_, i) => ({
      ...(octoberInput().lines[0] as ChargebackLine),
      groupKey: "big",
      groupName: "Big",
      namespace: `ns-${String(i + 1).padStart(2, "0")}`,
      cost: String(i + 1),
    }));
    const input = octoberInput({ close: null, by: "cost-centre" });
    const report = buildChargebackReport({
      ...input,
      lines: [...input.lines, ...many],
      fleetTotal: "1876.0603",
    });
    const pages = renderPages(await chargebackPdf(report), "chargeback-2026-10-preliminary");
    for (const text of pages) expect(text).toContain("PRELIMINARY: month not closed");
    const big = pages.filter((text) => text.includes("Cost centre: Big"));
    expect(big).toHaveLength(2);
    expect(big[1]).toContain("Cost centre: Big (continued)");
    const text = big.join("\n");
    for (let dollars = 1; dollars <= 60; dollars++) expect(text).toContain(`$${dollars}.00`);
    expect(text).toContain("$1,830.00");
  });
});
