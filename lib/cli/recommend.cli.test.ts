import { beforeAll, describe, expect, it } from "vitest";
import { RECOMMENDATION_RULES } from "../costing/recommendations/recommendation-rules";
import { runTierscope } from "../testing/run-tierscope";
import { temporaryDataDir } from "../testing/temporary-data-dir";

interface RecommendJson {
  currency: string;
  totals: { rule: string; count: number; monthlySavings: string; unpricedCount: number }[];
  recommendations: {
    rule: string;
    clusterName: string;
    name: string;
    current: { cost: { monthlyCost: string | null } };
    proposed: { cost: { monthlyCost: string | null } };
    savings: { status: string; monthlyCost: string | null; currency: string };
    gpuCostRecoveredPerMonth: string | null;
    paybackDays: number | null;
    netMonthlyValue: string | null;
    guardrail: { label: string; value: string }[];
    fix: { command: string };
  }[];
}

describe("tierscope recommend", () => {
  const dataDir = temporaryDataDir("tierscope-recommend-");

  beforeAll(async () => {
    const demo = await runTierscope(["demo", "--no-serve"], dataDir);
    expect(demo.status, demo.stderr).toBe(0);
  }, 300_000);

  it("fires every rule but read-heavy-dataset on the demo fleet, each with savings (or a GPU return), a guardrail and a manifest", async () => {
    const result = await runTierscope(["recommend", "--format", "json"], dataDir);
    expect(result.status, result.stderr).toBe(0);
    const out = JSON.parse(result.stdout) as RecommendJson;
    expect(out.currency).toBe("USD");
    expect(out.totals.map((t) => t.rule)).toEqual([...RECOMMENDATION_RULES]);
    // The demo's read-heavy dataset is claimed first by its storage-bound GPU job's faster-tier move
    // (one verdict per volume), so read-heavy-dataset fires only in its own db and unit tests.
    const firedOnTheDemo = out.totals.filter((t) => t.rule !== "read-heavy-dataset");
    for (const total of firedOnTheDemo) expect(total.count, total.rule).toBeGreaterThan(0);
    expect(out.recommendations).toHaveLength(out.totals.reduce((n, t) => n + t.count, 0));
    for (const r of out.recommendations) {
      expect(r.guardrail.length, r.name).toBeGreaterThan(0);
      expect(r.fix.command.length, r.name).toBeGreaterThan(0);
      // Unpriced is no figure, never $0; priced savings are current − proposed, exactly.
      if (r.savings.status === "unpriced") expect(r.savings.monthlyCost).toBeNull();
      else {
        const [before, after] = [r.current.cost.monthlyCost, r.proposed.cost.monthlyCost];
        expect(Number(r.savings.monthlyCost)).toBeCloseTo(Number(before) - Number(after), 8);
        // A faster tier for a storage-bound GPU job spends on storage, and is worth it for the GPU time.
        if (r.rule === "storage-bound-gpu-job") {
          expect(Number(r.savings.monthlyCost)).toBeLessThan(0);
          expect(Number(r.netMonthlyValue)).toBeCloseTo(
            Number(r.savings.monthlyCost) + Number(r.gpuCostRecoveredPerMonth),
            8,
          );
          expect(Number(r.netMonthlyValue)).toBeGreaterThan(0);
          expect(r.paybackDays).toBeGreaterThan(0);
        } else expect(Number(r.savings.monthlyCost)).toBeGreaterThan(0);
      }
    }
    // The io2 feature store: 2,048 GiB at 32,000 IOPS ($256 + $2,080), doing a few hundred → gp3 at its baseline.
    const featureDb = out.recommendations.find((r) => r.name === "data-feature-db-0");
    expect(featureDb).toMatchObject({ rule: "provisioned-iops-to-gp3", savings: { monthlyCost: "2172.16" } });
  });

  it("prints one cluster's recommendations of one rule as a table", async () => {
    const result = await runTierscope(
      ["recommend", "--cluster", "prod-eks-use1", "--rule", "gp2-to-gp3"],
      dataDir,
    );
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain("gp2 → gp3:");
    expect(result.stdout).toMatch(/platform\/storage-loki-0 +\$30\.00 → \$24\.00 +saves \$6\.00/);
    expect(result.stdout).not.toContain("ml-gke-usc1");
  });

  it("answers an unknown cluster with one line", async () => {
    const result = await runTierscope(["recommend", "--cluster", "nowhere"], dataDir);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual([
      'tierscope: No cluster named "nowhere": import its inventory first (tierscope import kube|files).',
    ]);
  });
});
