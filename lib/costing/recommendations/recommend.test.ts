import { describe, expect, it } from "vitest";
import { rankWithDismissals, recommend, recommendationCandidates } from "./recommend";
import { context, money, oneClaim } from "./recommendation-test-fixtures";
import { parseRecommendationThresholds } from "./thresholds";

describe("recommend", () => {
  it("gives a volume one recommendation, the most valuable: scratch on pd-ssd goes local, not to pd-balanced", () => {
    const pdSsd = {
      name: "premium-rwo",
      provisioner: "pd.csi.storage.gke.io",
      parameters: { type: "pd-ssd" },
    };
    const inventory = oneClaim({
      provider: "gcp",
      storageClass: pdSsd,
      gi: 500,
      use: { roles: ["scratch"], mountedNow: true },
    });
    const list = recommend(inventory, context());
    expect(list.map((r) => [r.rule, money(r.netMonthlyValue)])).toEqual([["scratch-on-premium", "85"]]);
    expect(
      recommend(inventory, context(), ["pd-ssd-to-pd-balanced"]).map((r) => money(r.netMonthlyValue)),
    ).toEqual(["35"]);
  });
});

describe("dismissals", () => {
  it("leave before ranking: dismissing the scratch move ($85) shows the volume's pd-balanced move ($35)", () => {
    const pdSsd = {
      name: "premium-rwo",
      provisioner: "pd.csi.storage.gke.io",
      parameters: { type: "pd-ssd" },
    };
    const inventory = oneClaim({
      provider: "gcp",
      storageClass: pdSsd,
      gi: 500,
      use: { roles: ["scratch"] },
    });
    const { kept, dismissed } = rankWithDismissals(
      recommendationCandidates(inventory, context()),
      (r) => r.rule === "scratch-on-premium",
    );
    expect(kept.map((r) => [r.rule, money(r.netMonthlyValue)])).toEqual([["pd-ssd-to-pd-balanced", "35"]]);
    expect(dismissed.map((r) => r.rule)).toEqual(["scratch-on-premium"]);
  });
});

describe("recommendation thresholds", () => {
  it("merges the stored setting over the defaults and names what it could not use", () => {
    const { thresholds, warnings } = parseRecommendationThresholds({
      ioHeadroom: 0.5,
      coldCheckpointDays: "ten",
    });
    expect(thresholds.ioHeadroom).toBe(0.5);
    expect(thresholds.coldCheckpointDays).toBe(7);
    expect(warnings).toEqual(["recommendations.thresholds.coldCheckpointDays is invalid: using 7"]);
    expect(parseRecommendationThresholds([1]).warnings).toEqual([
      "recommendations.thresholds is not a JSON object: using the defaults",
    ]);
  });
});
