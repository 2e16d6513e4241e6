import { describe, expect, it } from "vitest";
import { formatCostsCsv, formatCostsTable, loadCostsReport } from "../cli/commands/costs";
import { readChargebackReport } from "../queries/reports/get-chargeback-report";
import { ZShowbackQuery } from "../services/showback/showback-params";
import { createCostFacts } from "../testing/cost-factories";
import { createCluster, createOrganization } from "../testing/factories";
import { setUpTestDatabase } from "../testing/test-database";
import { chargebackCsv } from "./reports/chargeback-csv";

// Every view of one month in which a storage class and a namespace have no price at all: FSx for
// Lustre volumes (namespace sim) nobody prices, beside a priced gp3 volume (namespace ml) that also
// has one unpriced IOPS day. None may print $0.00 (or 0.00) for the unpriced ones: they read
// "unpriced (N resource-days)", and the gp3 figures that leave out a day are marked partial.

const { db } = setUpTestDatabase();
const now = new Date(Date.UTC(2026, 3, 10));

async function march() {
  const org = await createOrganization(db);
  const cluster = await createCluster(db, org.id, { name: "prod", provider: "aws" });
  const base = { clusterId: cluster.id, allocation: "allocated" as const };
  await createCostFacts(db, [
    {
      ...base,
      day: "2026-03-01",
      resourceUid: "gp3-a",
      namespace: "ml",
      storageClassName: "gp3",
      cost: "4.5",
    },
    {
      ...base,
      day: "2026-03-02",
      resourceUid: "gp3-a",
      namespace: "ml",
      storageClassName: "gp3",
      cost: "4.5",
    },
    {
      ...base,
      day: "2026-03-02",
      resourceUid: "gp3-a",
      namespace: "ml",
      storageClassName: "gp3",
      component: "iops",
      status: "unpriced",
    },
    ...["2026-03-01", "2026-03-02", "2026-03-03"].map((day) => ({
      ...base,
      day,
      resourceUid: "fsx-a",
      namespace: "sim",
      storageClassName: "fsx-lustre",
      category: "file",
      status: "unpriced" as const,
    })),
  ]);
}

describe("a wholly unpriced group is never shown as $0", () => {
  it("in Showback by storage class: the API's coverage, the CLI table and the CSV", async () => {
    await march();
    const report = await loadCostsReport(
      db,
      ZShowbackQuery.parse({ from: "2026-03-01", to: "2026-03-31", by: "storage-class" }),
    );
    const fsx = report.groups.find((g) => g.name === "fsx-lustre");
    const gp3 = report.groups.find((g) => g.name === "gp3");
    expect(fsx).toMatchObject({ coverage: "unpriced", unpricedResourceDays: 3 });
    expect(gp3).toMatchObject({ coverage: "partial", total: "9", unpricedResourceDays: 1 });
    expect(report.totals.coverage).toBe("partial");

    const table = formatCostsTable(report);
    const fsxLine = table.split("\n").find((line) => line.startsWith("fsx-lustre"));
    expect(fsxLine).toContain("unpriced (3 resource-days)");
    expect(fsxLine).not.toMatch(/\$0\.00/);
    expect(table).toMatch(/^gp3\s+prod\s+\$9\.00 \(partial: 1 resource-day unpriced\)/m);

    const csv = formatCostsCsv(report).split("\n");
    const fsxRow = csv.find((line) => line.includes(",fsx-lustre,"));
    // Blank amounts (unknown), then the counts: 3 unpriced, 0 included resource-days; nothing before.
    expect(fsxRow?.endsWith(",prod,USD,unpriced,,,,,3,0,0,0")).toBe(true);
  });

  it("in the chargeback report by namespace: CSV lines", async () => {
    await march();
    const report = await readChargebackReport(db, {
      month: "2026-03",
      by: "team",
      preliminary: true,
      now,
      teamIds: null,
    });
    const csv = chargebackCsv(report).split("\n");
    const sim = csv.find((line) => line.startsWith("namespace,") && line.includes(",sim,"));
    expect(sim).toBeDefined();
    expect(sim).not.toMatch(/0\.00/);
    expect(sim?.endsWith(",3,unpriced")).toBe(true);
  });
});
