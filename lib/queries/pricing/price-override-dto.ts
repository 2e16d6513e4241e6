import type { PriceOverride } from "../../db/generated/client";
import { isoDay } from "./price-rows";

// The API/UI shape of a price override: decimals as strings, days as YYYY-MM-DD.

export function toPriceOverrideDto(o: PriceOverride & { cluster?: { name: string } | null }) {
  return {
    id: o.id,
    kind: o.kind,
    clusterId: o.clusterId,
    clusterName: o.cluster?.name ?? null,
    storageClassName: o.storageClassName,
    provider: o.provider,
    product: o.product,
    component: o.component,
    unit: o.unit,
    unitPrice: o.unitPrice?.toFixed() ?? null,
    currency: o.currency?.trim() ?? null,
    discountPercent: o.discountPercent?.toFixed() ?? null,
    effectiveFrom: isoDay(o.effectiveFrom),
    effectiveTo: o.effectiveTo ? isoDay(o.effectiveTo) : null,
    note: o.note,
    createdAt: o.createdAt.toISOString(),
  };
}

export type PriceOverrideDto = ReturnType<typeof toPriceOverrideDto>;
