import { describe, expect, it } from "vitest";
import { detectWaste } from "./detect-waste";
import { WASTE_CSV_COLUMNS, wasteFindingsCsv } from "./findings-csv";
import { serializeFinding } from "./serialize-finding";
import { context, inventory, volume } from "./waste-test-fixtures";

describe("waste CSV", () => {
  const findings = detectWaste(
    inventory({
      volumes: [
        volume({ name: "priced", phase: "Released" }),
        volume({
          name: "unknown",
          phase: "Released",
          storageClassName: "mystery",
          csiDriver: "example.com/array",
        }),
      ],
    }),
    context(),
  ).map((f) => serializeFinding(f));
  const [header, ...rows] = wasteFindingsCsv(findings).trimEnd().split("\r\n");

  it("has one row per finding with every column", () => {
    expect(header).toBe(WASTE_CSV_COLUMNS.join(","));
    expect(wasteFindingsCsv(findings).match(/^released-volume,/gm)).toHaveLength(2);
    expect(rows[0]).toMatch(/^released-volume,prod,PersistentVolume,,priced,uid-priced,unallocated,/);
  });

  it("writes money as a decimal string beside its currency, and nothing for an unknown price", () => {
    expect(rows[0]).toContain(",40.00,USD,priced,");
    expect(wasteFindingsCsv(findings)).toMatch(/,unknown,uid-unknown,[^\r]*,,USD,unpriced,/);
  });

  it("quotes multi-line commands", () => {
    expect(wasteFindingsCsv(findings)).toContain('"# Check that vol-priced holds nothing you need');
  });
});
