import path from "node:path";
import { describe, expect, it } from "vitest";
import { runTierscope } from "../testing/run-tierscope";
import { temporaryDataDir } from "../testing/temporary-data-dir";

const FIXTURES = path.resolve(import.meta.dirname, "../pricing/refresh/fixtures");

describe("tierscope prices", () => {
  it("refreshes from recorded Azure pages, then lists the new prices with their source and dates", async () => {
    const dataDir = temporaryDataDir("tierscope-prices-");
    const refresh = await runTierscope(
      [
        "prices",
        "refresh",
        "--provider",
        "azure",
        "--from-file",
        path.join(FIXTURES, "azure-retail-eastus-page-1.json"),
        path.join(FIXTURES, "azure-retail-eastus-page-2.json"),
      ],
      dataDir,
    );
    expect(refresh.stderr).toBe("");
    expect(refresh.stdout).toMatch(/Imported \d+ azure prices in force from \d{4}-\d{2}-\d{2}/);

    const list = await runTierscope(
      ["prices", "list", "--provider", "azure", "--product", "azure-ultra-disk", "--format", "json"],
      dataDir,
    );
    const catalog = JSON.parse(list.stdout) as {
      entries: { component: string; unitPrice: string; source: { kind: string } }[];
    };
    expect(catalog.entries.map((e) => [e.component, e.unitPrice, e.source.kind]).sort()).toEqual([
      ["capacity", "0.000164", "api_refresh"],
      ["iops", "0.000068", "api_refresh"],
      ["throughput", "0.000479", "api_refresh"],
    ]);
  });

  it("says what a refresh read: records matched, skipped with the reason, and not priced products", async () => {
    const refresh = await runTierscope(
      [
        "prices",
        "refresh",
        "--provider",
        "gcp",
        "--from-file",
        path.join(FIXTURES, "gcp-filestore-skus.json"),
      ],
      temporaryDataDir("tierscope-prices-"),
    );
    expect(refresh.stderr).toBe("");
    expect(refresh.stdout).toContain(
      "Read 8 provider records: 5 matched a priced product, 0 skipped with a reason, 3 of products Tierscope does not price.",
    );
    expect(refresh.stdout).toContain("not imported: 1 × Commit1Yr usage (only OnDemand prices are imported)");
    expect(refresh.stdout).toContain("not imported: 1 × FilestoreBackup: no product Tierscope prices");
  });

  it("names the cluster it cannot find, in one line", async () => {
    const result = await runTierscope(
      ["prices", "show", "--cluster", "nowhere"],
      temporaryDataDir("tierscope-prices-"),
    );
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(/^tierscope: No cluster named "nowhere"/);
  });
});
