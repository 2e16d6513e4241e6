// Drawing helpers for the PDF report (pdfkit, its bundled standard fonts, vector shapes only).

export const PAGE = { width: 595.28, height: 841.89, margin: 48 } as const;
const BOTTOM = PAGE.height - PAGE.margin;
export const INK = "#0f172a";
export const MUTED = "#64748b";
const RULE = "#e2e8f0";
const BAR = "#2563eb";
const BAR_UNALLOCATED = "#f59e0b";

export interface TableColumn {
  header: string;
  width: number;
  align?: "left" | "right";
}

/**
 * A table from `y` on. When the rows run past the bottom margin, `newPage` starts the next page
 * (with its heading) and says where the table goes on, and the header is repeated there. A row
 * with fewer cells than columns has its last cell span the columns left, aligned as the last one.
 * Returns where the table ends.
 */
export function drawTable(
  doc: PDFKit.PDFDocument,
  columns: TableColumn[],
  rows: { cells: string[]; bold?: boolean }[],
  y: number,
  newPage: () => number,
): number {
  const rowHeight = 16;
  const header = (top: number) => {
    doc.font("Helvetica-Bold").fontSize(8.5).fillColor(MUTED);
    let x = PAGE.margin;
    for (const column of columns) {
      doc.text(column.header, x + 2, top + 4, {
        width: column.width - 4,
        align: column.align ?? "left",
        lineBreak: false,
      });
      x += column.width;
    }
    doc
      .moveTo(PAGE.margin, top + rowHeight)
      .lineTo(PAGE.width - PAGE.margin, top + rowHeight)
      .strokeColor(RULE)
      .stroke();
    return top + rowHeight;
  };
  let top = header(y);
  for (const row of rows) {
    if (top + rowHeight > BOTTOM) top = header(newPage());
    doc
      .font(row.bold ? "Helvetica-Bold" : "Helvetica")
      .fontSize(9)
      .fillColor(INK);
    let x = PAGE.margin;
    row.cells.forEach((cell, i) => {
      const column = columns[i] as TableColumn;
      const spanned = i === row.cells.length - 1 ? columns.slice(i) : [column];
      const width = spanned.reduce((w, c) => w + c.width, 0);
      doc.text(cell, x + 2, top + 4, {
        width: width - 4,
        align: (spanned.at(-1) as TableColumn).align ?? "left",
        lineBreak: false,
        ellipsis: true,
      });
      x += width;
    });
    top += rowHeight;
    doc
      .moveTo(PAGE.margin, top)
      .lineTo(PAGE.width - PAGE.margin, top)
      .strokeColor(RULE)
      .stroke();
  }
  return top;
}

export interface Bar {
  label: string;
  value: number;
  text: string;
  unallocated?: boolean;
}

/** Horizontal bars, one per item, scaled to the largest; label on the left, amount on the right. */
export function drawBars(doc: PDFKit.PDFDocument, bars: Bar[], y: number): number {
  const labelWidth = 150;
  const textWidth = 90;
  const barLeft = PAGE.margin + labelWidth;
  const barMax = PAGE.width - 2 * PAGE.margin - labelWidth - textWidth;
  const max = Math.max(...bars.map((b) => b.value), 0);
  const height = 12;
  let top = y;
  for (const bar of bars) {
    if (top + height + 6 > BOTTOM) break;
    doc.font("Helvetica").fontSize(8.5).fillColor(INK);
    doc.text(bar.label, PAGE.margin, top + 2, { width: labelWidth - 8, lineBreak: false, ellipsis: true });
    // Bar lengths are a picture of the amounts, not the amounts: a float ratio is enough to draw them.
    const width = max > 0 ? Math.max((bar.value / max) * barMax, bar.value > 0 ? 1 : 0) : 0;
    if (width > 0) doc.rect(barLeft, top, width, height).fill(bar.unallocated ? BAR_UNALLOCATED : BAR);
    doc.fillColor(INK).text(bar.text, barLeft + barMax + 4, top + 2, {
      width: textWidth - 4,
      align: "right",
      lineBreak: false,
    });
    top += height + 6;
  }
  return top;
}
