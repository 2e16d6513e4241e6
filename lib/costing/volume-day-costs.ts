import type { ExchangeRateRule } from "../pricing/currency";
import { Dec, ZERO } from "../pricing/decimal";
import type { OverrideRule } from "../pricing/overrides";
import { type PricedComponent, type PriceStatus, priceVolume } from "../pricing/price-volume";
import { prorateMonthly } from "../pricing/proration";
import { resolveStorage } from "../pricing/resolve/resolve-storage-class";
import type { StorageClassInput, VolumeAttributesClassInput } from "../pricing/resolve/types";
import type { CatalogPrice, IsoDay, PriceComponent, Provider } from "../pricing/types";
import { bytesToQuantity } from "../pricing/units";
import { allocateToWorkloads, type PodMount } from "./allocate-to-workloads";
import { costCategoryOf } from "./cost-category";
import type { DayCostFact, DayCostWorkload } from "./cost-fact";
import { dayBounds, MS_PER_HOUR } from "./day-window";

export interface VolumeRevisionInput {
  validFrom: Date;
  validTo: Date | null;
  capacityBytes: bigint;
  phase: string;
  storageClassName: string | null;
  volumeAttributesClassName: string | null;
  claimNamespace: string | null;
  claimName: string | null;
}

export interface VolumeCostInput {
  uid: string;
  createdAt: Date;
  deletedAt: Date | null;
  csiDriver: string | null;
  zone: string | null;
  region: string | null;
  volumeAttributes: Record<string, string>;
  annotations: Record<string, string>;
  /** The volume's cost-relevant history, contiguous from its creation. */
  revisions: VolumeRevisionInput[];
}

export interface VolumeCostingContext {
  clusterId: string;
  provider: Provider;
  region: string | null;
  storageClasses: Map<string, StorageClassInput>;
  volumeAttributesClasses: Map<string, VolumeAttributesClassInput>;
  catalog: CatalogPrice[];
  overrides: OverrideRule[];
  exchangeRates: ExchangeRateRule[];
  displayCurrency: string;
  /** Bytes stored in a claim's volume that day (its average used bytes), for usage-billed storage. */
  usedBytes: (namespace: string, claim: string, day: IsoDay) => bigint | null;
  /** When the pods of each workload mounted a claim. */
  mounts: (namespace: string, claim: string) => PodMount[];
  /** Costs accrue up to now: today's facts cover the hours so far. */
  now: Date;
  /**
   * Optional memo of segment prices, owned by the caller: thousands of volumes share a class, a
   * size and a day, and pricing them once each is most of the work at fleet scale.
   */
  priceCache?: Map<string, ReturnType<typeof priceSegment>>;
}

interface Segment {
  start: number;
  end: number;
  revision: VolumeRevisionInput;
  components: PricedComponent[];
  status: PriceStatus;
  reason: string | null;
  category: DayCostFact["category"];
}

// Worst first: one unpriced segment makes the day's figure unknown; an estimate makes it an estimate.
const STATUS_RANK: Record<PriceStatus, number> = { unpriced: 3, estimated: 2, priced: 1, included: 0 };

/**
 * Everything a segment's price depends on: resolution reads the classes, size, location, driver and
 * the EBS driver's legacy annotations; pricing adds the stored bytes and the day.
 */
function priceKey(
  volume: VolumeCostInput,
  revision: VolumeRevisionInput,
  day: IsoDay,
  storedBytes: bigint | null,
): string {
  const ebsAnnotations = Object.entries(volume.annotations).filter(([key]) =>
    key.startsWith("ebs.csi.aws.com/"),
  );
  return JSON.stringify([
    revision.storageClassName,
    revision.volumeAttributesClassName,
    revision.capacityBytes.toString(),
    volume.region,
    volume.zone,
    volume.csiDriver,
    ebsAnnotations,
    storedBytes?.toString() ?? null,
    day,
  ]);
}

function cachedPriceSegment(
  volume: VolumeCostInput,
  revision: VolumeRevisionInput,
  day: IsoDay,
  ctx: VolumeCostingContext,
) {
  if (!ctx.priceCache) return priceSegment(volume, revision, day, ctx);
  const storedBytes =
    revision.claimNamespace && revision.claimName
      ? ctx.usedBytes(revision.claimNamespace, revision.claimName, day)
      : null;
  const key = priceKey(volume, revision, day, storedBytes);
  let priced = ctx.priceCache.get(key);
  if (!priced) {
    priced = priceSegment(volume, revision, day, ctx);
    ctx.priceCache.set(key, priced);
  }
  return priced;
}

