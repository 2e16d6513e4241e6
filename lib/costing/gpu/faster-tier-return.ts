import { formatBytes } from "../../format";
import { Dec, moneyString, quantityString, roundMoney, sum, ZERO } from "../../pricing/decimal";
import { type PricedVolume, priceVolume } from "../../pricing/price-volume";
import type { Resolution } from "../../pricing/resolve/types";
import { HOURS_PER_CONVENTIONAL_MONTH } from "../../pricing/units";
import { fasterTierFor, isSlowProduct, resolveFasterTier } from "./faster-tier";
import { fasterTierManifest } from "./faster-tier-manifest";
import type { GpuPricing } from "./gpu-hour-price";
import type { GpuIdleGroup } from "./group-gpu-idle";
import type { GpuIdleSettings } from "./settings";

/** A dataset or checkpoint claim of a workload, with what its StorageClass resolves to. */
export interface WorkloadVolume {
  namespace: string;
  claimName: string;
  role: "dataset" | "checkpoint";
  storageClassName: string | null;
  capacityBytes: bigint;
  accessModes: string[];
  resolution: Resolution;
}

export interface FasterTierReturnInput {
  clusterId: string;
  /** The workload's figures (grouping "workload"). */
  workload: GpuIdleGroup;
  volumes: WorkloadVolume[];
  /** The cluster's StorageClasses and what each resolves to: an existing class of the target tier is reused. */
  clusterClasses: { name: string; resolution: Resolution }[];
  /** Hours of the window the figures cover (to `now` at most): GPU figures are scaled to a month by it. */
  windowHours: number;
  /** The window's first and last day (UTC), for the evidence; null when not known. */
  window?: { from: string; to: string } | null;
  now: Date;
  settings: GpuIdleSettings;
  pricing: GpuPricing;
}

export interface PricedTier {
  storageClassName: string | null;
  product: string | null;
  label: string;
  status: PricedVolume["status"];
  /** null: unpriced (the reason says why); never $0 for an unknown price. */
  monthlyCost: string | null;
  reason: string | null;
}

export interface FasterTierVolume {
  namespace: string;
  claimName: string;
  role: "dataset" | "checkpoint";
  capacityBytes: string;
  current: PricedTier;
  target: PricedTier & { why: string; existingStorageClass: boolean };
  /** target − current, per month; null when either is unpriced. */
  monthlyDelta: string | null;
}

/**
 * Everything a "storage-bound GPU job → faster tier" recommendation needs, self-contained: the
 * workload, its slow data and checkpoint volumes with their current and target tiers priced
 * through the catalog, the monthly storage delta, the monthly GPU cost a faster tier would recover,
 * the net, the payback, the evidence and the manifest change. An estimate, and labelled as one.
 *
 * Model (all figures per conventional 730-hour month, in `currency`):
 * - utilisation u = busy ÷ measured GPU-hours over the window; target T (`targetUtilisation`);
 * - recoveredShare = (T − u) ÷ (1 − u), 0 when u ≥ T: the share of idle time that becomes busy
 *   when utilisation rises from u to T (idle goes from 1 − u to 1 − T);
 * - only storage-bound idle can be recovered by faster storage: monthly GPU cost recovered =
 *   storage-bound idle cost over the window × recoveredShare × 730 ÷ window hours;
 * - monthly storage delta = Σ (target − current monthly price) over the slow volumes;
 * - net = recovered − delta; payback days = delta ÷ (recovered ÷ (730 ÷ 24)), 0 when the faster
 *   tier costs no more, "never" when the net is not positive (the move costs more each month than
 *   it recovers, so it never pays back).
 */
export interface StorageBoundGpuRecommendation {
  kind: "storage-bound-gpu-faster-tier";
  estimate: true;
  clusterId: string;
  clusterName: string;
  namespace: string;
  team: string | null;
  workloadKind: string;
  workloadName: string;
  /**
   * Other storage-bound workloads reading the same volumes ("Kind/namespace/name"), whose GPU figures
   * are counted here too: the volumes move once. Absent when none.
   */
  sharedWith?: string[];
  currency: string;
  /**
   * "priced" when every figure is known; "unpriced" when a GPU or storage price is missing;
   * "nothing-to-move" when none of its volumes is on a slow tier with a faster one to go to: no
   * storage delta, net or payback then (see `skippedVolumes` for why).
   */
  status: "priced" | "estimated" | "unpriced" | "nothing-to-move";
  gpu: {
    allocatedGpuHours: string;
    idleGpuHours: string;
    storageBoundIdleGpuHours: string;
    storageBoundIdleCost: string | null;
    utilisation: number | null;
    targetUtilisation: number;
    recoveredShare: string;
    recoveredGpuHoursPerMonth: string;
    windowHours: number;
    /** The window's first and last day (UTC); null when not known. */
    window: { from: string; to: string } | null;
  };
  volumes: FasterTierVolume[];
  /** The workload's data and checkpoint claims left where they are, each with why. */
  skippedVolumes: { namespace: string; claimName: string; role: "dataset" | "checkpoint"; reason: string }[];
  /** null when unpriced, or when there is nothing to move. */
  monthlyStorageDelta: string | null;
  monthlyGpuCostRecovered: string | null;
  monthlyNet: string | null;
  paybackDays: Payback | null;
  evidence: string[];
  manifest: string;
  unpricedReasons: string[];
}

