import { formatBytes } from "../../format";
import { INCLUDED_IN_INSTANCE, type Resolution } from "../../pricing/resolve/types";
import { formatAgo } from "../waste/finding";
import { claimRecommendation } from "./build-recommendation";
import { activeClaimVolumes, inUseGuardrail } from "./claim-volumes";
import type { RecommendationContext, RecommendationInventory } from "./inventory";
import { priceCurrentTier, priceTargetTier } from "./price-tier";
import type { Recommendation } from "./recommendation";

const GIB = 1024 ** 3;

/**
 * Premium tiers: provisioned-IOPS and sub-millisecond disks, SSD file shares and Lustre, and gp3 or
 * Hyperdisk provisioned above their included baseline.
 */
export function isPremium(resolution: Resolution): boolean {
  if (resolution.kind !== "product") return false;
  const id = resolution.product;
  if (id === "ebs-gp3" || id === "gce-hyperdisk-balanced") {
    const [iops, mibps] = id === "ebs-gp3" ? [3000, 125] : [3000, 140];
    return (resolution.iops?.value?.gt(iops) ?? false) || (resolution.throughput?.value?.gt(mibps) ?? false);
  }
  return /^(ebs-io[12]|azure-premium-ssd|azure-ultra-disk|gce-pd-ssd|gce-pd-extreme|gce-hyperdisk-(extreme|ml|throughput)|filestore-(basic-ssd|zonal|regional|enterprise)|azure-files-premium|fsx-lustre-|managed-lustre-|azure-managed-lustre-)/.test(
    id,
  );
}

/**
 * Scratch on premium claims → emptyDir on the node's local NVMe: a claim pods declared only as
 * scratch, in use (see activeClaimVolumes), no larger than `scratchMaxGib`, on a premium tier. Local
 * disks have no separate charge.
 */
export function recommendScratchOnPremium(
  inventory: RecommendationInventory,
  context: RecommendationContext,
): Recommendation[] {
  const { now, thresholds } = context;
  const out: Recommendation[] = [];
  for (const subject of activeClaimVolumes(inventory, context)) {
    const use = subject.use;
    if (!use || use.roles.length === 0 || use.roles.some((role) => role !== "scratch")) continue;
    if (Number(subject.volume.capacityBytes) > thresholds.scratchMaxGib * GIB) continue;
    const used = subject.usage?.p95UsedBytes ?? null;
    const current = priceCurrentTier(inventory, context, subject.volume, used);
    if (!isPremium(current.resolution)) continue;
    const local = priceTargetTier(
      inventory,
      context,
      subject.volume,
      {
        kind: "storage-class",
        storageClass: { name: "emptyDir", provisioner: "kubernetes.io/no-provisioner", parameters: {} },
      },
      used,
    );
    // The price of a no-provisioner local disk ($0, paid in the instance), shown as what it is: an emptyDir.
    const proposed = {
      ...local,
      side: {
        ...local.side,
        storageClassName: null,
        label: "emptyDir on the node's local NVMe",
        cost: { ...local.side.cost, basis: `emptyDir: ${INCLUDED_IN_INSTANCE}` },
      },
    };
    const gi = Math.ceil(Number(subject.volume.capacityBytes) / GIB);
    out.push(
      claimRecommendation(inventory, subject, {
        rule: "scratch-on-premium",
        current,
        proposed,
        evidence: [
          { label: "Roles declared", value: "scratch only" },
          {
            label: "Last mounted",
            value: use.mountedNow ? "mounted now" : formatAgo(use.lastUnmountedAt as Date, now),
          },
        ],
        guardrail: [
          inUseGuardrail(context),
          {
            label: "Scratch only",
            value: "every pod that mounted it declared it scratch: its data is disposable",
          },
          {
            label: "Fits a node",
            value: `${formatBytes(subject.volume.capacityBytes)} ≤ ${thresholds.scratchMaxGib} GiB of local NVMe`,
          },
        ],
        fix: {
          summary: "Put the scratch space on the node's local disk: an emptyDir instead of the claim.",
          command: [
            "# In the pod template, replace the claim volume with an emptyDir on the node's disk",
            "# (on nodes whose ephemeral storage is the local NVMe, e.g. EKS instance-store RAID0,",
            "# GKE --ephemeral-storage-local-ssd, AKS ephemeral OS disk / Azure Container Storage):",
            "volumes:",
            "  - name: scratch",
            "    emptyDir:",
            `      sizeLimit: ${gi}Gi`,
            "# then, once no pod uses it:",
            `# kubectl delete pvc -n ${subject.claim.namespace} ${subject.claim.name}`,
          ].join("\n"),
          language: "yaml",
        },
      }),
    );
  }
  return out;
}
