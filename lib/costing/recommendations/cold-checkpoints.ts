import { formatBytes } from "../../format";
import type { Provider } from "../../pricing/types";
import { ageInDays, formatAgo } from "../waste/finding";
import { claimRecommendation } from "./build-recommendation";
import { type ClaimVolume, claimVolumes } from "./claim-volumes";
import type { RecommendationContext, RecommendationInventory } from "./inventory";
import { priceCurrentTier, priceTargetTier } from "./price-tier";
import type { Recommendation } from "./recommendation";

/**
 * The object tiers cold checkpoints move to, with each one's minimum storage duration (S3, Cloud
 * Storage and Blob pricing pages): deleting earlier still bills the minimum.
 */
const OBJECT_TIERS: Record<
  "aws" | "gcp" | "azure",
  Record<"cool" | "archive", { product: string; minimumDays: number; copy: (dest: string) => string }>
> = {
  aws: {
    cool: {
      product: "s3-standard-ia",
      minimumDays: 30,
      copy: (d) => `aws s3 sync /data s3://${d} --storage-class STANDARD_IA`,
    },
    archive: {
      product: "s3-glacier-flexible-retrieval",
      minimumDays: 90,
      copy: (d) => `aws s3 sync /data s3://${d} --storage-class GLACIER`,
    },
  },
  gcp: {
    cool: {
      product: "gcs-nearline",
      minimumDays: 30,
      copy: (d) => `gcloud storage rsync -r /data gs://${d} --storage-class=nearline`,
    },
    archive: {
      product: "gcs-archive",
      minimumDays: 365,
      copy: (d) => `gcloud storage rsync -r /data gs://${d} --storage-class=archive`,
    },
  },
  azure: {
    cool: {
      product: "azure-blob-cool-lrs",
      minimumDays: 30,
      copy: (d) => `azcopy sync /data "https://<account>.blob.core.windows.net/${d}" --block-blob-tier Cool`,
    },
    archive: {
      product: "azure-blob-archive-lrs",
      minimumDays: 180,
      copy: (d) =>
        `azcopy sync /data "https://<account>.blob.core.windows.net/${d}" --block-blob-tier Archive`,
    },
  },
};

function copyJob(subject: ClaimVolume, command: string): string[] {
  const { claim } = subject;
  return [
    "apiVersion: batch/v1",
    "kind: Job",
    "metadata:",
    `  name: ${`archive-${claim.name}`.slice(0, 63)}`,
    `  namespace: ${claim.namespace}`,
    "spec:",
    "  template:",
    "    spec:",
    "      restartPolicy: Never",
    "      containers:",
    "        - name: copy",
    "          image: <an image with the provider's CLI>",
    `          command: ["sh", "-c", ${JSON.stringify(command)}]`,
    "          volumeMounts: [{ name: data, mountPath: /data, readOnly: true }]",
    "      volumes:",
    `        - { name: data, persistentVolumeClaim: { claimName: ${claim.name}, readOnly: true } }`,
  ];
}

/**
 * Cold checkpoints → object storage: a claim pods declared only as a checkpoint volume, that no pod
 * has mounted for more than `coldCheckpointDays` (more than `archiveCheckpointDays`: an archive
 * tier), on a priced disk or file share. The object tier is priced at the bytes last measured on it
 * (at its capacity, as an estimate, when never measured).
 */
export function recommendColdCheckpoints(
  inventory: RecommendationInventory,
  context: RecommendationContext,
): Recommendation[] {
  const { now, thresholds } = context;
  const provider = inventory.cluster.provider as Provider;
  if (provider !== "aws" && provider !== "gcp" && provider !== "azure") return [];
  const out: Recommendation[] = [];
  for (const subject of claimVolumes(inventory, now)) {
    const use = subject.use;
    if (!use || use.mountedNow || !use.lastUnmountedAt) continue;
    if (use.roles.length === 0 || use.roles.some((role) => role !== "checkpoint")) continue;
    const idleDays = ageInDays(use.lastUnmountedAt, now);
    if (idleDays <= thresholds.coldCheckpointDays) continue;
    const used = use.lastUsedBytes;
    const current = priceCurrentTier(inventory, context, subject.volume, used);
    if (current.resolution.kind !== "product" || /^(s3|gcs|azure-blob)-/.test(current.resolution.product))
      continue;
    const temperature = idleDays > thresholds.archiveCheckpointDays ? "archive" : "cool";
    const tier = OBJECT_TIERS[provider][temperature];
    const proposed = priceTargetTier(
      inventory,
      context,
      subject.volume,
      {
        kind: "product",
        provider,
        product: tier.product,
        note: `billed for at least ${tier.minimumDays} days per object`,
      },
      used,
    );
    const destination = `<bucket>/${subject.claim.namespace}/${subject.claim.name}`;
    out.push(
      claimRecommendation(inventory, subject, {
        rule: "cold-checkpoints",
        current,
        proposed,
        evidence: [
          { label: "Last mounted", value: formatAgo(use.lastUnmountedAt, now) },
          { label: "Roles declared", value: use.roles.join(", ") },
          {
            label: "Last measured used",
            value: used === null ? "never measured: priced at capacity" : formatBytes(used),
          },
        ],
        guardrail: [
          {
            label: "Cold",
            value: `only a checkpoint volume, unmounted for more than ${thresholds.coldCheckpointDays} days (archive tier after ${thresholds.archiveCheckpointDays})`,
          },
          { label: "Minimum storage duration", value: `${tier.minimumDays} days on ${proposed.side.label}` },
        ],
        fix: {
          summary: `Copy the checkpoints to ${proposed.side.label}, check the copy, then delete the claim.`,
          command: [
            ...copyJob(subject, tier.copy(destination)),
            "# When the Job has succeeded and the copy is checked:",
            `# kubectl delete pvc -n ${subject.claim.namespace} ${subject.claim.name}`,
          ].join("\n"),
          language: "yaml",
        },
      }),
    );
  }
  return out;
}
