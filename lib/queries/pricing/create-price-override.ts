import { z } from "zod";
import { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import { PROVIDERS } from "../../pricing/types";
import { InvalidInputError } from "../../services/service-errors";
import { type PriceOverrideDto, toPriceOverrideDto } from "./price-override-dto";
import { dayDate } from "./price-rows";

const ZDecimal = z
  .string()
  .trim()
  .regex(/^\d+(\.\d+)?$/, "a decimal number such as 0.12");
const ZDay = z.iso.date();
const ZCurrency = z
  .string()
  .trim()
  .regex(/^[A-Z]{3}$/, "a three-letter ISO 4217 code such as USD");

/** A price per StorageClass: replaces the catalog price (on-prem arrays, Portworx, NetApp, JuiceFS…). */
export const ZUnitPriceOverride = z.object({
  kind: z.literal("unit_price"),
  storageClassName: z.string().trim().min(1),
  clusterName: z.string().trim().min(1).optional(),
  unitPrice: ZDecimal,
  unit: z.enum(["GiB_month", "TB_year"]).default("GiB_month"),
  currency: ZCurrency.default("USD"),
  /** Required: the first day the override applies, stated by whoever enters it. */
  effectiveFrom: ZDay,
  note: z.string().trim().max(500).optional(),
});

/** A negotiated discount off list, for a provider or one of its products. */
export const ZDiscountOverride = z.object({
  kind: z.literal("discount"),
  provider: z.enum(PROVIDERS),
  product: z.string().trim().min(1).optional(),
  clusterName: z.string().trim().min(1).optional(),
  discountPercent: ZDecimal.refine((v) => Number(v) > 0 && Number(v) < 100, "between 0 and 100 percent"),
  /** Required: the first day the override applies, stated by whoever enters it. */
  effectiveFrom: ZDay,
  note: z.string().trim().max(500).optional(),
});

/** The price of one GPU-hour on nodes of an instance type: replaces instance price ÷ GPU count in GPU-idle costing. */
export const ZGpuHourOverride = z.object({
  kind: z.literal("gpu_hour"),
  instanceType: z.string().trim().min(1).max(100),
  clusterName: z.string().trim().min(1).optional(),
  unitPrice: ZDecimal,
  currency: ZCurrency.default("USD"),
  /** Required: the first day the override applies, stated by whoever enters it. */
  effectiveFrom: ZDay,
  note: z.string().trim().max(500).optional(),
});

export const ZCreatePriceOverride = z.discriminatedUnion("kind", [
  ZUnitPriceOverride,
  ZDiscountOverride,
  ZGpuHourOverride,
]);
export type TCreatePriceOverride = z.input<typeof ZCreatePriceOverride>;

/** The override names a cluster or organisation that does not exist, or is ambiguous (422). */
export class PriceOverrideInputError extends InvalidInputError {
  override name = "PriceOverrideInputError";
}

/**
 * Creates an override. Its organisation is the named cluster's; without a cluster, the fleet's
 * only organisation (with several, a cluster must be named).
 */
export async function createPriceOverride(db: Db, input: TCreatePriceOverride): Promise<PriceOverrideDto> {
  const data = ZCreatePriceOverride.parse(input);
  const cluster = data.clusterName ? await db.cluster.findFirst({ where: { name: data.clusterName } }) : null;
  if (data.clusterName && !cluster)
    throw new PriceOverrideInputError(`No cluster named "${data.clusterName}"`);
  let orgId = cluster?.orgId;
  if (!orgId) {
    const orgs = await db.organization.findMany({ select: { id: true }, take: 2 });
    if (orgs.length !== 1) {
      throw new PriceOverrideInputError(
        orgs.length === 0
          ? "No organisation yet: import a cluster first"
          : "Several organisations: name the cluster the override is for",
      );
    }
    orgId = (orgs[0] as { id: string }).id;
  }
  const common = {
    orgId,
    clusterId: cluster?.id ?? null,
    effectiveFrom: dayDate(data.effectiveFrom),
    note: data.note ?? null,
  };
  const row = await db.priceOverride.create({
    data:
      data.kind === "gpu_hour"
        ? {
            ...common,
            kind: "unit_price",
            product: data.instanceType,
            component: "gpu_hour",
            unit: "hour",
            unitPrice: new Prisma.Decimal(data.unitPrice),
            currency: data.currency,
          }
        : data.kind === "unit_price"
          ? {
              ...common,
              kind: "unit_price",
              storageClassName: data.storageClassName,
              component: "capacity",
              unit: data.unit,
              unitPrice: new Prisma.Decimal(data.unitPrice),
              currency: data.currency,
            }
          : {
              ...common,
              kind: "discount",
              provider: data.provider,
              product: data.product ?? null,
              discountPercent: new Prisma.Decimal(data.discountPercent),
            },
    include: { cluster: { select: { name: true } } },
  });
  return toPriceOverrideDto(row);
}
