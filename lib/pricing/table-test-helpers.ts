import { expect } from "vitest";
import { bundledCatalogPrices } from "./catalog";
import { dec } from "./decimal";
import type { OverrideRule } from "./overrides";
import { type PricedVolume, priceVolume } from "./price-volume";
import { resolveStorage } from "./resolve/resolve-storage-class";
import type { Parameters } from "./resolve/types";
import type { Provider } from "./types";

// Shared by the table-driven pricing tests (*.table.test.ts): one StorageClass in the format its
// driver documents, resolved and priced against the bundled catalog for one volume of a given size.

export const GIB = 1024n ** 3n;
const DAY = "2026-11-21";
const catalog = bundledCatalogPrices();
const REGION: Record<string, string> = { aws: "us-east-1", azure: "eastus", gcp: "us-central1" };

export interface Case {
  name: string;
  provider: Provider;
  region?: string;
  provisioner: string;
  parameters: Parameters;
  sizeGib: number;
  storedBytes?: bigint;
  vac?: Parameters;
  /** component → monthly cost, or null when the component is unpriced */
  components: Record<string, string | null>;
  status: PricedVolume["status"];
  monthly: string | null;
  product?: string;
}

export function price(
  c: Pick<Case, "provider" | "region" | "provisioner" | "parameters" | "sizeGib" | "storedBytes" | "vac">,
  overrides: OverrideRule[] = [],
  extra: { displayCurrency?: string } = {},
) {
  const capacityBytes = BigInt(c.sizeGib) * GIB;
  const resolution = resolveStorage({
    storageClass: { name: "sc", provisioner: c.provisioner, parameters: c.parameters },
    volumeAttributesClass: c.vac ? { name: "vac", driverName: c.provisioner, parameters: c.vac } : null,
    volume: { capacityBytes },
    cluster: { provider: c.provider, region: c.region ?? (REGION[c.provider] as string) },
  });
  return priceVolume({
    resolution,
    storageClassName: "sc",
    clusterId: "cluster-1",
    capacityBytes,
    storedBytes: c.storedBytes ?? null,
    day: DAY,
    catalog,
    overrides,
    displayCurrency: extra.displayCurrency,
    exchangeRates: [
      { baseCurrency: "USD", quoteCurrency: "EUR", effectiveFrom: "2026-01-01", rate: dec("0.9") },
    ],
  });
}

/** Asserts a case's status, monthly total and per-component monthly costs. */
export function expectCase(c: Case) {
  const priced = price(c);

  expect(priced.status).toBe(c.status);
  expect(priced.monthlyCost?.toFixed() ?? null).toBe(c.monthly);
  const components = Object.fromEntries(
    priced.components.map((p) => [p.component, p.monthlyCost?.toFixed() ?? null]),
  );
  expect(components).toEqual(c.components);
  if (c.product) expect(priced.product).toBe(c.product);
  if (c.status === "unpriced") expect(priced.reason).toBeTruthy();
  if (c.status === "included") expect(priced.reason).toMatch(/included in the instance price/);
}

export function override(data: {
  kind?: "unit_price" | "discount";
  storageClassName?: string | null;
  provider?: Provider;
  unitPrice?: string;
  unit?: OverrideRule["unit"];
  discountPercent?: string;
}): OverrideRule {
  return {
    id: `override-${data.kind ?? "unit_price"}`,
    kind: data.kind ?? "unit_price",
    clusterId: null,
    storageClassName: data.storageClassName === undefined ? "sc" : data.storageClassName,
    provider: data.provider ?? null,
    product: null,
    component: null,
    unit: data.unit ?? null,
    unitPrice: data.unitPrice ? dec(data.unitPrice) : null,
    currency: "USD",
    discountPercent: data.discountPercent ? dec(data.discountPercent) : null,
    effectiveFrom: "2026-01-01",
    effectiveTo: null,
    createdAt: "2026-11-01T00:00:00Z",
    note: null,
  };
}
