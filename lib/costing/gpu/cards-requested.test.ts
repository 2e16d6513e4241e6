import { describe, expect, it } from "vitest";
import { Dec } from "../../pricing/decimal";
import { cardsRequested } from "./cards-requested";

const cards = (request: string, resource: string | null, labels: Record<string, string> = {}) =>
  cardsRequested(new Dec(request), resource, labels).toFixed();

describe("the cards a GPU request holds", () => {
  it("counts a shared GPU as its share of the card the node advertises several times", () => {
    expect(cards("1", "nvidia.com/gpu.shared", { "nvidia.com/gpu.replicas": "4" })).toBe("0.25");
    expect(cards("2", "nvidia.com/gpu", { "nvidia.com/gpu.replicas": "8" })).toBe("0.25");
  });

  it("leaves whole GPUs on unshared nodes and MIG slices (already a fraction of the card) as they are", () => {
    expect(cards("8", "nvidia.com/gpu")).toBe("8");
    expect(cards("8", "nvidia.com/gpu", { "nvidia.com/gpu.replicas": "1" })).toBe("8");
    expect(cards("0.4285714286", "nvidia.com/mig-3g.40gb", { "nvidia.com/gpu.replicas": "4" })).toBe(
      "0.4285714286",
    );
    expect(cards("1", "nvidia.com/gpu.shared", { "nvidia.com/gpu.replicas": "many" })).toBe("1");
  });
});