function priceSegment(
  volume: VolumeCostInput,
  revision: VolumeRevisionInput,
  day: IsoDay,
  ctx: VolumeCostingContext,
) {
  const storageClass = revision.storageClassName
    ? (ctx.storageClasses.get(revision.storageClassName) ?? null)
    : null;
  const attributesClass = revision.volumeAttributesClassName
    ? (ctx.volumeAttributesClasses.get(revision.volumeAttributesClassName) ?? null)
    : null;
  const resolution = resolveStorage({
    storageClass,
    volumeAttributesClass: attributesClass,
    volume: {
      capacityBytes: revision.capacityBytes,
      region: volume.region,
      zone: volume.zone,
      csiDriver: volume.csiDriver,
      volumeAttributes: volume.volumeAttributes,
      annotations: volume.annotations,
    },
    cluster: { provider: ctx.provider, region: ctx.region },
  });
  const storedBytes =
    revision.claimNamespace && revision.claimName
      ? ctx.usedBytes(revision.claimNamespace, revision.claimName, day)
      : null;
  const priced = priceVolume({
    resolution,
    storageClassName: revision.storageClassName,
    clusterId: ctx.clusterId,
    capacityBytes: revision.capacityBytes,
    storedBytes,
    day,
    catalog: ctx.catalog,
    overrides: ctx.overrides,
    displayCurrency: ctx.displayCurrency,
    exchangeRates: ctx.exchangeRates,
  });
  // Included (local NVMe) and unknown products have no catalog components: cost them as their
  // capacity, at $0 with the reason or unpriced with the reason, so they are never missing.
  const components: PricedComponent[] =
    priced.components.length > 0
      ? priced.components
      : [
          {
            component: "capacity",
            status: priced.status,
            quantity: bytesToQuantity(revision.capacityBytes, "GiB_month"),
            quantityUnit: "GiB",
            includedQuantity: ZERO,
            unit: "GiB_month",
            unitPrice: priced.status === "included" ? ZERO : null,
            slices: [],
            tierLabel: null,
            discountPercent: null,
            monthlyCost: priced.status === "included" ? ZERO : null,
            currency: priced.currency,
            listCurrency: null,
            exchangeRate: null,
            reason: priced.reason,
            priceId: null,
            overrideId: null,
            source: null,
          },
        ];
  const driver = storageClass?.provisioner ?? volume.csiDriver;
  return {
    components,
    status: priced.status,
    reason: priced.reason,
    category: costCategoryOf(driver, priced.status === "included"),
  };
}

/** The segments of the day the volume existed, one per revision in force. */
function segmentsOf(volume: VolumeCostInput, day: IsoDay, ctx: VolumeCostingContext): Segment[] {
  const { start: dayStart, end: dayEnd } = dayBounds(day);
  const lifeStart = Math.max(dayStart, volume.createdAt.getTime());
  const lifeEnd = Math.min(
    dayEnd,
    volume.deletedAt?.getTime() ?? Number.POSITIVE_INFINITY,
    ctx.now.getTime(),
  );
  if (lifeEnd <= lifeStart) return [];
  const segments: Segment[] = [];
  for (const revision of volume.revisions) {
    const start = Math.max(lifeStart, revision.validFrom.getTime());
    const end = Math.min(lifeEnd, revision.validTo?.getTime() ?? Number.POSITIVE_INFINITY);
    if (end > start)
      segments.push({ start, end, revision, ...cachedPriceSegment(volume, revision, day, ctx) });
  }
  return segments;
}

function allocationOf(revision: VolumeRevisionInput) {
  // A volume belongs to its claim's namespace while bound; Released, Available or failed volumes
  // still cost money and show as unallocated, with the namespace of the claim they last had.
  const bound = revision.phase === "Bound" && revision.claimNamespace !== null;
  return bound
    ? { allocation: "allocated" as const, namespace: revision.claimNamespace, likelyOwnerNamespace: null }
    : { allocation: "unallocated" as const, namespace: null, likelyOwnerNamespace: revision.claimNamespace };
}

