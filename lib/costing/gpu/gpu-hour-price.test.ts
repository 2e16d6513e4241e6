import { describe, expect, it } from "vitest";
import { bundledCatalogPrices } from "../../pricing/catalog";
import { dec } from "../../pricing/decimal";
import type { OverrideRule } from "../../pricing/overrides";
import { cardsRequested, physicalGpuCards } from "./cards-requested";
import { type GpuNode, type GpuPricing, gpuHourPrice } from "./gpu-hour-price";

const DAY = "2026-11-21";
const pricing: GpuPricing = {
  catalog: bundledCatalogPrices(),
  overrides: [],
  exchangeRates: [],
  displayCurrency: "USD",
};
const node = (overrides: Partial<GpuNode>): GpuNode => ({
  clusterId: "c1",
  provider: "aws",
  region: "us-east-1",
  instanceType: "p5.48xlarge",
  gpuCount: 8,
  gkeAccelerator: null,
  ...overrides,
});
const rule = (overrides: Partial<OverrideRule>): OverrideRule => ({
  id: "o1",
  kind: "unit_price",
  clusterId: null,
  storageClassName: null,
  provider: null,
  product: null,
  component: "gpu_hour",
  unit: "hour",
  unitPrice: null,
  currency: "USD",
  discountPercent: null,
  effectiveFrom: "2026-01-01",
  effectiveTo: null,
  createdAt: "2026-01-01T00:00:00Z",
  note: null,
  ...overrides,
});

function perGpu(n: GpuNode, p = pricing) {
  const price = gpuHourPrice(n, p, DAY);
  return price.status === "priced" ? price.pricePerGpuHour.toFixed() : `unpriced: ${price.reason}`;
}

describe("the hourly price of one GPU", () => {
  it("divides the instance's hourly price by its GPU count: p5.48xlarge $55.04 ÷ 8 = $6.88", () => {
    expect(perGpu(node({}))).toBe("6.88");
    expect(perGpu(node({ provider: "gcp", region: "us-central1", instanceType: "a3-highgpu-8g" }))).toBe(
      "11.06125",
    );
  });

  it("prices a time-sliced node per physical card, so a pod's replica is a quarter of $6.88, not a sixteenth", () => {
    // p5.48xlarge, 8 cards time-sliced 4 ways: the node advertises 32 nvidia.com/gpu.
    const sliced = { "nvidia.com/gpu.replicas": "4" };
    expect(physicalGpuCards(32, sliced)).toBe(8);
    expect(physicalGpuCards(32, { ...sliced, "nvidia.com/gpu.count": "8" })).toBe(8);
    expect(physicalGpuCards(8, { "nvidia.com/gpu.count": "8" })).toBe(8);
    expect(physicalGpuCards(1, sliced)).toBe(1); // not a multiple of the replicas: already cards
    const price = gpuHourPrice(node({ gpuCount: physicalGpuCards(32, sliced) }), pricing, DAY);
    if (price.status !== "priced") throw new Error(price.reason);
    // $55.04 ÷ 8 cards = $6.88 a card-hour; one replica = 0.25 card → $1.72 an hour (not $55.04 ÷ 32 × 0.25 = $0.43).
    expect(price.pricePerGpuHour.toFixed()).toBe("6.88");
    expect(price.pricePerGpuHour.times(cardsRequested(dec(1), "nvidia.com/gpu", sliced)).toFixed()).toBe(
      "1.72",
    );
  });

  it("takes a gpu_hour override naming the instance type over the catalog, a cluster's over the fleet's", () => {
    const overrides = [
      rule({ id: "fleet", product: "p5.48xlarge", unitPrice: dec("4.10") }),
      rule({ id: "cluster", clusterId: "c1", product: "ec2-p5.48xlarge", unitPrice: dec("3.95") }),
    ];
    expect(perGpu(node({}), { ...pricing, overrides })).toBe("3.95");
    expect(perGpu(node({ clusterId: "c2" }), { ...pricing, overrides })).toBe("4.1");
  });

  it("applies a negotiated discount to the list price", () => {
    const overrides = [
      rule({ kind: "discount", component: null, provider: "aws", discountPercent: dec(25) }),
    ];
    expect(perGpu(node({}), { ...pricing, overrides })).toBe("5.16");
  });

  it("uses GCP's per-GPU SKU when the machine has no price", () => {
    expect(
      perGpu(
        node({
          provider: "gcp",
          region: "us-central1",
          instanceType: "a2-megagpu-16g",
          gkeAccelerator: "nvidia-tesla-a100",
        }),
      ),
    ).toBe("2.933908");
  });

  it("is unpriced, with the reason, when nothing prices the instance", () => {
    expect(
      perGpu(
        node({
          provider: "azure",
          region: "westeurope",
          instanceType: "Standard_NC24ads_A100_v4",
          gpuCount: 1,
        }),
      ),
    ).toBe(
      "unpriced: no hourly price for vm-Standard_NC24ads_A100_v4 in westeurope: refresh prices or add a gpu_hour override",
    );
    expect(perGpu(node({ gpuCount: 0 }))).toBe("unpriced: p5.48xlarge reports no GPUs");
  });
});