const DAYS_PER_MONTH = HOURS_PER_CONVENTIONAL_MONTH.div(24);

/** The share of idle time that turns busy when utilisation rises from `utilisation` to `target`. */
export function recoveredShare(utilisation: number, target: number): Dec {
  if (utilisation >= target || utilisation >= 1) return ZERO;
  return new Dec(String(target)).minus(String(utilisation)).div(new Dec(1).minus(String(utilisation)));
}

/** Days until a move pays for itself, or "never" when it costs at least what it recovers each month. */
export type Payback = number | "never";

/**
 * Payback in days of a monthly storage delta from a monthly recovery: 0 when the move costs nothing
 * more; "never" when the net (recovered − delta) is not positive, because a move that spends more
 * each month than it recovers never earns its cost back however long it runs.
 */
export function paybackDays(monthlyDelta: Dec, monthlyRecovered: Dec): Payback {
  if (monthlyDelta.lte(0)) return 0;
  if (monthlyRecovered.lte(monthlyDelta)) return "never";
  return monthlyDelta.div(monthlyRecovered).times(DAYS_PER_MONTH).toDecimalPlaces(1).toNumber();
}

function priced(storageClassName: string | null, volume: PricedVolume): PricedTier {
  return {
    storageClassName,
    product: volume.product,
    label: volume.label,
    status: volume.status,
    monthlyCost: volume.monthlyCost ? moneyString(volume.monthlyCost) : null,
    reason: volume.reason,
  };
}