/**
 * One volume's cost facts for one UTC day, one per priced component. The day is cut where the
 * volume's size, phase, class or claim changed; each piece is priced at the price in force that
 * day and prorated by its hours with the provider's rule. The fact carries the day's total, the
 * end-of-day owner, and each piece in `detail.segments` when there is more than one.
 */
export function volumeDayCosts(
  volume: VolumeCostInput,
  day: IsoDay,
  ctx: VolumeCostingContext,
): { fact: DayCostFact; workloads: DayCostWorkload[] }[] {
  const segments = segmentsOf(volume, day, ctx);
  if (segments.length === 0) return [];
  const last = segments[segments.length - 1] as Segment;
  const owner = allocationOf(last.revision);
  const dayDate = new Date(`${day}T00:00:00Z`);
  const componentNames = [...new Set(segments.flatMap((s) => s.components.map((c) => c.component)))];
  return componentNames.map((name: PriceComponent) => {
    let hours = ZERO;
    let weightedQuantity = ZERO;
    let cost: Dec | null = ZERO;
    let status: PriceStatus = "included";
    const pieces: Record<string, unknown>[] = [];
    const workloadCosts = new Map<string, DayCostWorkload>();
    let current: PricedComponent | undefined;
    for (const segment of segments) {
      const component = segment.components.find((c) => c.component === name);
      if (!component) continue;
      current = component;
      const segmentHours = new Dec(segment.end - segment.start).div(MS_PER_HOUR);
      const segmentCost =
        component.monthlyCost === null
          ? null
          : prorateMonthly({
              provider: ctx.provider,
              unit: component.unit ?? "GiB_month",
              monthlyAmount: component.monthlyCost,
              hours: segmentHours,
              day: dayDate,
            });
      hours = hours.plus(segmentHours);
      weightedQuantity = weightedQuantity.plus((component.quantity ?? ZERO).times(segmentHours));
      cost = cost === null || segmentCost === null ? null : cost.plus(segmentCost);
      if (STATUS_RANK[component.status] > STATUS_RANK[status]) status = component.status;
      pieces.push({
        from: new Date(segment.start).toISOString(),
        to: new Date(segment.end).toISOString(),
        hours: segmentHours.toFixed(4),
        capacityBytes: segment.revision.capacityBytes.toString(),
        phase: segment.revision.phase,
        quantity: component.quantity?.toFixed() ?? null,
        unitPrice: component.unitPrice?.toFixed() ?? null,
        tier: component.tierLabel,
        monthlyCost: component.monthlyCost?.toFixed() ?? null,
        cost: segmentCost?.toFixed() ?? null,
      });
      const { revision } = segment;
      if (owner.allocation === "allocated") {
        // Hours the volume was not bound to its claim (e.g. Available until bound late in the day)
        // belong to the day's owner but to no workload: they go to "(not mounted)" as a whole.
        const bound = revision.phase === "Bound" && revision.claimNamespace && revision.claimName;
        const mounts = bound
          ? ctx.mounts(revision.claimNamespace as string, revision.claimName as string)
          : [];
        for (const share of allocateToWorkloads(segment.start, segment.end, mounts)) {
          const key = `${share.workloadKind}/${share.workloadName}`;
          const previous = workloadCosts.get(key);
          const part = segmentCost === null ? null : segmentCost.times(share.shareHours).div(segmentHours);
          workloadCosts.set(key, {
            workloadKind: share.workloadKind,
            workloadName: share.workloadName,
            podHours: (previous?.podHours ?? ZERO).plus(share.podHours),
            share: (previous?.share ?? ZERO).plus(share.shareHours),
            cost:
              previous === undefined
                ? part
                : previous.cost === null || part === null
                  ? null
                  : previous.cost.plus(part),
          });
        }
      }
    }
    const quantity = hours.isZero() ? ZERO : weightedQuantity.div(hours);
    const unitPrices = new Set(pieces.map((p) => p.unitPrice));
    const component = current as PricedComponent;
    const fact: DayCostFact = {
      clusterId: ctx.clusterId,
      day,
      resourceKind: "PersistentVolume",
      resourceUid: volume.uid,
      component: name,
      status,
      ...owner,
      storageClassName: last.revision.storageClassName,
      category: last.category,
      priceEntryId: component.priceId,
      priceOverrideId: component.overrideId,
      priceSourceDate: component.source?.sourceDate ?? null,
      quantity,
      unit: component.unit ?? "GiB_month",
      hours,
      unitPrice: unitPrices.size === 1 ? component.unitPrice : null,
      cost,
      currency: component.currency,
      reason: component.reason ?? (status === last.status ? last.reason : null),
      detail: {
        ...(pieces.length > 1 ? { segments: pieces } : {}),
        ...(component.tierLabel ? { tier: component.tierLabel } : {}),
        ...(component.slices.length > 0
          ? {
              slices: component.slices.map((s) => ({
                quantity: s.quantity.toFixed(),
                unitPrice: s.unitPrice.toFixed(),
              })),
            }
          : {}),
        ...(component.includedQuantity.isZero()
          ? {}
          : { includedQuantity: component.includedQuantity.toFixed() }),
        ...(component.discountPercent ? { discountPercent: component.discountPercent.toFixed() } : {}),
        ...(component.exchangeRate
          ? { exchangeRate: component.exchangeRate.toFixed(), listCurrency: component.listCurrency }
          : {}),
        monthlyCost: component.monthlyCost?.toFixed() ?? null,
        provider: ctx.provider,
      },
    };
    // Workload shares are fractions of the day's hours the volume existed.
    const workloads = [...workloadCosts.values()].map((w) => ({
      ...w,
      share: hours.isZero() ? ZERO : w.share.div(hours),
    }));
    return { fact, workloads };
  });
}

