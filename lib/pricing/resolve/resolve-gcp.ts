import { known, mibPerSecond, param, positiveNumber, product, unknown } from "./params";
import type { Performance, Resolution, ResolveInput } from "./types";

const PD_TYPES = new Set(["pd-standard", "pd-balanced", "pd-ssd", "pd-extreme"]);
const HYPERDISK = new Set([
  "hyperdisk-balanced",
  "hyperdisk-throughput",
  "hyperdisk-extreme",
  "hyperdisk-ml",
]);

/**
 * pd.csi.storage.gke.io and the in-tree kubernetes.io/gce-pd. `type` defaults to pd-standard and
 * `replication-type` to none (gcp-compute-persistent-disk-csi-driver README); provisioned IOPS and
 * throughput come from the class's *-on-create parameters or a VolumeAttributesClass (iops, throughput).
 */
export function resolveGcePd(input: ResolveInput): Resolution {
  const sc = input.storageClass?.parameters;
  const vac = input.volumeAttributesClass?.parameters;
  const notes: string[] = [];
  let type = param([sc], "type")?.toLowerCase();
  if (!type) {
    type = "pd-standard";
    notes.push("type not set: the GCE PD CSI driver default pd-standard");
  }
  if (type === "dynamic") {
    return {
      kind: "unknown",
      label: "GCE PD dynamic",
      reason:
        "type: dynamic picks pd-* or hyperdisk-* per node at provisioning; the class alone does not say which",
      notes,
    };
  }
  const regional = param([sc], "replication-type")?.toLowerCase() === "regional-pd";
  if (PD_TYPES.has(type)) {
    const id = `gce-${type}${regional && type !== "pd-extreme" ? "-regional" : ""}`;
    const extra = type === "pd-extreme" ? { iops: gcpIops(sc, vac, null) } : {};
    return product(input, "gcp", id, { ...extra, snapshotProduct: "gce-pd-snapshot", notes });
  }
  if (HYPERDISK.has(type)) {
    if (regional) notes.push("regional replication of Hyperdisk is priced as zonal");
    const id = `gce-${type}`;
    const iops =
      type === "hyperdisk-balanced" || type === "hyperdisk-extreme" ? { iops: gcpIops(sc, vac, type) } : {};
    const tput =
      type === "hyperdisk-balanced" || type === "hyperdisk-throughput" || type === "hyperdisk-ml"
        ? { throughput: gcpThroughput(sc, vac) }
        : {};
    return product(input, "gcp", id, { ...iops, ...tput, snapshotProduct: "gce-pd-snapshot", notes });
  }
  return {
    kind: "unknown",
    label: `GCE disk ${type}`,
    reason: `GCE disk type "${type}" is not priced`,
    notes,
  };
}

function gcpIops(
  sc: Record<string, string> | undefined,
  vac: Record<string, string> | undefined,
  type: string | null,
) {
  const fromVac = positiveNumber(param([vac], "iops"));
  if (fromVac) return known(fromVac, `iops ${fromVac} (VolumeAttributesClass)`);
  const value = positiveNumber(param([sc], "provisioned-iops-on-create"));
  if (value) return known(value, `provisioned-iops-on-create ${value}`);
  return unknown(
    `provisioned-iops-on-create not set: Compute Engine applies its own default for ${type ?? "pd-extreme"}, which Tierscope does not model`,
  );
}

function gcpThroughput(
  sc: Record<string, string> | undefined,
  vac: Record<string, string> | undefined,
): Performance {
  const fromVac = mibPerSecond(param([vac], "throughput"));
  if (fromVac) return known(fromVac, `throughput ${fromVac} MiB/s (VolumeAttributesClass)`);
  const value = mibPerSecond(param([sc], "provisioned-throughput-on-create"));
  if (value) return known(value, `provisioned-throughput-on-create ${value} MiB/s`);
  return unknown(
    "provisioned-throughput-on-create not set: Compute Engine applies its own default, not modelled",
  );
}

const FILESTORE_TIERS: Record<string, string> = {
  standard: "filestore-basic-hdd",
  basic_hdd: "filestore-basic-hdd",
  premium: "filestore-basic-ssd",
  basic_ssd: "filestore-basic-ssd",
  zonal: "filestore-zonal",
  regional: "filestore-regional",
  enterprise: "filestore-enterprise",
};

/** filestore.csi.storage.gke.io: `tier` defaults to standard (Basic HDD); Filestore bills provisioned capacity. */
export function resolveFilestore(input: ResolveInput): Resolution {
  const tier = (param([input.storageClass?.parameters], "tier") ?? "standard").toLowerCase();
  const id = FILESTORE_TIERS[tier];
  if (!id)
    return {
      kind: "unknown",
      label: "Filestore",
      reason: `Filestore tier "${tier}" is not priced`,
      notes: [],
    };
  return product(input, "gcp", id, { notes: ["Filestore bills the provisioned capacity of the instance"] });
}

/** lustre.csi.storage.gke.io: Managed Lustre bills provisioned capacity at its throughput tier. */
export function resolveGkeLustre(input: ResolveInput): Resolution {
  const tier = param([input.storageClass?.parameters], "perUnitStorageThroughput");
  if (!tier || !["125", "250", "500", "1000"].includes(tier)) {
    return {
      kind: "unknown",
      label: "Managed Lustre",
      reason: `perUnitStorageThroughput must be 125, 250, 500 or 1000 (got ${tier ?? "nothing"})`,
      notes: [],
    };
  }
  return product(input, "gcp", `managed-lustre-${tier}`);
}

/** gcsfuse.csi.storage.gke.io: Cloud Storage bills the objects stored, by the bucket's class. */
export function resolveGcsFuse(input: ResolveInput): Resolution {
  return product(input, "gcp", "gcs-standard", {
    notes: [
      "Cloud Storage bills the objects stored, not the claim's size",
      "the bucket's storage class is not in Kubernetes: priced as Standard in the cluster's region",
    ],
  });
}
