"use client";
import { type ReactNode, useMemo, useState } from "react";
import { Pager } from "./pager";
import { type Column, pageRows, type SortState, sortRows, tableCsv } from "./table-model";
import { TableScroll } from "./table-scroll";

export const HEADER_CELL = "px-3 py-2 font-medium";

function download(fileName: string, csv: string) {
  const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * A client-side table: click a header to sort (again to reverse), pages of `pageSize` rows, and a
 * CSV export of the rows it holds in the order shown (every page, not only the visible one).
 * Scrolls sideways inside its own box on a narrow screen, never the page.
 */
export function DataTable<Row>(props: {
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  label: string;
  noun?: string;
  pageSize?: number;
  initialSort?: SortState;
  csvFileName?: string;
  empty?: ReactNode;
  testId?: string;
  rowTestId?: (row: Row) => string;
  /** Rows after the body (<tfoot>), e.g. a total over every row; they neither sort nor page. */
  footer?: ReactNode;
}) {
  const [sort, setSort] = useState<SortState | undefined>(props.initialSort);
  const [page, setPage] = useState(1);
  const sorted = useMemo(
    () =>
      sortRows(
        props.rows,
        props.columns.find((c) => c.key === sort?.key),
        sort?.direction ?? "asc",
      ),
    [props.rows, props.columns, sort],
  );
  const pageSize = props.pageSize ?? 50;
  const shown = pageRows(sorted, page, pageSize);
  const visible = props.columns.filter((column) => !column.csvOnly);
  if (props.rows.length === 0)
    return <p className="text-slate-500 text-sm">{props.empty ?? "Nothing to show."}</p>;
  const toggle = (key: string) => {
    setSort((current) => ({
      key,
      direction: current?.key === key && current.direction === "asc" ? "desc" : "asc",
    }));
    setPage(1);
  };
  return (
    <div className="min-w-0" data-testid={props.testId}>
      {props.csvFileName ? (
        <div className="mb-2 flex justify-end">
          <button
            type="button"
            className="rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100"
            onClick={() => download(props.csvFileName as string, tableCsv(props.columns, sorted))}
          >
            Export CSV
          </button>
        </div>
      ) : null}
      <TableScroll>
        <table className="w-full text-sm" aria-label={props.label}>
          <thead>
            <tr className="text-left text-slate-500">
              {visible.map((column) => {
                const active = sort?.key === column.key;
                const align = column.align === "right" ? "text-right" : "";
                return (
                  <th
                    key={column.key}
                    scope="col"
                    className={`${HEADER_CELL} ${align}`}
                    aria-sort={active ? (sort.direction === "asc" ? "ascending" : "descending") : undefined}
                  >
                    {column.sortValue ? (
                      <button
                        type="button"
                        className="font-medium hover:underline"
                        onClick={() => toggle(column.key)}
                      >
                        {column.header}
                        {active ? (sort.direction === "asc" ? " ▲" : " ▼") : ""}
                      </button>
                    ) : (
                      column.header
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {shown.rows.map((row) => (
              <tr
                key={props.rowKey(row)}
                className="border-slate-100 border-t"
                data-testid={props.rowTestId?.(row)}
              >
                {visible.map((column) => {
                  const Cell = column.rowHeader ? "th" : "td";
                  return (
                    <Cell
                      key={column.key}
                      scope={column.rowHeader ? "row" : undefined}
                      className={`px-3 py-2 ${column.rowHeader ? "text-left font-medium" : ""} ${column.align === "right" ? "text-right tabular-nums" : ""}`}
                      data-testid={column.testId}
                    >
                      {column.cell(row)}
                    </Cell>
                  );
                })}
              </tr>
            ))}
          </tbody>
          {props.footer ? <tfoot>{props.footer}</tfoot> : null}
        </table>
      </TableScroll>
      <Pager
        page={shown.page}
        pageSize={pageSize}
        total={sorted.length}
        noun={props.noun ?? "rows"}
        onPage={setPage}
        hideWhenSingle
      />
    </div>
  );
}
