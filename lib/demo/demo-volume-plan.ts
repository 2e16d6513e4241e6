import { csiSource } from "./demo-cloud-handles";
import { demoUuid } from "./demo-ids";
import type { DemoCluster, Labels, StorageClassPlan, UsagePlan, VolumePlan } from "./demo-plan-types";
import { type DemoClock, SECOND_MS } from "./demo-time";
import type { SeededRandom } from "./seeded-random";

export interface ClaimSpec {
  namespace: string;
  name: string;
  storageClass: string;
  gi: number;
  createdAt: Date;
  /** The claim's deletion. Its volume goes with it (Delete) or turns Released (Retain). */
  deletedAt?: Date;
  /** The volume's reclaim policy was patched to Retain (otherwise the class's policy applies). */
  retain?: boolean;
  /** A Released volume that someone finally deleted. */
  releasedVolumeDeletedAt?: Date;
  volumeAttributesClass?: string;
  accessModes?: string[];
  zone?: string;
  labels?: Labels;
  owner?: { kind: string; name: string };
  dataSource?: { kind: string; name: string };
  /** Later sizes (expansions), oldest first. */
  resizes?: { at: Date; gi: number }[];
  /** Used share of capacity at creation and now (or at deletion). */
  usage: readonly [from: number, to: number];
  measuredIops?: { read: number; write: number };
}

export interface StaticVolumeSpec {
  name: string;
  storageClass: string;
  gi: number;
  createdAt: Date;
  zone?: string;
  reclaimPolicy?: "Delete" | "Retain";
  labels?: Labels;
  annotations?: Labels;
}

export interface VolumeContext {
  cluster: DemoCluster;
  clock: DemoClock;
  random: SeededRandom;
  storageClass: StorageClassPlan;
  zone: string | undefined;
}

export function usagePlan([from, to]: readonly [number, number]): UsagePlan {
  return { from, to, jitter: 0.015 };
}

/** A dynamically provisioned claim and its volume, named `pvc-<claim uid>` as external-provisioner names it. */
export function claimVolumePlan(context: VolumeContext, spec: ClaimSpec): VolumePlan {
  const { cluster, clock, random, storageClass: sc, zone } = context;
  const claimUid = demoUuid(cluster.name, "pvc", spec.namespace, spec.name);
  const pvName = `pvc-${claimUid}`;
  // The external provisioner creates the volume a few seconds after the claim.
  const createdAt = clock.plus(spec.createdAt, random.int(3, 25) * SECOND_MS);
  const retain = spec.retain === true || sc.reclaimPolicy === "Retain";
  const handles = { pvName, zone, claimNamespace: spec.namespace, claimName: spec.name, gi: spec.gi };
  return {
    pvUid: demoUuid(cluster.name, "pv", pvName),
    pvName,
    storageClass: sc,
    volumeAttributesClassName: spec.volumeAttributesClass,
    createdAt,
    sizes: [{ from: createdAt, gi: spec.gi }, ...(spec.resizes ?? []).map((r) => ({ from: r.at, gi: r.gi }))],
    accessModes: spec.accessModes ?? (sc.topology === "regional" ? ["ReadWriteMany"] : ["ReadWriteOnce"]),
    reclaimPolicy: retain ? "Retain" : "Delete",
    zone,
    ...csiSource(cluster, sc, handles),
    labels: {},
    annotations: { "pv.kubernetes.io/provisioned-by": sc.provisioner },
    claim: {
      uid: claimUid,
      namespace: spec.namespace,
      name: spec.name,
      createdAt: spec.createdAt,
      deletedAt: spec.deletedAt,
      labels: spec.labels ?? {},
      annotations: {
        "pv.kubernetes.io/bind-completed": "yes",
        "pv.kubernetes.io/bound-by-controller": "yes",
        "volume.kubernetes.io/storage-provisioner": sc.provisioner,
      },
      ownerKind: spec.owner?.kind,
      ownerName: spec.owner?.name,
      dataSourceKind: spec.dataSource?.kind,
      dataSourceName: spec.dataSource?.name,
    },
    // A Delete volume goes seconds after its claim; a Retain one stays until someone deletes it.
    deletedAt: spec.deletedAt
      ? retain
        ? spec.releasedVolumeDeletedAt
        : clock.clamp(clock.plus(spec.deletedAt, random.int(5, 40) * SECOND_MS))
      : undefined,
    usage: usagePlan(spec.usage),
    measuredIops: spec.measuredIops,
  };
}

/** A pre-provisioned volume (an admin's restore, a local disk): Available until something binds it. */
export function staticVolumePlan(context: VolumeContext, spec: StaticVolumeSpec): VolumePlan {
  const { cluster, storageClass: sc, zone } = context;
  return {
    pvUid: demoUuid(cluster.name, "pv", spec.name),
    pvName: spec.name,
    storageClass: sc,
    createdAt: spec.createdAt,
    sizes: [{ from: spec.createdAt, gi: spec.gi }],
    accessModes: sc.topology === "regional" ? ["ReadWriteMany"] : ["ReadWriteOnce"],
    reclaimPolicy: spec.reclaimPolicy ?? "Retain",
    zone,
    ...csiSource(cluster, sc, { pvName: spec.name, zone, gi: spec.gi }),
    labels: spec.labels ?? {},
    annotations: spec.annotations ?? {},
    usage: usagePlan([0, 0]),
  };
}
