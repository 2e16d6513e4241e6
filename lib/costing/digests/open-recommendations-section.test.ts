import { describe, expect, it } from "vitest";
import { dec } from "../../pricing/decimal";
import type { Recommendation, TierSide } from "../recommendations/recommendation";
import type { RecommendationRule } from "../recommendations/recommendation-rules";
import { openRecommendationsSection } from "./open-recommendations-section";
import { openRecommendationsHtml, openRecommendationsText } from "./render-open-recommendations";

function side(label: string): TierSide {
  return {
    storageClassName: null,
    product: null,
    label,
    cost: { status: "priced", monthlyCost: dec(0), currency: "USD", basis: "test" },
    performance: { iops: null, throughput: null, latencyClass: "single-digit-ms", basis: "test" },
  };
}

function rec(
  rule: RecommendationRule,
  at: string,
  savings: string | null,
  extra: { status?: "priced" | "estimated"; gpuCostRecovered?: string } = {},
): Recommendation {
  const [clusterName = "", namespace = "", ...rest] = at.split("/");
  const name = rest.join("/");
  const saved = savings === null ? null : dec(savings);
  const recovered = extra.gpuCostRecovered === undefined ? undefined : dec(extra.gpuCostRecovered);
  return {
    rule,
    clusterId: clusterName,
    clusterName,
    namespace,
    name,
    subjectKey: `${clusterName}/PersistentVolumeClaim/${name}`,
    owner: { allocation: "allocated", namespace, team: null },
    volumes: [],
    current: side("EBS gp2"),
    proposed: side("EBS gp3"),
    savings: {
      status: saved === null ? "unpriced" : (extra.status ?? "priced"),
      monthlyCost: saved,
      currency: "USD",
      basis: "test",
    },
    ...(recovered ? { gpuCostRecoveredPerMonth: recovered } : {}),
    netMonthlyValue: saved === null ? null : recovered ? saved.plus(recovered) : saved,
    evidence: [],
    guardrail: [],
    fix: { summary: "", command: "", language: "shell" },
  };
}

const asOf = new Date("2026-11-23T07:30:00Z");
// Listed out of order: the section ranks them by net monthly value.
const recommendations = [
  rec("pd-ssd-to-pd-balanced", "gke/ml/pd-2", "3"),
  rec("gp2-to-gp3", "eks/ml/data-b", "12.5", { status: "estimated" }),
  rec("cold-checkpoints", "gke/ml/ckpt", null),
  rec("gp2-to-gp3", "eks/web/other", "999"),
  rec("storage-bound-gpu-job", "eks/ml/PyTorchJob/train", "-100", { gpuCostRecovered: "350.25" }),
  rec("gp2-to-gp3", "eks/ml/data-a", "40"),
  rec("pd-ssd-to-pd-balanced", "gke/ml/pd-1", "5"),
];
const section = openRecommendationsSection({
  recommendations,
  namespaces: new Set(["eks/ml", "gke/ml"]),
  currency: "USD",
  asOf,
});

