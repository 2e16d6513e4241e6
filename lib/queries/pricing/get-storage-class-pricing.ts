import type { Db } from "../../db/prisma";
import { sum, ZERO } from "../../pricing/decimal";
import { type PricedVolume, type PriceStatus, priceVolume } from "../../pricing/price-volume";
import { resolveStorage } from "../../pricing/resolve/resolve-storage-class";
import type { Parameters, Resolution } from "../../pricing/resolve/types";
import { catalogKey, selectPriceInForce } from "../../pricing/select-price";
import {
  type SerializedCatalogPrice,
  type SerializedPricedVolume,
  serializeCatalogPrice,
  serializePricedVolume,
} from "../../pricing/serialize";
import type { Provider } from "../../pricing/types";
import { namespaceOwnedByTeams, type TeamIds } from "../scope/team-scope-sql";
import { getPricingContext, type PricingContext } from "./get-pricing-context";
import { isoDay } from "./price-rows";

const GIB = 1024n ** 3n;

export interface StorageClassPricing {
  clusterId: string;
  clusterName: string;
  provider: string;
  clusterRegion: string | null;
  /** null: volumes with no StorageClass, resolved from their CSI driver. */
  storageClassName: string | null;
  provisioner: string | null;
  parameters: Parameters;
  resolution: { kind: Resolution["kind"]; label: string; reason: string | null; notes: string[] };
  /** One volume of the reference size, priced: the unit prices, their sources and dates. */
  reference: { sizeBytes: string; priced: SerializedPricedVolume };
  /** What a snapshot of one of its volumes costs per GiB-month of stored (changed) data, if known. */
  snapshotPrice: SerializedCatalogPrice | null;
  /** The class's live volumes, priced each at its own size and performance. */
  volumes: {
    count: number;
    capacityBytes: string;
    /**
     * Sum over every volume (included ones count as 0); null as soon as one volume has no price,
     * so a partial sum is never shown as the class's cost.
     */
    monthlyCost: string | null;
    /** Volumes with no price: above 0, the total is null and the class's cost is partial. */
    unpricedVolumes: number;
    currency: string;
    byStatus: Record<PriceStatus, number>;
  };
}

export interface StorageClassPricingResult {
  asOf: string;
  displayCurrency: string;
  storageClasses: StorageClassPricing[];
}

interface VolumeGroup {
  cluster_id: string;
  storage_class_name: string | null;
  volume_attributes_class_name: string | null;
  csi_driver: string | null;
  region: string | null;
  zone: string | null;
  capacity_bytes: bigint;
  volume_count: bigint;
}

/**
 * Every StorageClass in the fleet (or the one named) with what it resolves to: its product, the
 * unit prices of a reference-size volume with their sources, and its live volumes priced each at
 * their own size and VolumeAttributesClass. Volumes are grouped by their price-relevant attributes,
 * so the work grows with distinct sizes, not with the number of volumes.
 */
