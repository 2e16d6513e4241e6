import { describe, expect, it } from "vitest";
import { ZDismissalsQuery, ZRecommendationsQuery } from "../recommendations/recommendations-params";
import { ZGpuIdleQuery, ZGpuWorkloadQuery } from "./gpu-idle-params";

describe("the GPU idle and recommendations query schemas", () => {
  it("refuse a parameter they do not know, so ?clustr=x is a 422 and not every cluster", () => {
    expect(ZGpuIdleQuery.safeParse({ month: "2026-10", cluster: "eks" }).success).toBe(true);
    const typo = ZGpuIdleQuery.safeParse({ month: "2026-10", clustr: "eks" });
    expect(typo.success).toBe(false);
    expect(typo.error?.issues[0]).toMatchObject({ code: "unrecognized_keys", keys: ["clustr"] });
    expect(
      ZGpuWorkloadQuery.safeParse({
        month: "2026-10",
        cluster: "c",
        namespace: "n",
        kind: "Job",
        name: "j",
        x: "1",
      }).success,
    ).toBe(false);
    expect(ZRecommendationsQuery.safeParse({ cluster: "eks" }).success).toBe(true);
    expect(ZRecommendationsQuery.safeParse({ clustr: "eks" }).success).toBe(false);
    expect(ZDismissalsQuery.safeParse({ page: "2", sort: "x" }).success).toBe(false);
  });
});
