import { resolveEbs, resolveEfs, resolveFsx, resolveS3 } from "./resolve-aws";
import { resolveAzureBlob, resolveAzureDisk, resolveAzureFile } from "./resolve-azure";
import { resolveFilestore, resolveGcePd, resolveGcsFuse, resolveGkeLustre } from "./resolve-gcp";
import { INCLUDED_IN_INSTANCE, type Resolution, type ResolveInput } from "./types";

type Resolver = (input: ResolveInput) => Resolution;

const RESOLVERS: Record<string, Resolver> = {
  "ebs.csi.aws.com": (input) => resolveEbs(input, false),
  "kubernetes.io/aws-ebs": (input) => resolveEbs(input, true),
  "efs.csi.aws.com": resolveEfs,
  "fsx.csi.aws.com": resolveFsx,
  "s3.csi.aws.com": resolveS3,
  "disk.csi.azure.com": resolveAzureDisk,
  "kubernetes.io/azure-disk": resolveAzureDisk,
  "file.csi.azure.com": resolveAzureFile,
  "kubernetes.io/azure-file": resolveAzureFile,
  "blob.csi.azure.com": resolveAzureBlob,
  "pd.csi.storage.gke.io": resolveGcePd,
  "kubernetes.io/gce-pd": resolveGcePd,
  "filestore.csi.storage.gke.io": resolveFilestore,
  "lustre.csi.storage.gke.io": resolveGkeLustre,
  "gcsfuse.csi.storage.gke.io": resolveGcsFuse,
};

/** Provisioners whose volumes are disks of the node itself: paid for in the instance price. */
const LOCAL_PROVISIONERS: Record<string, string> = {
  "kubernetes.io/no-provisioner": "Local persistent volume",
  "rancher.io/local-path": "Local path provisioner",
  "openebs.io/local": "OpenEBS Local PV",
  "local.csi.openebs.io": "OpenEBS Local PV",
  "lvm.csi.openebs.io": "OpenEBS LocalPV-LVM",
  "zfs.csi.openebs.io": "OpenEBS LocalPV-ZFS",
  "localdisk.csi.acstor.io": "Azure Container Storage local NVMe",
  "kubernetes.io/host-path": "hostPath",
};

export const KNOWN_PROVISIONERS = [...Object.keys(RESOLVERS), ...Object.keys(LOCAL_PROVISIONERS)];

/**
 * What a volume of a StorageClass is, in the provider's price terms: product, region and the
 * provisioned performance it is billed for. The StorageClass gives the product; a
 * VolumeAttributesClass overrides its performance parameters; the PV gives region, size and
 * annotations. A volume with no class is resolved from its PV's CSI driver alone.
 */
export function resolveStorage(input: ResolveInput): Resolution {
  const provisioner = input.storageClass?.provisioner ?? input.volume?.csiDriver ?? null;
  if (!provisioner) {
    return {
      kind: "unknown",
      label: "no StorageClass",
      reason: "the volume has no StorageClass and no CSI driver: add a price override for it",
      notes: [],
    };
  }
  const local = LOCAL_PROVISIONERS[provisioner];
  if (local) return { kind: "included", label: local, reason: INCLUDED_IN_INSTANCE, notes: [] };
  const resolver = RESOLVERS[provisioner];
  if (!resolver) {
    return {
      kind: "unknown",
      label: provisioner,
      reason: `unknown provisioner ${provisioner}: Tierscope has no price model for it; add a price override for this StorageClass`,
      notes: [],
    };
  }
  return resolver(input);
}