describe("open recommendations section", () => {
  it("keeps the owner's namespaces, ranks by net monthly value and adds the priced ones", () => {
    expect(section.top.map((i) => [i.subject, i.netMonthlyValue])).toEqual([
      ["ml/PyTorchJob/train", "250.25"],
      ["ml/data-a", "40"],
      ["ml/data-b", "12.5"],
      ["ml/pd-1", "5"],
      ["ml/pd-2", "3"],
    ]);
    // 250.25 + 40 + 12.5 + 5 + 3 = 310.75 = (−100 + 40 + 12.5 + 5 + 3) storage + 350.25 GPU.
    expect(section).toMatchObject({
      count: 6,
      netMonthlyValue: "310.75",
      storageSavings: "-39.5",
      gpuCostRecovered: "350.25",
      unpricedCount: 1,
      asOf: "2026-11-23T07:30:00.000Z",
    });
    expect(section.clusters).toEqual([
      { name: "eks", path: "/recommendations?cluster=eks" },
      { name: "gke", path: "/recommendations?cluster=gke" },
    ]);
  });

  it("marks the GPU model's recovery and modelled sizes as estimates, and links each to its cluster and rule", () => {
    expect(section.top.map((i) => [i.ruleLabel, i.estimated, i.gpuCostRecoveredPerMonth, i.path])).toEqual([
      [
        "Storage-bound GPU jobs → a faster tier",
        true,
        "350.25",
        "/recommendations?cluster=eks&rule=storage-bound-gpu-job",
      ],
      ["gp2 → gp3", false, null, "/recommendations?cluster=eks&rule=gp2-to-gp3"],
      ["gp2 → gp3", true, null, "/recommendations?cluster=eks&rule=gp2-to-gp3"],
      ["pd-ssd → pd-balanced", false, null, "/recommendations?cluster=gke&rule=pd-ssd-to-pd-balanced"],
      ["pd-ssd → pd-balanced", false, null, "/recommendations?cluster=gke&rule=pd-ssd-to-pd-balanced"],
    ]);
  });

  it("renders the same figures in text and HTML, each with its link", () => {
    const text = openRecommendationsText(section, "https://t.example");
    expect(text.split("\n").slice(0, 4)).toEqual([
      "OPEN RECOMMENDATIONS",
      "6 open, $310.75/month: -$39.50 storage savings + $350.25 GPU cost recovered (estimate); 1 unpriced, not in the total",
      "As of 2026-11-23 07:30 UTC at today's prices, dismissed ones left out. The top 5 of 6 by net monthly value (savings + GPU cost recovered):",
      "- ml/PyTorchJob/train (Storage-bound GPU jobs → a faster tier, eks; EBS gp2 → EBS gp3): $250.25/month est. = -$100.00 storage + $350.25 GPU cost recovered https://t.example/recommendations?cluster=eks&rule=storage-bound-gpu-job",
    ]);
    expect(text).toContain(
      "- ml/data-b (gp2 → gp3, eks; EBS gp2 → EBS gp3): $12.50/month est. https://t.example/recommendations?cluster=eks&rule=gp2-to-gp3",
    );
    expect(text).toContain(
      "All of them on the Recommendations page: eks https://t.example/recommendations?cluster=eks, gke https://t.example/recommendations?cluster=gke",
    );
    const html = openRecommendationsHtml(section, "https://t.example");
    expect(html).toContain('data-figure="open-recommendations-total">6 open, $310.75/month');
    expect(html).toContain(
      'href="https://t.example/recommendations?cluster=gke&amp;rule=pd-ssd-to-pd-balanced"',
    );
    expect(html).toContain('data-figure="recommendation-value">$40.00/month<');
  });

  it("says unpriced when nothing has a price, and none when there is nothing open: never $0", () => {
    const unpriced = openRecommendationsSection({
      recommendations: [rec("cold-checkpoints", "gke/ml/ckpt", null)],
      namespaces: new Set(["gke/ml"]),
      currency: "USD",
      asOf,
    });
    expect(openRecommendationsText(unpriced, "https://t.example")).toContain("1 open, all unpriced\n");
    expect(openRecommendationsText(unpriced, "https://t.example")).toContain(
      "- ml/ckpt (Cold checkpoints → object storage, gke; EBS gp2 → EBS gp3): unpriced ",
    );
    const none = openRecommendationsSection({
      recommendations,
      namespaces: new Set(["aks/ml"]),
      currency: "USD",
      asOf,
    });
    expect([none.count, none.netMonthlyValue, none.top, none.clusters]).toEqual([0, "0", [], []]);
    expect(openRecommendationsText(none, "https://t.example")).toBe(
      "OPEN RECOMMENDATIONS\nNo open recommendations in these namespaces.",
    );
    expect(openRecommendationsHtml(none, "https://t.example")).not.toContain("$");
  });
});