export function fasterTierReturn(input: FasterTierReturnInput): StorageBoundGpuRecommendation {
  const { workload, settings, pricing } = input;
  const figures = workload.figures;
  const day = input.now.toISOString().slice(0, 10);
  const price = (resolution: Resolution, storageClassName: string | null, volume: WorkloadVolume) =>
    priceVolume({
      resolution,
      storageClassName,
      clusterId: input.clusterId,
      capacityBytes: volume.capacityBytes,
      day,
      catalog: pricing.catalog,
      overrides: pricing.overrides,
      displayCurrency: pricing.displayCurrency,
      exchangeRates: pricing.exchangeRates,
    });

  const volumes: FasterTierVolume[] = [];
  const skippedVolumes: StorageBoundGpuRecommendation["skippedVolumes"] = [];
  const manifests: string[] = [];
  for (const volume of input.volumes) {
    const current = volume.resolution;
    const skip = (reason: string) =>
      skippedVolumes.push({
        namespace: volume.namespace,
        claimName: volume.claimName,
        role: volume.role,
        reason,
      });
    if (current.kind !== "product") {
      skip(
        current.kind === "included"
          ? `on ${current.label}, the node's own disk: nothing faster to move to`
          : `${current.label}: ${current.reason}`,
      );
      continue;
    }
    if (!isSlowProduct(current.product, settings.slowProducts)) {
      skip(`already on ${current.label}, not a slow tier in the GPU settings`);
      continue;
    }
    const target = fasterTierFor(current.product);
    if (!target) {
      skip(`no faster tier is known for ${current.label}`);
      continue;
    }
    const resolved = resolveFasterTier(current, target);
    const existing = input.clusterClasses.find(
      (c) => c.resolution.kind === "product" && c.resolution.product === target.product,
    );
    const className = existing?.name ?? `tierscope-${target.product}`;
    const currentPrice = price(current, volume.storageClassName, volume);
    const targetPrice = price(resolved, existing?.name ?? null, volume);
    volumes.push({
      namespace: volume.namespace,
      claimName: volume.claimName,
      role: volume.role,
      capacityBytes: volume.capacityBytes.toString(),
      current: priced(volume.storageClassName, currentPrice),
      target: { ...priced(className, targetPrice), why: target.why, existingStorageClass: Boolean(existing) },
      monthlyDelta:
        currentPrice.monthlyCost && targetPrice.monthlyCost
          ? moneyString(targetPrice.monthlyCost.minus(currentPrice.monthlyCost))
          : null,
    });
    manifests.push(
      fasterTierManifest({
        volume,
        target,
        className,
        createClass: !existing,
        workload,
        from: current.label,
      }),
    );
  }

  const utilisation = figures.utilisation;
  const share = utilisation === null ? ZERO : recoveredShare(utilisation, settings.targetUtilisation);
  const perMonth = HOURS_PER_CONVENTIONAL_MONTH.div(input.windowHours > 0 ? input.windowHours : 1);
  // Any GPU-hour without a price makes the recovery unknown: a partial figure would understate it.
  const recovered =
    figures.unpricedGpuHours.isZero() && figures.storageBoundIdleCost
      ? roundMoney(figures.storageBoundIdleCost.times(share).times(perMonth))
      : null;
  const nothingToMove = volumes.length === 0;
  const deltas = volumes.map((v) => v.monthlyDelta);
  const delta =
    !nothingToMove && deltas.every((d) => d !== null) ? sum(deltas.map((d) => new Dec(d as string))) : null;
  const unpricedReasons = [
    ...figures.unpricedReasons.map((r) => `GPU price: ${r}`),
    ...volumes.flatMap((v) =>
      [v.current, v.target]
        .filter((t) => t.monthlyCost === null)
        .map((t) => `${v.claimName} on ${t.label}: ${t.reason ?? "unpriced"}`),
    ),
  ];
  const estimatedStorage = volumes.some(
    (v) => v.current.status === "estimated" || v.target.status === "estimated",
  );
  const boundShare = figures.idleGpuHours.isZero()
    ? 0
    : figures.storageBoundIdleGpuHours.div(figures.idleGpuHours).toNumber();
  const evidence = [
    `GPU utilisation ${utilisation === null ? "not measured" : `${(utilisation * 100).toFixed(1)} %`} over ${figures.busyGpuHours.plus(figures.idleGpuHours).toFixed(1)} measured GPU-hours (${figures.allocatedGpuHours.toFixed(1)} allocated)`,
    `${(boundShare * 100).toFixed(0)} % of idle GPU-hours storage-bound: ${figures.ioWaitIdleGpuHours.toFixed(1)} with I/O pressure ≥ ${settings.ioPressureThreshold}, ${figures.slowTierIdleGpuHours.toFixed(1)} unmeasured pressure on a slow tier`,
    ...volumes.map(
      (v) =>
        `${v.role} ${v.namespace}/${v.claimName} (${formatBytes(BigInt(v.capacityBytes))}) on ${v.current.label}: a slow tier`,
    ),
    ...skippedVolumes.map((v) => `${v.role} ${v.namespace}/${v.claimName} not moved: ${v.reason}`),
    `if a faster tier lifts utilisation to ${(settings.targetUtilisation * 100).toFixed(0)} %, ${share.times(100).toFixed(1)} % of storage-bound idle time turns busy`,
  ];
  return {
    kind: "storage-bound-gpu-faster-tier",
    estimate: true,
    clusterId: input.clusterId,
    clusterName: workload.clusterName ?? "",
    namespace: workload.namespace ?? "",
    team: workload.team,
    workloadKind: workload.workloadKind ?? "",
    workloadName: workload.name,
    currency: pricing.displayCurrency,
    status: nothingToMove
      ? "nothing-to-move"
      : recovered === null || delta === null
        ? "unpriced"
        : estimatedStorage
          ? "estimated"
          : "priced",
    gpu: {
      allocatedGpuHours: quantityString(figures.allocatedGpuHours),
      idleGpuHours: quantityString(figures.idleGpuHours),
      storageBoundIdleGpuHours: quantityString(figures.storageBoundIdleGpuHours),
      storageBoundIdleCost: figures.storageBoundIdleCost ? moneyString(figures.storageBoundIdleCost) : null,
      utilisation,
      targetUtilisation: settings.targetUtilisation,
      recoveredShare: quantityString(share),
      recoveredGpuHoursPerMonth: quantityString(
        figures.storageBoundIdleGpuHours.times(share).times(perMonth),
      ),
      windowHours: input.windowHours,
      window: input.window ? { from: input.window.from, to: input.window.to } : null,
    },
    volumes,
    skippedVolumes,
    monthlyStorageDelta: delta ? moneyString(delta) : null,
    monthlyGpuCostRecovered: recovered ? moneyString(recovered) : null,
    monthlyNet: recovered && delta ? moneyString(recovered.minus(delta)) : null,
    paybackDays: recovered && delta ? paybackDays(delta, recovered) : null,
    evidence,
    manifest: manifests.join("\n---\n"),
    unpricedReasons,
  };
}
