import { formatBytes } from "../../format";
import type { WasteContext } from "./context";
import { ageInDays, formatInstant, ownerOf, subjectKey, type WasteCost, type WasteFinding } from "./finding";
import type { WasteClaim, WasteInventory, WasteUsage } from "./inventory";
import { claimKey, indexInventory } from "./inventory-index";
import { priceVolumeMonthly, type VolumePrice } from "./price-volume-monthly";

const GIB = 1024 ** 3;

/**
 * The size to move to: twice the p95 (the volume then runs half full at its usual peak) and at
 * least 1.2 × the largest sample, rounded up to a whole GiB, never below 1 GiB.
 */
export function suggestedBytes(usage: WasteUsage): bigint {
  const target = Math.max(2 * usage.p95UsedBytes, 1.2 * usage.maxUsedBytes, GIB);
  return BigInt(Math.ceil(target / GIB)) * BigInt(GIB);
}

/** The monthly saving: today's price minus the price at the suggested size, both from priceVolume. */
function savingCost(now: VolumePrice, smaller: VolumePrice, capacity: bigint, target: bigint): WasteCost {
  const { priced } = now;
  const currency = priced.currency;
  if (priced.monthlyCost === null)
    return { status: "unpriced", monthlyCost: null, currency, basis: now.cost.basis };
  if (smaller.priced.monthlyCost === null) {
    const why = smaller.priced.reason ?? "no price";
    return {
      status: "unpriced",
      monthlyCost: null,
      currency,
      basis: `the price at ${formatBytes(target)} is unknown: ${why}`,
    };
  }
  const estimated = priced.status === "estimated" || smaller.priced.status === "estimated";
  return {
    status: estimated ? "estimated" : "priced",
    monthlyCost: priced.monthlyCost.minus(smaller.priced.monthlyCost),
    currency,
    basis:
      `${priced.label}: ${formatBytes(capacity)} at ${priced.monthlyCost.toFixed(2)} ${currency}/month ` +
      `less ${formatBytes(target)} at ${smaller.priced.monthlyCost.toFixed(2)} ${currency}/month`,
  };
}

function manifest(claim: WasteClaim, target: bigint, storageClassName: string | null): string {
  const gi = target / BigInt(GIB);
  return [
    "# A claim cannot shrink in place (Kubernetes refuses a smaller spec.resources.requests.storage), and",
    "# most block volumes cannot shrink at all: create this smaller claim, copy the data across (a pod",
    `# mounting both, e.g. rsync -a /old/ /new/), point the workload at ${claim.name}-resized, then delete`,
    `# the old claim: kubectl delete pvc -n ${claim.namespace} ${claim.name}`,
    ...(claim.ownerKind === "StatefulSet"
      ? [`# A StatefulSet (${claim.ownerName}) made it: change storage in its volumeClaimTemplates too.`]
      : []),
    "apiVersion: v1",
    "kind: PersistentVolumeClaim",
    "metadata:",
    `  name: ${claim.name}-resized`,
    `  namespace: ${claim.namespace}`,
    "spec:",
    ...(storageClassName ? [`  storageClassName: ${storageClassName}`] : []),
    `  accessModes: [${claim.accessModes.join(", ") || "ReadWriteOnce"}]`,
    "  resources:",
    "    requests:",
    `      storage: ${gi}Gi`,
  ].join("\n");
}

/**
 * Rule 7: oversized volumes. A Bound claim whose p95 used bytes over the window (30 days) is below
 * `oversizedUsedRatio` of its capacity, measured on at least `oversizedMinSamples` samples.
 * Usage-billed file and object storage (EFS, Azure Files standard, S3/GCS-backed) bills what is
 * stored, not the capacity, and local disks have no separate charge: neither is ever oversized.
 */
export function detectOversizedVolumes(inventory: WasteInventory, context: WasteContext): WasteFinding[] {
  const { now, thresholds } = context;
  const index = indexInventory(inventory, now);
  const findings: WasteFinding[] = [];
  for (const claim of index.liveClaims) {
    if (claim.phase !== "Bound") continue;
    const usage = index.usageByClaim.get(claimKey(claim.namespace, claim.name));
    if (!usage || usage.samples < thresholds.oversizedMinSamples) continue;
    const volume = claim.volumeName ? index.volumeByName.get(claim.volumeName) : undefined;
    const capacity = volume?.capacityBytes ?? claim.capacityBytes ?? claim.requestedBytes;
    if (capacity <= 0n || usage.p95UsedBytes >= thresholds.oversizedUsedRatio * Number(capacity)) continue;
    const target = suggestedBytes(usage);
    if (target >= capacity) continue;
    const shape = volume ?? { ...claim, capacityBytes: capacity };
    const current = priceVolumeMonthly(inventory, context, shape);
    const { resolution } = current;
    if (resolution.kind === "included") continue;
    if (resolution.kind === "product" && resolution.basis === "stored") continue;
    const smaller = priceVolumeMonthly(inventory, context, { ...shape, capacityBytes: target });
    const share = (usage.p95UsedBytes / Number(capacity)) * 100;
    findings.push({
      rule: "oversized-volume",
      clusterId: inventory.cluster.id,
      clusterName: inventory.cluster.name,
      kind: "PersistentVolumeClaim",
      namespace: claim.namespace,
      name: claim.name,
      uid: claim.uid,
      subjectKey: subjectKey(inventory.cluster.id, "PersistentVolumeClaim", claim.uid),
      owner: ownerOf(inventory, claim.namespace, "allocated"),
      since: claim.createdAt,
      ageDays: ageInDays(claim.createdAt, now),
      cost: savingCost(current, smaller, capacity, target),
      evidence: [
        {
          label: "p95 used",
          value: `${formatBytes(usage.p95UsedBytes)} of ${formatBytes(capacity)} (${share.toFixed(1)} %)`,
        },
        { label: "Peak used", value: formatBytes(usage.maxUsedBytes) },
        {
          label: "Samples",
          value: `${usage.samples} from ${formatInstant(usage.windowStart)} to ${formatInstant(usage.windowEnd)}`,
        },
        {
          label: "Threshold",
          value: `p95 below ${Number((thresholds.oversizedUsedRatio * 100).toFixed(2))} % of capacity, at least ${thresholds.oversizedMinSamples} samples`,
        },
        {
          label: "Suggested size",
          value: `${formatBytes(target)}: twice the p95, at least 1.2 × the peak`,
        },
      ],
      fix: {
        summary: `Move the data to a ${formatBytes(target)} claim: it pays for the space it uses, with room to grow.`,
        command: manifest(claim, target, volume?.storageClassName ?? claim.storageClassName),
        language: "yaml",
      },
    });
  }
  return findings;
}