/** The days a price, override or exchange rate starts or ends: the price in force may differ from the day before. */
export function pricingChangeDays(
  ctx: Pick<VolumeCostingContext, "catalog" | "overrides" | "exchangeRates">,
): Set<IsoDay> {
  const days = new Set<IsoDay>();
  for (const rule of [...ctx.catalog, ...ctx.overrides]) {
    days.add(rule.effectiveFrom);
    if (rule.effectiveTo) days.add(rule.effectiveTo);
  }
  for (const rate of ctx.exchangeRates) days.add(rate.effectiveFrom);
  return days;
}

/**
 * What `volumeDayCosts` reads for a day on which nothing about the volume changes, as a key: two
 * consecutive days with the same key get the same facts but for their day. Null when the day is
 * not steady, and must be computed: the volume is created, deleted, resized, rebound or reclassed
 * during it (a revision starts or ends inside it), a pod mounting its claim starts or stops during
 * it, a price starts or ends on it (`changeDays`), or it is not over yet. The key holds the month
 * (proration), the revision in force, the claim's used bytes that day (usage-billed storage) and
 * the mounts spanning the day (workload shares).
 */
export function steadyDayKey(
  volume: VolumeCostInput,
  day: IsoDay,
  ctx: VolumeCostingContext,
  changeDays: ReadonlySet<IsoDay>,
): string | null {
  const { start, end } = dayBounds(day);
  if (changeDays.has(day) || ctx.now.getTime() < end) return null;
  if (volume.createdAt.getTime() > start || (volume.deletedAt && volume.deletedAt.getTime() < end))
    return null;
  let revisionIndex = -1;
  for (const [index, revision] of volume.revisions.entries()) {
    const from = revision.validFrom.getTime();
    const to = revision.validTo?.getTime() ?? Number.POSITIVE_INFINITY;
    if (to <= start || from >= end) continue;
    if (from > start || to < end || revisionIndex >= 0) return null;
    revisionIndex = index;
  }
  const revision = volume.revisions[revisionIndex];
  if (!revision) return null;
  const claim = revision.claimNamespace && revision.claimName ? revision : null;
  const usedBytes = claim
    ? ctx.usedBytes(claim.claimNamespace as string, claim.claimName as string, day)
    : null;
  const spanning: number[] = [];
  if (claim && revision.phase === "Bound") {
    for (const [index, mount] of ctx
      .mounts(claim.claimNamespace as string, claim.claimName as string)
      .entries()) {
      if (mount.end <= start || mount.start >= end) continue;
      if (mount.start > start || mount.end < end) return null;
      spanning.push(index);
    }
  }
  return `${day.slice(0, 7)}|${revisionIndex}|${usedBytes ?? ""}|${spanning.join(",")}`;
}
