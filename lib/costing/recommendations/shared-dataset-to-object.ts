import type { StorageClassInput } from "../../pricing/resolve/types";
import { claimRecommendation } from "./build-recommendation";
import type { ClaimVolume } from "./claim-volumes";
import { activeClaimVolumes, inUseGuardrail } from "./claim-volumes";
import type { RecommendationContext, RecommendationInventory } from "./inventory";
import { priceCurrentTier, priceTargetTier } from "./price-tier";
import type { Recommendation } from "./recommendation";

/** The object-storage CSI driver of each cloud, with a local read cache, as a StorageClass to price. */
const OBJECT_CLASSES: Record<string, { storageClass: StorageClassInput; copy: string; mount: string[] }> = {
  aws: {
    storageClass: { name: "s3-mountpoint", provisioner: "s3.csi.aws.com", parameters: {} },
    copy: "aws s3 sync /data s3://<bucket>/<prefix>",
    mount: [
      "csi:",
      "  driver: s3.csi.aws.com",
      "  volumeHandle: <bucket>-dataset",
      "  volumeAttributes: { bucketName: <bucket> }",
      "mountOptions: [read-only, allow-other, cache /tmp/mountpoint-cache, metadata-ttl indefinite]",
    ],
  },
  gcp: {
    storageClass: { name: "gcsfuse", provisioner: "gcsfuse.csi.storage.gke.io", parameters: {} },
    copy: "gcloud storage rsync -r /data gs://<bucket>/<prefix>",
    mount: [
      "csi:",
      "  driver: gcsfuse.csi.storage.gke.io",
      "  volumeHandle: <bucket>",
      '  volumeAttributes: { fileCacheCapacity: "-1", fileCacheForRangeRead: "true" }',
      "mountOptions: [implicit-dirs, file-cache:enable-parallel-downloads:true]",
    ],
  },
  azure: {
    storageClass: { name: "blob-fuse", provisioner: "blob.csi.azure.com", parameters: { accessTier: "Hot" } },
    copy: 'azcopy sync /data "https://<account>.blob.core.windows.net/<container>"',
    mount: [
      "csi:",
      "  driver: blob.csi.azure.com",
      "  volumeHandle: <account>_<container>",
      "  volumeAttributes: { containerName: <container>, protocol: fuse2 }",
      "mountOptions: [-o ro, -o allow_other, --file-cache-timeout-in-seconds=86400, --use-attr-cache=true]",
    ],
  },
};

/** File products that bill a shared file system: EFS, Filestore and Azure Files. */
const SHARED_FILE = /^(efs-|filestore-|azure-files-)/;

function fix(subject: ClaimVolume, provider: string) {
  const object = OBJECT_CLASSES[provider] as (typeof OBJECT_CLASSES)[string];
  const { claim, volume } = subject;
  return {
    summary:
      "Copy the dataset to a bucket and mount it read-only through the object-storage CSI driver, cached on local NVMe.",
    command: [
      `# 1. Copy the data once (from a pod mounting ${claim.name}): ${object.copy}`,
      "# 2. A static PersistentVolume for the bucket, and a claim bound to it:",
      "apiVersion: v1",
      "kind: PersistentVolume",
      "metadata:",
      `  name: ${claim.name}-object`,
      "spec:",
      `  capacity: { storage: ${Math.ceil(Number(volume.capacityBytes) / 1024 ** 3)}Gi }`,
      "  accessModes: [ReadOnlyMany]",
      '  storageClassName: ""',
      `  claimRef: { namespace: ${claim.namespace}, name: ${claim.name}-object }`,
      ...object.mount.map((line) => `  ${line}`),
      "---",
      "apiVersion: v1",
      "kind: PersistentVolumeClaim",
      "metadata:",
      `  name: ${claim.name}-object`,
      `  namespace: ${claim.namespace}`,
      "spec:",
      "  accessModes: [ReadOnlyMany]",
      '  storageClassName: ""',
      `  volumeName: ${claim.name}-object`,
      `  resources: { requests: { storage: ${Math.ceil(Number(volume.capacityBytes) / 1024 ** 3)}Gi } }`,
      `# 3. Point the readers at ${claim.name}-object, then: kubectl delete pvc -n ${claim.namespace} ${claim.name}`,
    ].join("\n"),
    language: "yaml" as const,
  };
}

/**
 * Read-heavy shared datasets on EFS, Filestore or Azure Files → object storage with a cache: a claim
 * declared as a dataset, mounted in the window by at least `sharedDatasetMinReaders` pods, every one
 * of them read-only. Object storage bills the bytes stored at a fraction of a file system's price;
 * the CSI driver's cache on the node's local NVMe serves repeated reads (epochs) at local-disk speed.
 */
export function recommendSharedDatasetToObject(
  inventory: RecommendationInventory,
  context: RecommendationContext,
): Recommendation[] {
  const provider = inventory.cluster.provider;
  const object = OBJECT_CLASSES[provider];
  if (!object) return [];
  const { thresholds } = context;
  const out: Recommendation[] = [];
  for (const subject of activeClaimVolumes(inventory, context)) {
    const use = subject.use;
    if (!use?.roles.includes("dataset")) continue;
    if (use.podsInWindow < thresholds.sharedDatasetMinReaders || use.readOnlyPodsInWindow < use.podsInWindow)
      continue;
    const used = subject.usage?.p95UsedBytes ?? use.lastUsedBytes;
    const current = priceCurrentTier(inventory, context, subject.volume, used);
    if (!current.side.product || !SHARED_FILE.test(current.side.product)) continue;
    const proposed = priceTargetTier(
      inventory,
      context,
      subject.volume,
      { kind: "storage-class", storageClass: object.storageClass },
      used,
    );
    out.push(
      claimRecommendation(inventory, subject, {
        rule: "shared-dataset-to-object",
        current,
        proposed,
        evidence: [
          { label: "Readers", value: `${use.podsInWindow} pods in the window, all read-only` },
          { label: "Roles declared", value: use.roles.join(", ") },
        ],
        guardrail: [
          inUseGuardrail(context),
          {
            label: "Shared and read-only",
            value: `at least ${thresholds.sharedDatasetMinReaders} pods read it in the window, none wrote to it`,
          },
          {
            label: "Cache",
            value:
              "object storage is tens of ms to the first byte: mount it with the driver's cache on local NVMe so repeated epochs read locally",
          },
        ],
        fix: fix(subject, provider),
      }),
    );
  }
  return out;
}
