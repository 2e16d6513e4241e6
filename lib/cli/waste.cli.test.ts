import { beforeAll, describe, expect, it } from "vitest";
import { WASTE_CSV_COLUMNS } from "../costing/waste/findings-csv";
import { WASTE_RULES } from "../costing/waste/waste-rules";
import { runTierscope } from "../testing/run-tierscope";
import { temporaryDataDir } from "../testing/temporary-data-dir";

interface WasteJson {
  currency: string;
  totals: { rule: string; count: number; monthlyCost: string; unpricedCount: number }[];
  findings: {
    rule: string;
    clusterName: string;
    cost: { status: string; monthlyCost: string | null };
    fix: { command: string };
  }[];
}

describe("tierscope waste", () => {
  const dataDir = temporaryDataDir("tierscope-waste-");

  beforeAll(async () => {
    const demo = await runTierscope(["demo", "--no-serve"], dataDir);
    expect(demo.status, demo.stderr).toBe(0);
  }, 300_000);

  it("finds every rule's story in the demo fleet, with $/month and a command", async () => {
    const result = await runTierscope(["waste", "--format", "json"], dataDir);
    expect(result.status, result.stderr).toBe(0);
    const waste = JSON.parse(result.stdout) as WasteJson;
    expect(waste.currency).toBe("USD");
    expect(waste.totals.map((t) => t.rule)).toEqual([...WASTE_RULES]);
    for (const total of waste.totals) {
      expect(total.count, total.rule).toBeGreaterThan(0);
      expect(Number(total.monthlyCost), total.rule).toBeGreaterThan(0);
    }
    expect(waste.findings).toHaveLength(waste.totals.reduce((n, t) => n + t.count, 0));
    for (const finding of waste.findings) {
      expect(finding.fix.command).toMatch(/kubectl|apiVersion: v1/);
      // Unpriced means no figure, never $0.
      if (finding.cost.status === "unpriced") expect(finding.cost.monthlyCost).toBeNull();
    }
  });

  it("exports one cluster's findings of one rule as CSV, money as decimal strings with currency", async () => {
    const result = await runTierscope(
      ["waste", "--cluster", "prod-eks-use1", "--rule", "released-volume", "--format", "csv"],
      dataDir,
    );
    expect(result.status, result.stderr).toBe(0);
    const [header, ...rows] = result.stdout.trimEnd().split("\r\n");
    expect(header).toBe(WASTE_CSV_COLUMNS.join(","));
    const records = rows.filter((row) => row.startsWith("released-volume,"));
    expect(records.length).toBeGreaterThan(0);
    for (const row of records) {
      expect(row).toMatch(/^released-volume,prod-eks-use1,PersistentVolume,/);
      expect(row).toMatch(/,\d+\.\d{2},USD,priced,/);
    }
  });

  it("prints a table grouped by rule with the commands and a total", async () => {
    const result = await runTierscope(["waste", "--rule", "retained-content"], dataDir);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Retained snapshot contents: \d+$/m);
    expect(result.stdout).toContain("kubectl patch volumesnapshotcontent");
    expect(result.stdout).toMatch(/^\d+ finding\(s\), \$[\d,]+\.\d{2}\/month/m);
  });

  it("names a cluster it cannot find, and refuses an unknown rule, in one line", async () => {
    const missing = await runTierscope(["waste", "--cluster", "nowhere"], dataDir);
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim()).toMatch(/^tierscope: cluster: No cluster named "nowhere"/);
    const badRule = await runTierscope(["waste", "--rule", "everything"], dataDir);
    expect(badRule.status).not.toBe(0);
    expect(badRule.stderr.trim()).toMatch(
      /^tierscope: option '--rule <rule>' argument 'everything' is invalid/,
    );
  });
});
