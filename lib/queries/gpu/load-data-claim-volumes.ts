import type { WorkloadVolume } from "../../costing/gpu/faster-tier-return";
import type { Db } from "../../db/prisma";
import type { resolveStorage } from "../../pricing/resolve/resolve-storage-class";
import type { Resolution } from "../../pricing/resolve/types";

type Labels = Record<string, string>;
const labels = (value: unknown): Labels =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Labels) : {};

interface ClaimRow {
  namespace: string;
  name: string;
  volumeName: string | null;
  capacityBytes: bigint | null;
  requestedBytes: bigint;
  storageClassName: string | null;
  volumeAttributesClassName: string | null;
  accessModes: string[];
}

interface ClaimVolumeRow {
  name: string;
  capacityBytes: bigint;
  storageClassName: string | null;
  volumeAttributesClassName: string | null;
  region: string | null;
  zone: string | null;
  csiDriver: string | null;
  volumeAttributes: unknown;
  annotations: unknown;
}

/** How the GPU loader resolves a claim's storage: its class, volume and attributes class to a product. */
export type ResolveClaimStorage = (
  storageClassName: string | null,
  volume: Parameters<typeof resolveStorage>[0]["volume"],
  volumeAttributesClassName?: string | null,
) => Resolution;

/**
 * The dataset and checkpoint claims GPU pods mount (namespace and name), each with its volume's
 * size and what its storage resolves to, by "namespace/claim". The claims travel as two array
 * parameters, their volumes' names as one: as many bind parameters for 100,000 claims as for one.
 */
export async function loadDataClaimVolumes(
  db: Db,
  {
    clusterId,
    claimKeys,
    resolve,
  }: { clusterId: string; claimKeys: [namespace: string, name: string][]; resolve: ResolveClaimStorage },
): Promise<Map<string, WorkloadVolume>> {
  const claims = await db.$queryRaw<ClaimRow[]>`
    SELECT c.namespace, c.name, c.volume_name AS "volumeName", c.capacity_bytes AS "capacityBytes",
           c.requested_bytes AS "requestedBytes", c.storage_class_name AS "storageClassName",
           c.volume_attributes_class_name AS "volumeAttributesClassName", c.access_modes AS "accessModes"
      FROM persistent_volume_claim c
     WHERE c.cluster_id = ${clusterId}::uuid
       AND (c.namespace, c.name) IN (SELECT * FROM unnest(${claimKeys.map((k) => k[0])}::text[],
                                                         ${claimKeys.map((k) => k[1])}::text[]))
     ORDER BY c.created_at`;
  const volumes = await db.$queryRaw<ClaimVolumeRow[]>`
    SELECT v.name, v.capacity_bytes AS "capacityBytes", v.storage_class_name AS "storageClassName",
           v.volume_attributes_class_name AS "volumeAttributesClassName", v.region, v.zone,
           v.csi_driver AS "csiDriver", v.volume_attributes AS "volumeAttributes", v.annotations
      FROM persistent_volume v
     WHERE v.cluster_id = ${clusterId}::uuid
       AND v.name = ANY(${claims.flatMap((c) => (c.volumeName ? [c.volumeName] : []))}::text[])`;
  const volumeByName = new Map<string, ClaimVolumeRow>();
  for (const volume of volumes) if (!volumeByName.has(volume.name)) volumeByName.set(volume.name, volume);
  const claimVolumes = new Map<string, WorkloadVolume>();
  for (const claim of claims) {
    const pv = claim.volumeName ? volumeByName.get(claim.volumeName) : undefined;
    const capacityBytes = pv?.capacityBytes ?? claim.capacityBytes ?? claim.requestedBytes;
    claimVolumes.set(`${claim.namespace}/${claim.name}`, {
      namespace: claim.namespace,
      claimName: claim.name,
      role: "dataset",
      storageClassName: pv?.storageClassName ?? claim.storageClassName,
      capacityBytes,
      accessModes: claim.accessModes,
      resolution: resolve(
        pv?.storageClassName ?? claim.storageClassName,
        pv
          ? {
              capacityBytes,
              region: pv.region,
              zone: pv.zone,
              csiDriver: pv.csiDriver,
              volumeAttributes: labels(pv.volumeAttributes),
              annotations: labels(pv.annotations),
            }
          : { capacityBytes },
        pv?.volumeAttributesClassName ?? claim.volumeAttributesClassName,
      ),
    });
  }

  return claimVolumes;
}
