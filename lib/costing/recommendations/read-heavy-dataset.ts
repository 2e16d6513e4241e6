import { formatMoney } from "../../format-money";
import { Dec } from "../../pricing/decimal";
import type { StorageClassInput } from "../../pricing/resolve/types";
import { claimRecommendation } from "./build-recommendation";
import { activeClaimVolumes, type ClaimVolume, inUseGuardrail } from "./claim-volumes";
import type { RecommendationContext, RecommendationInventory } from "./inventory";
import { priceCurrentTier, priceTargetTier } from "./price-tier";
import { readBreakEven } from "./read-break-even";
import type { Recommendation } from "./recommendation";

const GIB = 1024 ** 3;
/** Read-heavy: read in full at least once a month (a training dataset is read once per epoch). */
const MIN_READS_PER_MONTH = 1;

/** FSx for Lustre PERSISTENT_2 at its lowest throughput: billed by capacity, reads included. */
const FSX_LUSTRE: StorageClassInput = {
  name: "fsx-lustre-datasets",
  provisioner: "fsx.csi.aws.com",
  parameters: { deploymentType: "PERSISTENT_2", perUnitStorageThroughput: "125" },
};

/** PERSISTENT_2 SSD file systems are 1,200 GiB, or a multiple of 2,400 GiB. */
function fsxCapacityGib(datasetGib: number): number {
  return datasetGib <= 1200 ? 1200 : Math.ceil(datasetGib / 2400) * 2400;
}

function fix(subject: ClaimVolume, capacityGib: number) {
  const { claim } = subject;
  return {
    summary:
      "Copy the dataset to an FSx for Lustre file system (billed by capacity, not by reads) and point the readers at it.",
    command: [
      "apiVersion: storage.k8s.io/v1",
      "kind: StorageClass",
      `metadata: { name: ${FSX_LUSTRE.name} }`,
      "provisioner: fsx.csi.aws.com",
      "parameters:",
      "  subnetId: <subnet of the readers' zone>",
      "  securityGroupIds: <security group>",
      "  deploymentType: PERSISTENT_2",
      '  perUnitStorageThroughput: "125"',
      "---",
      "apiVersion: v1",
      "kind: PersistentVolumeClaim",
      `metadata: { name: ${claim.name}-lustre, namespace: ${claim.namespace} }`,
      "spec:",
      "  accessModes: [ReadWriteMany]",
      `  storageClassName: ${FSX_LUSTRE.name}`,
      `  resources: { requests: { storage: ${capacityGib}Gi } }`,
      `# Copy once from a pod mounting both claims, then point the readers at ${claim.name}-lustre.`,
    ].join("\n"),
    language: "yaml" as const,
  };
}

/**
 * Read-heavy datasets on storage that bills every GiB read (EFS Elastic throughput) → FSx for
 * Lustre, whose price does not grow with reads: a claim whose readers ran up data-access costs over
 * the window, when FSx costs less per month than the capacity and reads together. Both sides carry
 * the data-access money; the evidence gives the reads per month and the break-even read multiplier.
 */
export function recommendReadHeavyDataset(
  inventory: RecommendationInventory,
  context: RecommendationContext,
): Recommendation[] {
  if (inventory.cluster.provider !== "aws") return [];
  const out: Recommendation[] = [];
  for (const subject of activeClaimVolumes(inventory, context)) {
    const access = inventory.dataAccess.find((a) => a.volumeUid === subject.volume.uid);
    if (!access?.readCost || access.gibRead.isZero()) continue;
    const used = subject.usage?.p95UsedBytes ?? subject.use?.lastUsedBytes ?? null;
    const current = priceCurrentTier(inventory, context, subject.volume, used);
    const capacityMonthly = current.side.cost.monthlyCost;
    if (!current.side.product?.startsWith("efs-") || capacityMonthly === null) continue;
    if (access.currency !== current.side.cost.currency) continue;
    const datasetGib = Math.max(Number(subject.volume.capacityBytes), used ?? 0) / GIB;
    const lustreGib = fsxCapacityGib(datasetGib);
    const proposed = priceTargetTier(
      inventory,
      context,
      { ...subject.volume, capacityBytes: BigInt(lustreGib) * BigInt(GIB) },
      { kind: "storage-class", storageClass: FSX_LUSTRE },
      null,
    );
    const targetMonthly = proposed.side.cost.monthlyCost;
    if (targetMonthly === null) continue;
    const readPricePerGib = access.readCost.div(access.gibRead);
    const breakEven = readBreakEven({
      datasetGib: new Dec(datasetGib),
      gibRead: access.gibRead,
      windowDays: access.windowDays,
      readPricePerGib,
      currentCapacityMonthly: capacityMonthly,
      targetMonthly,
    });
    if (breakEven.readsPerMonth.lessThan(MIN_READS_PER_MONTH)) continue;
    if (breakEven.currentMonthly.lessThanOrEqualTo(targetMonthly)) continue;
    const money = (amount: Dec) => formatMoney(amount.toFixed(2), access.currency);
    const reads = breakEven.readsPerMonth.toFixed(1);
    const above = breakEven.breakEvenReads.toFixed(1);
    current.side = {
      ...current.side,
      cost: {
        ...current.side.cost,
        monthlyCost: breakEven.currentMonthly,
        basis: `${current.side.cost.basis}; reads ${money(breakEven.readsMonthly)}/month (${reads} full reads at ${formatMoney(readPricePerGib.toFixed(4), access.currency)}/GiB)`,
      },
    };
    proposed.side = {
      ...proposed.side,
      cost: {
        ...proposed.side.cost,
        basis: `${proposed.side.cost.basis}; reads included (no charge per GiB read)`,
      },
    };
    out.push(
      claimRecommendation(inventory, subject, {
        rule: "read-heavy-dataset",
        current,
        proposed,
        evidence: [
          {
            label: "Reads",
            value: `reads it ${reads} times a month: ${access.gibRead.toFixed(0)} GiB read in ${access.windowDays} days, ${money(breakEven.readsMonthly)}/month of reads`,
          },
          {
            label: "Break-even",
            value: breakEven.breakEvenReads.isZero()
              ? "FSx for Lustre is cheaper even if nobody reads it"
              : `above ${above} reads a month FSx for Lustre is cheaper`,
          },
        ],
        guardrail: [
          inUseGuardrail(context),
          {
            label: "Read-heavy",
            value: `its readers ran up ${money(access.readCost)} of reads in the last ${access.windowDays} days (data-access facts)`,
          },
        ],
        fix: fix(subject, lustreGib),
      }),
    );
  }
  return out;
}
