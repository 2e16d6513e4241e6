import { Dec, ZERO } from "../../pricing/decimal";
import type { PriceStatus } from "../../pricing/price-volume";
import { prorateMonthly } from "../../pricing/proration";
import type { StorageClassInput } from "../../pricing/resolve/types";
import type { IsoDay, Provider } from "../../pricing/types";
import { bytesToQuantity } from "../../pricing/units";
import type { DayCostFact } from "../cost-fact";
import { dayBounds, MS_PER_HOUR } from "../day-window";
import { archiveEarlyDeletion } from "./archive-rules";
import type { SnapshotChain, SnapshotChainLink } from "./build-snapshot-chains";
import { priceSnapshot, type SnapshotComponent, type SnapshotPricing } from "./price-snapshot";
import { snapshotAllocation } from "./snapshot-allocation";
import { type SnapshotProduct, snapshotProductOf } from "./snapshot-product";
import type { SnapshotSize } from "./snapshot-stored-bytes";

export interface SnapshotDayCostsInput {
  chains: SnapshotChain[];
  /** Every content's billed size over time (snapshotStoredBytes of each chain). */
  sizes: Map<string, SnapshotSize>;
  day: IsoDay;
  clusterId: string;
  provider: Provider;
  region: string | null;
  storageClasses: Map<string, StorageClassInput>;
  pricing: SnapshotPricing;
  /** Costs accrue up to now: today's facts cover the hours so far. Omitted: whole days. */
  now?: Date;
}

interface Piece {
  start: number;
  end: number;
  bytes: Dec | null;
  estimated: boolean;
  /** The same cloud snapshot is billed to another content for these hours. */
  duplicate: boolean;
}

/** The hours of the day the content existed, cut where its size changed or its duplicate lived. */
function piecesOf(
  link: SnapshotChainLink,
  size: SnapshotSize,
  chains: SnapshotChain[],
  from: number,
  to: number,
) {
  const canonical = link.duplicateOf
    ? chains.flatMap((c) => c.links).find((l) => l.content.uid === link.duplicateOf)
    : undefined;
  const canonicalStart = canonical?.createdAtMs ?? Number.POSITIVE_INFINITY;
  const canonicalEnd = canonical?.content.deletedAt?.getTime() ?? Number.POSITIVE_INFINITY;
  const cuts = [from, to, ...size.timeline.map((s) => s.fromMs), canonicalStart, canonicalEnd]
    .filter((t) => t >= from && t <= to)
    .sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] as number;
    const end = cuts[i + 1] as number;
    if (end <= start) continue;
    const step = size.timeline.filter((s) => s.fromMs <= start).at(-1);
    const duplicate = canonical !== undefined && start >= canonicalStart && start < canonicalEnd;
    pieces.push({ start, end, bytes: step?.bytes ?? null, estimated: step?.estimated ?? true, duplicate });
  }
  return pieces;
}

const worse = (a: PriceStatus, b: PriceStatus): PriceStatus => {
  const rank: Record<PriceStatus, number> = { unpriced: 3, estimated: 2, priced: 1, included: 0 };
  return rank[a] >= rank[b] ? a : b;
};

