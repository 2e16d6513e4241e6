import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { DataTable } from "./data-table";
import type { Column } from "./table-model";

interface Row {
  id: string;
  gib: number;
}

const COLUMNS: Column<Row>[] = [
  { key: "id", header: "Volume", cell: (r) => r.id, sortValue: (r) => r.id },
  { key: "gib", header: "Size (GiB)", cell: (r) => `${r.gib} GiB`, sortValue: (r) => r.gib, align: "right" },
];
const ROWS: Row[] = Array.from({ length: 12 }, (_, i) => ({
  id: `pv-${String(i).padStart(2, "0")}`,
  gib: (i * 7) % 12,
}));

const bodyCells = (column: number) =>
  screen
    .getAllByRole("row")
    .slice(1)
    .map((row) => within(row).getAllByRole("cell")[column]?.textContent);

afterEach(cleanup);

describe("DataTable", () => {
  it("shows one page of rows and moves to the next", () => {
    render(
      <DataTable
        columns={COLUMNS}
        rows={ROWS}
        rowKey={(r) => r.id}
        label="Volumes"
        pageSize={5}
        noun="volumes"
      />,
    );
    expect(bodyCells(0)).toEqual(["pv-00", "pv-01", "pv-02", "pv-03", "pv-04"]);
    expect(screen.getByText(/12 volumes · page 1 of 3/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Next" }));
    expect(bodyCells(0)).toEqual(["pv-05", "pv-06", "pv-07", "pv-08", "pv-09"]);
  });

  it("sorts by a header, reverses on a second click, and marks the column for screen readers", () => {
    render(<DataTable columns={COLUMNS} rows={ROWS} rowKey={(r) => r.id} label="Volumes" pageSize={3} />);
    fireEvent.click(screen.getByRole("button", { name: "Size (GiB)" }));
    expect(bodyCells(1)).toEqual(["0 GiB", "1 GiB", "2 GiB"]);
    expect(screen.getByRole("columnheader", { name: /Size/ }).getAttribute("aria-sort")).toBe("ascending");
    fireEvent.click(screen.getByRole("button", { name: /Size \(GiB\)/ }));
    expect(bodyCells(1)).toEqual(["11 GiB", "10 GiB", "9 GiB"]);
    expect(screen.getByRole("columnheader", { name: /Size/ }).getAttribute("aria-sort")).toBe("descending");
  });

  it("says so when there are no rows, and offers no export", () => {
    render(
      <DataTable
        columns={COLUMNS}
        rows={[]}
        rowKey={(r) => r.id}
        label="Volumes"
        csvFileName="v.csv"
        empty="No volumes."
      />,
    );
    expect(screen.getByText("No volumes.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Export CSV" })).toBeNull();
  });

  it("exports every row in the order shown as a CSV download", async () => {
    const created: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => {
      created.push(blob);
      return "blob:table";
    };
    URL.revokeObjectURL = () => {};
    render(
      <DataTable
        columns={COLUMNS}
        rows={ROWS}
        rowKey={(r) => r.id}
        label="Volumes"
        pageSize={2}
        csvFileName="v.csv"
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Size (GiB)" }));
    fireEvent.click(screen.getByRole("button", { name: /Size/ }));
    fireEvent.click(screen.getByRole("button", { name: "Export CSV" }));
    const lines = (await (created[0] as Blob).text()).trim().split("\n");
    expect(lines).toHaveLength(13);
    expect(lines.slice(0, 3)).toEqual(["Volume,Size (GiB)", "pv-05,11", "pv-10,10"]);
  });

  it("keeps CSV-only columns out of the page and shows the footer below every page", () => {
    const withCluster: Column<Row>[] = [
      ...COLUMNS,
      { key: "cluster", header: "Cluster", cell: () => "eks-a", csvValue: () => "eks-a", csvOnly: true },
    ];
    render(
      <DataTable
        columns={withCluster}
        rows={ROWS}
        rowKey={(r) => r.id}
        label="Volumes"
        pageSize={5}
        footer={
          <tr>
            <td>Total</td>
            <td>66 GiB</td>
          </tr>
        }
      />,
    );
    expect(screen.queryByRole("columnheader", { name: "Cluster" })).toBeNull();
    expect(screen.queryByText("eks-a")).toBeNull();
    const rows = screen.getAllByRole("row");
    expect(rows).toHaveLength(7);
    expect(rows.at(-1)?.textContent).toBe("Total66 GiB");
  });
});
