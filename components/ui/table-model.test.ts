import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { type Column, csvMoney, pageRows, sortRows, tableCsv } from "./table-model";

interface Row {
  name: string;
  costUsd: string | null;
  volumes: number;
}

const ROWS: Row[] = [
  { name: "ml", costUsd: "10.25", volumes: 3 },
  { name: "web", costUsd: null, volumes: 1 },
  { name: "data", costUsd: "10.5", volumes: 12 },
  { name: "=cmd()", costUsd: "-2.00", volumes: 0 },
];

const COLUMNS: Column<Row>[] = [
  { key: "name", header: "Namespace", cell: (r) => r.name, sortValue: (r) => r.name },
  {
    key: "cost",
    header: "Cost (USD)",
    cell: (r) => r.costUsd ?? "unpriced",
    sortValue: (r) => (r.costUsd === null ? null : new Decimal(r.costUsd)),
    csvValue: (r) => r.costUsd ?? "unpriced",
  },
  { key: "volumes", header: "Volumes", cell: (r) => r.volumes, sortValue: (r) => r.volumes },
  { key: "actions", header: "", cell: () => "link" },
];
const column = (key: string) => COLUMNS.find((c) => c.key === key);

describe("sortRows", () => {
  it("orders money exactly as decimals (10.5 after 10.25), unpriced rows last both ways", () => {
    expect(sortRows(ROWS, column("cost"), "asc").map((r) => r.name)).toEqual(["=cmd()", "ml", "data", "web"]);
    expect(sortRows(ROWS, column("cost"), "desc").map((r) => r.name)).toEqual([
      "data",
      "ml",
      "=cmd()",
      "web",
    ]);
  });

  it("orders numbers numerically, not as text (12 after 3)", () => {
    expect(sortRows(ROWS, column("volumes"), "asc").map((r) => r.volumes)).toEqual([0, 1, 3, 12]);
  });

  it("keeps the given order for a column that cannot sort", () => {
    expect(sortRows(ROWS, column("actions"), "desc")).toEqual(ROWS);
  });
});

describe("pageRows", () => {
  const many = Array.from({ length: 23 }, (_, i) => i);

  it("cuts 1-based pages and counts them", () => {
    expect(pageRows(many, 3, 10)).toEqual({ rows: [20, 21, 22], page: 3, pages: 3 });
  });

  it("shows the last page when asked past it, and one empty page for no rows", () => {
    expect(pageRows(many, 9, 10).page).toBe(3);
    expect(pageRows([], 1, 10)).toEqual({ rows: [], page: 1, pages: 1 });
  });
});

describe("tableCsv", () => {
  it("writes the exportable columns in the rows' order, unpriced as a word, formulas defused", () => {
    expect(tableCsv(COLUMNS, sortRows(ROWS, column("volumes"), "desc"))).toBe(
      [
        "Namespace,Cost (USD),Volumes",
        "data,10.5,12",
        "ml,10.25,3",
        "web,unpriced,1",
        "'=cmd(),-2.00,0",
        "",
      ].join("\n"),
    );
  });
});

describe("csvMoney", () => {
  it("writes a priced amount as its exact decimal string and an unknown one as unpriced, never 0", () => {
    expect(csvMoney("1204.5000000001", true)).toBe("1204.5000000001");
    expect(csvMoney("0", false)).toBe("unpriced");
    expect(csvMoney(null, true)).toBe("unpriced");
  });
});
