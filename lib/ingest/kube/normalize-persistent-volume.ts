import type { PersistentVolumeFields } from "./normalized-object";
import { asObject, type ObjectReader } from "./object-reader";
import type { ObjectMetadata } from "./read-metadata";

// In-tree volume plugins, named as their provisioners are, so pricing resolves them like CSI ones.
const IN_TREE: Record<string, { driver: string; handle: string }> = {
  awsElasticBlockStore: { driver: "kubernetes.io/aws-ebs", handle: "volumeID" },
  gcePersistentDisk: { driver: "kubernetes.io/gce-pd", handle: "pdName" },
  azureDisk: { driver: "kubernetes.io/azure-disk", handle: "diskURI" },
  azureFile: { driver: "kubernetes.io/azure-file", handle: "shareName" },
  nfs: { driver: "kubernetes.io/nfs", handle: "path" },
  local: { driver: "kubernetes.io/local", handle: "path" },
  hostPath: { driver: "kubernetes.io/host-path", handle: "path" },
};

const ZONE_KEYS = [
  "topology.kubernetes.io/zone",
  "topology.ebs.csi.aws.com/zone",
  "topology.gke.io/zone",
  "topology.disk.csi.azure.com/zone",
  "failure-domain.beta.kubernetes.io/zone",
];
const REGION_KEYS = ["topology.kubernetes.io/region", "failure-domain.beta.kubernetes.io/region"];

function affinityValues(r: ObjectReader): Map<string, string[]> {
  const values = new Map<string, string[]>();
  const terms = r.array("spec.nodeAffinity.required.nodeSelectorTerms");
  for (const term of terms) {
    for (const expression of (asObject(term)?.matchExpressions as unknown[]) ?? []) {
      const e = asObject(expression);
      if (e && typeof e.key === "string" && Array.isArray(e.values)) {
        values.set(e.key, [...(values.get(e.key) ?? []), ...e.values.filter((v) => typeof v === "string")]);
      }
    }
  }
  return values;
}

function firstOf(
  keys: string[],
  affinity: Map<string, string[]>,
  labels: Record<string, string>,
): string | null {
  for (const key of keys) {
    const fromAffinity = affinity.get(key);
    // A regional disk lists several zones: it has no single zone.
    if (fromAffinity?.length === 1) return fromAffinity[0] as string;
    if (labels[key]) return labels[key] as string;
  }
  return null;
}

export function normalizePersistentVolume(r: ObjectReader, meta: ObjectMetadata): PersistentVolumeFields {
  const labels = r.stringMap("metadata.labels");
  const annotations = r.stringMap("metadata.annotations");
  let csiDriver = r.string("spec.csi.driver");
  let volumeHandle = r.string("spec.csi.volumeHandle");
  if (!csiDriver) {
    for (const [plugin, { driver, handle }] of Object.entries(IN_TREE)) {
      const source = asObject(r.get(`spec.${plugin}`));
      if (source) {
        csiDriver = driver;
        volumeHandle = typeof source[handle] === "string" ? (source[handle] as string) : null;
        break;
      }
    }
  }
  const affinity = affinityValues(r);
  const zone = firstOf(ZONE_KEYS, affinity, labels);
  // A regional disk spans zones of one region: the region is what its zones share.
  const zones = ZONE_KEYS.flatMap((key) => affinity.get(key) ?? (labels[key] ? [labels[key] as string] : []));
  const zoneRegions = new Set(zones.map(regionOfZone));
  const region =
    firstOf(REGION_KEYS, affinity, labels) ?? (zoneRegions.size === 1 ? ([...zoneRegions][0] ?? null) : null);
  return {
    ...meta.common,
    storageClassName: r.string("spec.storageClassName"),
    volumeAttributesClassName: r.string("spec.volumeAttributesClassName"),
    capacityBytes: r.requiredBytes("spec.capacity.storage"),
    accessModes: r.strings("spec.accessModes"),
    volumeMode: r.string("spec.volumeMode"),
    // A PersistentVolume created by hand defaults to Retain; dynamic ones carry their class's policy.
    reclaimPolicy: r.oneOf(
      "spec.persistentVolumeReclaimPolicy",
      ["Delete", "Retain", "Recycle"] as const,
      "Retain",
    ) as "Delete" | "Retain" | "Recycle",
    phase: r.oneOf(
      "status.phase",
      ["Pending", "Available", "Bound", "Released", "Failed"] as const,
      "Pending",
    ) as "Pending" | "Available" | "Bound" | "Released" | "Failed",
    lastPhaseTransitionAt: r.time("status.lastPhaseTransitionTime"),
    csiDriver,
    volumeHandle,
    volumeAttributes: r.stringMap("spec.csi.volumeAttributes"),
    zone,
    region,
    claimNamespace: r.string("spec.claimRef.namespace"),
    claimName: r.string("spec.claimRef.name"),
    claimUid: r.string("spec.claimRef.uid"),
    labels,
    annotations,
  };
}

/** us-east-1a -> us-east-1, us-central1-c -> us-central1, eastus-2 -> eastus (Azure zones are numbers). */
export function regionOfZone(zone: string): string | null {
  const aws = /^([a-z]{2}(?:-gov)?-[a-z]+-\d)[a-z]$/.exec(zone);
  if (aws) return aws[1] as string;
  const gcp = /^([a-z]+-[a-z]+\d)-[a-z]$/.exec(zone);
  if (gcp) return gcp[1] as string;
  const azure = /^([a-z0-9]+)-\d$/.exec(zone);
  return azure ? (azure[1] as string) : null;
}
