import { type ExchangeRateRule, exchangeRate } from "../../pricing/currency";
import { Dec } from "../../pricing/decimal";
import { discountFor, type OverrideRule } from "../../pricing/overrides";
import { catalogKey, isInForce, selectPriceInForce } from "../../pricing/select-price";
import type { CatalogPrice, IsoDay, Provider } from "../../pricing/types";

export interface GpuNode {
  clusterId: string;
  provider: Provider;
  region: string | null;
  instanceType: string | null;
  gpuCount: number;
  /** GKE's cloud.google.com/gke-accelerator label, for the per-GPU SKU. */
  gkeAccelerator: string | null;
}

export interface GpuPricing {
  catalog: CatalogPrice[];
  overrides: OverrideRule[];
  exchangeRates: ExchangeRateRule[];
  displayCurrency: string;
}

export type GpuHourPrice =
  | {
      status: "priced";
      /** Per GPU (whole card) per hour, in `currency`. */
      pricePerGpuHour: Dec;
      currency: string;
      /** How it was derived, e.g. "ec2-p5.48xlarge $55.04/h ÷ 8 GPUs". */
      basis: string;
      priceId: string | null;
      overrideId: string | null;
    }
  | { status: "unpriced"; reason: string };

/** The catalog product of an instance type: ec2-…, vm-… (Azure and GCP machines). */
export function instanceProduct(provider: Provider, instanceType: string): string {
  return provider === "aws" ? `ec2-${instanceType}` : `vm-${instanceType}`;
}

/**
 * The hourly price of one GPU of a node, in the display currency:
 * 1. a unit-price override with component `gpu_hour` whose product names the instance type (or its
 *    catalog product id), for the node's cluster or fleet-wide: the price of one GPU-hour as stated;
 * 2. the instance's hourly list price (less a negotiated discount) ÷ its GPU count: the whole node
 *    is bought for its GPUs, so CPU and memory are part of what an idle GPU wastes;
 * 3. on GCP, the per-GPU SKU of the node's accelerator (the GPU alone, without the VM);
 * otherwise unpriced, with the reason. Never $0.
 */
export function gpuHourPrice(node: GpuNode, pricing: GpuPricing, day: IsoDay): GpuHourPrice {
  if (!node.instanceType) return { status: "unpriced", reason: "the node has no instance type" };
  if (node.gpuCount <= 0) return { status: "unpriced", reason: `${node.instanceType} reports no GPUs` };
  const product = instanceProduct(node.provider, node.instanceType);
  const override = pricing.overrides
    .filter(
      (r) =>
        r.kind === "unit_price" &&
        r.component === "gpu_hour" &&
        r.unitPrice !== null &&
        (r.product === node.instanceType || r.product === product) &&
        (r.clusterId === null || r.clusterId === node.clusterId) &&
        isInForce(r, day),
    )
    .sort(
      (a, b) =>
        Number(b.clusterId !== null) - Number(a.clusterId !== null) || b.createdAt.localeCompare(a.createdAt),
    )[0];
  if (override?.unitPrice) {
    return convert(pricing, day, {
      amount: override.unitPrice,
      currency: override.currency ?? "USD",
      basis: `override: ${override.note ?? `GPU-hour price for ${node.instanceType}`}`,
      priceId: null,
      overrideId: override.id,
    });
  }
  const region = node.region ?? "";
  const instance = catalogPrice(
    pricing,
    { provider: node.provider, region, product, component: "instance_hour" },
    day,
  );
  if (instance?.unitPrice) {
    const perGpu = discounted(pricing, node, product, day, instance.unitPrice).div(node.gpuCount);
    return convert(pricing, day, {
      amount: perGpu,
      currency: instance.currency,
      basis: `${product} ${instance.unitPrice.toFixed()} ${instance.currency}/h ÷ ${node.gpuCount} GPU(s)`,
      priceId: instance.id,
      overrideId: null,
    });
  }
  if (node.provider === "gcp" && node.gkeAccelerator) {
    const gpuProduct = `gpu-${node.gkeAccelerator}`;
    const gpu = catalogPrice(
      pricing,
      { provider: "gcp", region, product: gpuProduct, component: "gpu_hour" },
      day,
    );
    if (gpu?.unitPrice) {
      return convert(pricing, day, {
        amount: discounted(pricing, node, gpuProduct, day, gpu.unitPrice),
        currency: gpu.currency,
        basis: `${gpuProduct} ${gpu.unitPrice.toFixed()} ${gpu.currency}/h per GPU (GPU SKU alone)`,
        priceId: gpu.id,
        overrideId: null,
      });
    }
  }
  return {
    status: "unpriced",
    reason: `no hourly price for ${product} in ${region || "an unknown region"}: refresh prices or add a gpu_hour override`,
  };
}

function catalogPrice(
  pricing: GpuPricing,
  key: { provider: string; region: string; product: string; component: string },
  day: IsoDay,
): CatalogPrice | null {
  const wanted = catalogKey(key);
  return selectPriceInForce(
    pricing.catalog.filter((entry) => catalogKey(entry) === wanted && entry.unit === "hour"),
    day,
  );
}

function discounted(pricing: GpuPricing, node: GpuNode, product: string, day: IsoDay, price: Dec): Dec {
  const discount = discountFor(
    pricing.overrides,
    { clusterId: node.clusterId, provider: node.provider, product },
    day,
  );
  return discount?.discountPercent
    ? price.times(new Dec(100).minus(discount.discountPercent)).div(100)
    : price;
}

function convert(
  pricing: GpuPricing,
  day: IsoDay,
  price: { amount: Dec; currency: string; basis: string; priceId: string | null; overrideId: string | null },
): GpuHourPrice {
  const rate = exchangeRate(pricing.exchangeRates, price.currency, pricing.displayCurrency, day);
  if (!rate) {
    return {
      status: "unpriced",
      reason: `no exchange rate ${price.currency}→${pricing.displayCurrency} on ${day}`,
    };
  }
  return {
    status: "priced",
    pricePerGpuHour: price.amount.times(rate),
    currency: pricing.displayCurrency,
    basis: price.basis,
    priceId: price.priceId,
    overrideId: price.overrideId,
  };
}
