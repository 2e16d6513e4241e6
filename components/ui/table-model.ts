import type Decimal from "decimal.js";
import type { ReactNode } from "react";
import { csvLine } from "@/lib/csv-cell";

/** A value a column sorts on: money as a Decimal (never a float), counts as numbers, text as text. */
export type SortValue = string | number | Decimal | null;

export interface Column<Row> {
  key: string;
  header: string;
  cell: (row: Row) => ReactNode;
  /** What the column sorts on; a column without one cannot be sorted. */
  sortValue?: (row: Row) => SortValue;
  /** The column's CSV text; defaults to the sort value. A column with neither is left out of the CSV. */
  csvValue?: (row: Row) => string | null;
  align?: "left" | "right";
  /** data-testid of the column's cells, for specs that read one figure. */
  testId?: string;
  /** Renders the cell as a row header (<th scope="row">), e.g. the row's name. */
  rowHeader?: boolean;
  /** Exported in the CSV only (e.g. a currency or cluster the page shows elsewhere in a cell). */
  csvOnly?: boolean;
}

export type SortDirection = "asc" | "desc";
export interface SortState {
  key: string;
  direction: SortDirection;
}

/**
 * A money cell's CSV text: the exact decimal string, or "unpriced" where no price is known. An
 * unknown cost is never written as 0.
 */
export function csvMoney(amount: string | null, priced: boolean): string {
  return priced && amount !== null ? amount : "unpriced";
}

function compareValues(a: SortValue, b: SortValue): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "string" && typeof b === "string") return a.localeCompare(b);
  if (a !== null && b !== null && typeof a === "object" && typeof b === "object") return a.cmp(b);
  return String(a).localeCompare(String(b));
}

/** Rows ordered by one column; rows without a value (unpriced, unknown) go last either way. */
export function sortRows<Row>(
  rows: readonly Row[],
  column: Column<Row> | undefined,
  direction: SortDirection,
): Row[] {
  const sortValue = column?.sortValue;
  if (!sortValue) return [...rows];
  const sign = direction === "asc" ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: sortValue(row) }))
    .sort((x, y) => {
      if (x.value === null || y.value === null) {
        return x.value === y.value ? x.index - y.index : x.value === null ? 1 : -1;
      }
      return sign * compareValues(x.value, y.value) || x.index - y.index;
    })
    .map((entry) => entry.row);
}

/** The rows on one 1-based page (the last page when `page` is past it). */
export function pageRows<Row>(
  rows: readonly Row[],
  page: number,
  pageSize: number,
): { rows: Row[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  const current = Math.min(Math.max(1, page), pages);
  return { rows: rows.slice((current - 1) * pageSize, current * pageSize), page: current, pages };
}

function csvText(value: SortValue): string | null {
  if (value === null) return null;
  return typeof value === "object" ? value.toFixed() : String(value);
}

/** The table as CSV (a header line, then one line per row, in the order given). */
export function tableCsv<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): string {
  const exported = columns.filter((c) => c.csvValue || c.sortValue);
  const value = (column: Column<Row>, row: Row) =>
    column.csvValue ? column.csvValue(row) : csvText((column.sortValue as (r: Row) => SortValue)(row));
  return [
    csvLine(exported.map((c) => c.header)),
    ...rows.map((row) => csvLine(exported.map((c) => value(c, row)))),
  ]
    .join("\n")
    .concat("\n");
}
