import { moveVolumesWhatIf } from "../../costing/recommendations/move-volumes-what-if";
import type { TierSide } from "../../costing/recommendations/recommendation";
import type { Db } from "../../db/prisma";
import { getClusterByNameOrThrow } from "../clusters/get-cluster-by-name-or-throw";
import { getPricingContext } from "../pricing/get-pricing-context";
import type { NamespaceVisible } from "../scope/namespace-visibility";
import { getRecommendationThresholds } from "./get-recommendation-thresholds";
import { loadRecommendationInventory } from "./load-recommendation-inventory";

const side = (s: TierSide) => ({
  ...s,
  cost: { ...s.cost, monthlyCost: s.cost.monthlyCost?.toFixed() ?? null },
});

/**
 * Moving volumes of one cluster to one of its StorageClasses, priced before and after; nothing is
 * written. A volume whose claim the reader may not see is unknown to it, as a missing one is.
 */
export async function getMoveVolumesWhatIf(
  db: Db,
  params: { cluster: string; volumes: string[]; storageClass: string; now: Date; visible: NamespaceVisible },
) {
  const cluster = await getClusterByNameOrThrow(db, params.cluster);
  const [pricing, { thresholds }, inventory] = await Promise.all([
    getPricingContext(db, { orgIds: [cluster.orgId] }),
    getRecommendationThresholds(db),
    loadRecommendationInventory(db, { cluster, now: params.now }),
  ]);
  const visibleInventory = {
    ...inventory,
    volumes: inventory.volumes.filter((volume) => params.visible(cluster.id, volume.claimNamespace)),
  };
  const result = moveVolumesWhatIf(
    visibleInventory,
    { now: params.now, thresholds, pricing },
    { volumes: params.volumes, storageClass: params.storageClass },
  );
  return {
    kind: "move" as const,
    clusterName: cluster.name,
    asOf: params.now.toISOString(),
    targetStorageClass: result.targetStorageClass,
    currency: result.currency,
    // null: no volume is priced on both sides (unpriced, never $0).
    before: result.before?.toFixed() ?? null,
    after: result.after?.toFixed() ?? null,
    savings: result.savings?.toFixed() ?? null,
    unpricedVolumes: result.unpricedVolumes,
    estimated: result.estimated,
    volumes: result.volumes.map((v) => ({
      ...v,
      capacityBytes: v.capacityBytes.toString(),
      before: side(v.before),
      after: side(v.after),
    })),
  };
}
export type MoveVolumesWhatIfResult = Awaited<ReturnType<typeof getMoveVolumesWhatIf>>;