export async function getStorageClassPricing(
  db: Db,
  options: {
    now: Date;
    clusterName?: string;
    storageClassName?: string;
    referenceBytes?: bigint;
    /** The reader's teams (null: every team): only their claims' volumes are counted and priced. */
    teamIds?: TeamIds;
  },
): Promise<StorageClassPricingResult> {
  const clusters = await db.cluster.findMany({
    where: { name: options.clusterName },
    orderBy: { name: "asc" },
  });
  const clusterIds = clusters.map((c) => c.id);
  const [classes, attributeClasses, groups, context] = await Promise.all([
    db.storageClass.findMany({
      where: { clusterId: { in: clusterIds }, deletedAt: null, name: options.storageClassName },
      orderBy: [{ name: "asc" }, { createdAt: "desc" }],
    }),
    db.volumeAttributesClass.findMany({ where: { clusterId: { in: clusterIds }, deletedAt: null } }),
    db.$queryRaw<VolumeGroup[]>`
      SELECT cluster_id, storage_class_name, volume_attributes_class_name, csi_driver, region, zone,
             capacity_bytes, count(*) AS volume_count
        FROM persistent_volume
       WHERE cluster_id = ANY(${clusterIds}::uuid[])
         AND created_at <= ${options.now} AND (deleted_at IS NULL OR deleted_at > ${options.now})
         AND ${namespaceOwnedByTeams(options.teamIds ?? null, "persistent_volume", "claim_namespace")}
       GROUP BY 1, 2, 3, 4, 5, 6, 7`,
    getPricingContext(db, { orgIds: [...new Set(clusters.map((c) => c.orgId))] }),
  ]);
  const day = isoDay(options.now);
  const rows: StorageClassPricing[] = [];
  for (const cluster of clusters) {
    const mine = groups.filter((g) => g.cluster_id === cluster.id);
    const names = new Map<string | null, { provisioner: string | null; parameters: Parameters }>();
    for (const sc of classes.filter((c) => c.clusterId === cluster.id)) {
      if (!names.has(sc.name))
        names.set(sc.name, { provisioner: sc.provisioner, parameters: sc.parameters as Parameters });
    }
    if (!options.storageClassName) {
      for (const g of mine) {
        if (!names.has(g.storage_class_name))
          names.set(g.storage_class_name, { provisioner: null, parameters: {} });
      }
    }
    for (const [name, sc] of names) {
      const classGroups = mine.filter((g) => g.storage_class_name === name);
      const vacs = attributeClasses.filter((v) => v.clusterId === cluster.id);
      // The reference volume describes the class itself: no VolumeAttributesClass.
      const price = (group: VolumeGroup | null, bytes: bigint, withVac = true) => {
        const vac = withVac ? vacs.find((v) => v.name === group?.volume_attributes_class_name) : undefined;
        const resolution = resolveStorage({
          storageClass: sc.provisioner
            ? { name: name ?? "", provisioner: sc.provisioner, parameters: sc.parameters }
            : null,
          volumeAttributesClass: vac
            ? { name: vac.name, driverName: vac.driverName, parameters: vac.parameters as Parameters }
            : null,
          volume: {
            capacityBytes: bytes,
            region: group?.region,
            zone: group?.zone,
            csiDriver: group?.csi_driver,
          },
          cluster: { provider: cluster.provider as Provider, region: cluster.region },
        });
        return { resolution, priced: priceOne(context, resolution, name, cluster.id, bytes, day) };
      };
      const largest = classGroups.reduce<VolumeGroup | null>(
        (a, g) => (!a || g.volume_count > a.volume_count ? g : a),
        null,
      );
      const referenceBytes = options.referenceBytes ?? (largest ? largest.capacity_bytes : 100n * GIB);
      const reference = price(options.referenceBytes ? null : largest, referenceBytes, false);
      const byStatus: Record<PriceStatus, number> = { priced: 0, estimated: 0, unpriced: 0, included: 0 };
      const costs = classGroups.map((g) => {
        const { priced } = price(g, g.capacity_bytes);
        byStatus[priced.status] += Number(g.volume_count);
        return priced.monthlyCost ? priced.monthlyCost.times(g.volume_count.toString()) : ZERO;
      });
      rows.push({
        clusterId: cluster.id,
        clusterName: cluster.name,
        provider: cluster.provider,
        clusterRegion: cluster.region,
        storageClassName: name,
        provisioner: sc.provisioner ?? classGroups[0]?.csi_driver ?? null,
        parameters: sc.parameters,
        resolution: {
          kind: reference.resolution.kind,
          label: reference.resolution.label,
          reason: reference.resolution.kind === "product" ? null : reference.resolution.reason,
          notes: reference.resolution.notes,
        },
        reference: { sizeBytes: referenceBytes.toString(), priced: serializePricedVolume(reference.priced) },
        snapshotPrice: snapshotPrice(context, reference.resolution, day),
        volumes: {
          count: classGroups.reduce((n, g) => n + Number(g.volume_count), 0),
          capacityBytes: classGroups.reduce((n, g) => n + g.capacity_bytes * g.volume_count, 0n).toString(),
          monthlyCost: byStatus.unpriced > 0 ? null : sum(costs).toFixed(),
          unpricedVolumes: byStatus.unpriced,
          currency: context.displayCurrency,
          byStatus,
        },
      });
    }
  }
  return { asOf: options.now.toISOString(), displayCurrency: context.displayCurrency, storageClasses: rows };
}

function snapshotPrice(
  context: PricingContext,
  resolution: Resolution,
  day: string,
): SerializedCatalogPrice | null {
  if (resolution.kind !== "product" || !resolution.snapshotProduct) return null;
  const key = catalogKey({
    ...resolution,
    product: resolution.snapshotProduct,
    component: "snapshot_standard",
  });
  const price = selectPriceInForce(
    context.catalog.filter((entry) => catalogKey(entry) === key),
    day,
  );
  return price ? serializeCatalogPrice(price) : null;
}

function priceOne(
  context: PricingContext,
  resolution: Resolution,
  storageClassName: string | null,
  clusterId: string,
  capacityBytes: bigint,
  day: string,
): PricedVolume {
  return priceVolume({
    resolution,
    storageClassName,
    clusterId,
    capacityBytes,
    day,
    catalog: context.catalog,
    overrides: context.overrides,
    displayCurrency: context.displayCurrency,
    exchangeRates: context.exchangeRates,
  });
}