function linkDayCost(
  productOf: (chain: SnapshotChain, driver: string) => SnapshotProduct,
  link: SnapshotChainLink,
  chain: SnapshotChain,
  input: SnapshotDayCostsInput,
): DayCostFact | null {
  const { start: dayStart, end: dayEnd } = dayBounds(input.day);
  const from = Math.max(dayStart, link.createdAtMs);
  const deletedMs = link.content.deletedAt?.getTime() ?? Number.POSITIVE_INFINITY;
  const to = Math.min(dayEnd, deletedMs, input.now?.getTime() ?? Number.POSITIVE_INFINITY);
  if (to <= from) return null;
  const size = input.sizes.get(link.content.uid) as SnapshotSize;
  const component: SnapshotComponent = size.tier === "archive" ? "snapshot_archive" : "snapshot_standard";
  const product = productOf(chain, link.content.driver);
  const price = priceSnapshot({
    product,
    component,
    clusterId: input.clusterId,
    storageClassName: chain.storageClassName,
    day: input.day,
    pricing: input.pricing,
  });
  const dayDate = new Date(`${input.day}T00:00:00Z`);
  const prorate = (monthlyAmount: Dec, hours: Dec) =>
    prorateMonthly({ provider: input.provider, unit: price.unit, monthlyAmount, hours, day: dayDate });

  let hours = ZERO;
  let quantityHours = ZERO;
  let cost: Dec | null = ZERO;
  let status = "included" as PriceStatus;
  // The first reason met for each status; the fact keeps the one of its (worst) status.
  const reasons: Partial<Record<PriceStatus, string>> = {};
  const note = (s: PriceStatus, why: string | null) => {
    status = worse(status, s);
    if (why) reasons[s] ??= why;
  };
  const segments: Record<string, unknown>[] = [];
  for (const piece of piecesOf(link, size, input.chains, from, to)) {
    const pieceHours = new Dec(piece.end - piece.start).div(MS_PER_HOUR);
    hours = hours.plus(pieceHours);
    let pieceCost: Dec | null = ZERO;
    let quantity = ZERO;
    if (piece.duplicate) {
      note(
        "included",
        `the same cloud snapshot as VolumeSnapshotContent ${link.duplicateOf}, which is billed for it`,
      );
    } else if (piece.bytes === null) {
      note("unpriced", size.reason);
      pieceCost = null;
    } else {
      quantity = bytesToQuantity(piece.bytes, price.unit);
      const monthly = price.ok ? price.monthly(quantity) : null;
      pieceCost = monthly === null ? null : prorate(monthly, pieceHours);
      if (!price.ok) note("unpriced", price.reason);
      else if (monthly === null) note("unpriced", "the price entry cannot price this quantity");
      else if (piece.estimated)
        note(
          "estimated",
          size.reason ?? "estimated: holds the blocks of deleted snapshots whose size is modelled",
        );
      else note("priced", null);
    }
    quantityHours = quantityHours.plus(quantity.times(pieceHours));
    cost = cost === null || pieceCost === null ? null : cost.plus(pieceCost);
    segments.push({
      from: new Date(piece.start).toISOString(),
      to: new Date(piece.end).toISOString(),
      hours: pieceHours.toFixed(4),
      storedBytes: piece.duplicate ? "0" : (piece.bytes?.toFixed(0) ?? null),
      cost: pieceCost?.toFixed() ?? null,
    });
  }
  const reason = reasons[status] ?? null;
  const quantity = hours.isZero() ? ZERO : quantityHours.div(hours);

  // EBS Snapshots Archive: deleted before 90 days, the rest of the 90 days is charged at once.
  let earlyDeletion: Record<string, unknown> | null = null;
  // Charged on the last day the snapshot existed: a deletion at 00:00 belongs to the day before.
  if (size.tier === "archive" && deletedMs > dayStart && deletedMs <= dayEnd && to === deletedMs) {
    const early = archiveEarlyDeletion({
      provider: input.provider,
      archivedSinceMs: link.createdAtMs,
      deletedAtMs: deletedMs,
    });
    const bytes = size.timeline.at(-1)?.bytes ?? null;
    if (early && price.ok && bytes !== null) {
      const monthly = price.monthly(bytesToQuantity(bytes, price.unit));
      const charge = monthly === null ? null : prorate(monthly, early.remainingHours);
      cost = cost === null || charge === null ? null : cost.plus(charge);
      earlyDeletion = {
        ...early,
        remainingHours: early.remainingHours.toFixed(4),
        cost: charge?.toFixed() ?? null,
        note: `deleted before the ${early.minimumDays}-day archive minimum: the remaining days are charged pro rata (EBS:SnapshotArchiveEarlyDelete); archived-since is the creation time, so this is a lower bound`,
      };
    }
  }

  const owner = snapshotAllocation(chain, link, to - 1);
  const end = size.timeline.filter((s) => s.fromMs < to).at(-1);
  return {
    clusterId: input.clusterId,
    day: input.day,
    resourceKind: "VolumeSnapshotContent",
    resourceUid: link.content.uid,
    component,
    status,
    allocation: owner.allocation,
    namespace: owner.namespace,
    likelyOwnerNamespace: owner.likelyOwnerNamespace,
    storageClassName: chain.storageClassName,
    category: "snapshot",
    priceEntryId: price.ok ? price.priceEntryId : null,
    priceOverrideId: price.ok ? price.priceOverrideId : null,
    priceSourceDate: price.ok ? price.priceSourceDate : null,
    quantity,
    unit: price.unit,
    hours,
    unitPrice: price.ok ? price.unitPrice : null,
    cost: status === "unpriced" ? null : cost,
    currency: price.ok ? price.currency : input.pricing.displayCurrency,
    reason,
    detail: {
      model: size.model,
      changeRate: size.changeRate,
      changeRateSource: size.changeRateSource,
      sourceUsedBytes: size.sourceUsedBytes?.toString() ?? null,
      sourceUsedBytesAt: size.sourceUsedBytesAt,
      restoreSizeBytes: size.restoreSizeBytes?.toString() ?? null,
      chainPosition: link.position,
      chainId: chain.id,
      previousUid: size.previousUid,
      daysSincePrevious: size.daysSincePrevious,
      storedBytes: end?.bytes?.toFixed(0) ?? null,
      storedBytesSource: link.content.storedBytesSource,
      mergedFrom: end?.mergedFrom ?? [],
      tier: size.tier,
      product: product.kind === "product" ? product.product : null,
      region: product.kind === "product" ? product.region : null,
      provider: input.provider,
      ...(segments.length > 1 ? { segments } : {}),
      ...(link.duplicateOf ? { duplicateOf: link.duplicateOf } : {}),
      ...(owner.allocationReason ? { allocationReason: owner.allocationReason } : {}),
      ...(earlyDeletion ? { earlyDeletion } : {}),
      ...(price.ok && price.discountPercent ? { discountPercent: price.discountPercent.toFixed() } : {}),
      ...(price.ok && price.exchangeRate
        ? { exchangeRate: price.exchangeRate.toFixed(), listCurrency: price.listCurrency }
        : {}),
    },
  };
}

/**
 * Every snapshot's cost for one UTC day: the hours its content existed that day (creation to
 * deletion, or the end of the day, or now), its billed size in the price's unit (GiB on AWS and
 * GCP, GB on Azure), at the snapshot price in force that day, prorated by the provider's rule
 * (prorateMonthly: AWS against the calendar month's hours, others 730 h). A size or price that is
 * unknown makes the fact unpriced with the reason: never $0.
 */
export function snapshotDayCosts(input: SnapshotDayCostsInput): DayCostFact[] {
  const facts: DayCostFact[] = [];
  const products = new Map<string, SnapshotProduct>();
  const cluster = { provider: input.provider, region: input.region };
  // One resolution per chain and driver, not per snapshot.
  const productOf = (chain: SnapshotChain, driver: string) => {
    const key = `${chain.id}|${driver}`;
    const known = products.get(key) ?? snapshotProductOf(chain, driver, cluster, input.storageClasses);
    products.set(key, known);
    return known;
  };
  for (const chain of input.chains) {
    for (const link of chain.links) {
      const fact = linkDayCost(productOf, link, chain, input);
      if (fact) facts.push(fact);
    }
  }
  return facts;
}
