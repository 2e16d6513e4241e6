import { Dec, sum } from "../../pricing/decimal";
import type { Recommendation } from "../recommendations/recommendation";
import type { WasteFinding } from "../waste/finding";

export interface RecommendationNetOfWaste {
  recommendation: Recommendation;
  /** The volumes that are not waste: the ones this recommendation still speaks for. */
  volumes: Recommendation["volumes"];
  /** Its value on those volumes (null: unpriced), and what was left out because waste wins. */
  countedValue: Dec | null;
  leftOutForWaste: Dec;
  overlappingVolumes: number;
}

/**
 * Each recommendation less the volumes that are waste. Waste wins: a volume that is waste
 * (released, available, unmounted, oversized) is to be deleted or shrunk, which saves at least what
 * moving it to another tier would. A recommendation of several volumes loses the share of the
 * waste ones, by capacity (all of it when no capacity is known and any is waste).
 */
export function recommendationsNetOfWaste(
  findings: readonly WasteFinding[],
  recommendations: readonly Recommendation[],
): RecommendationNetOfWaste[] {
  const wasteVolumes = new Set<string>();
  for (const f of findings) {
    if (f.kind === "PersistentVolume") wasteVolumes.add(`${f.clusterId}/pv/${f.uid}`);
    if (f.kind === "PersistentVolumeClaim") wasteVolumes.add(`${f.clusterId}/claim/${f.namespace}/${f.name}`);
  }
  const isWaste = (clusterId: string, volume: Recommendation["volumes"][number]) =>
    wasteVolumes.has(`${clusterId}/pv/${volume.uid}`) ||
    (volume.claimName !== null &&
      wasteVolumes.has(`${clusterId}/claim/${volume.claimNamespace}/${volume.claimName}`));

  return recommendations.map((recommendation) => {
    const overlap = recommendation.volumes.filter((v) => isWaste(recommendation.clusterId, v));
    const volumes = recommendation.volumes.filter((v) => !isWaste(recommendation.clusterId, v));
    const value = recommendation.netMonthlyValue;
    if (value === null) {
      return {
        recommendation,
        volumes,
        countedValue: null,
        leftOutForWaste: new Dec(0),
        overlappingVolumes: overlap.length,
      };
    }
    const capacity = sum(recommendation.volumes.map((v) => new Dec(v.capacityBytes.toString())));
    const overlapCapacity = sum(overlap.map((v) => new Dec(v.capacityBytes.toString())));
    const wasteShare = capacity.isZero()
      ? new Dec(overlap.length > 0 ? 1 : 0)
      : overlapCapacity.div(capacity);
    return {
      recommendation,
      volumes,
      countedValue: value.times(new Dec(1).minus(wasteShare)),
      leftOutForWaste: value.times(wasteShare),
      overlappingVolumes: overlap.length,
    };
  });
}
