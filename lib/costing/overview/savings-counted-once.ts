import { Dec, sum } from "../../pricing/decimal";
import type { Recommendation } from "../recommendations/recommendation";
import type { WasteFinding } from "../waste/finding";

/**
 * Waste per month and savings available, with no volume counted twice. Waste wins: a volume that
 * is waste (released, available, unmounted, oversized) is to be deleted or shrunk, which saves at
 * least what moving it to another tier would, so a recommendation's savings on such a volume are
 * left out. A recommendation of several volumes loses the share of those volumes, by capacity.
 * Unpriced findings and recommendations are counted, never added as $0.
 */
export function savingsCountedOnce(
  findings: readonly WasteFinding[],
  recommendations: readonly Recommendation[],
) {
  const wasteVolumes = new Set<string>();
  for (const f of findings) {
    if (f.kind === "PersistentVolume") wasteVolumes.add(`${f.clusterId}/pv/${f.uid}`);
    if (f.kind === "PersistentVolumeClaim") wasteVolumes.add(`${f.clusterId}/claim/${f.namespace}/${f.name}`);
  }
  const isWaste = (clusterId: string, volume: Recommendation["volumes"][number]) =>
    wasteVolumes.has(`${clusterId}/pv/${volume.uid}`) ||
    (volume.claimName !== null &&
      wasteVolumes.has(`${clusterId}/claim/${volume.claimNamespace}/${volume.claimName}`));

  const counted: Dec[] = [];
  let left = new Dec(0);
  let overlappingVolumes = 0;
  let unpricedRecommendations = 0;
  for (const r of recommendations) {
    const value = r.netMonthlyValue;
    if (value === null) {
      unpricedRecommendations++;
      continue;
    }
    if (!value.isPos()) continue;
    const capacity = sum(r.volumes.map((v) => new Dec(v.capacityBytes.toString())));
    const overlap = r.volumes.filter((v) => isWaste(r.clusterId, v));
    overlappingVolumes += overlap.length;
    const overlapCapacity = sum(overlap.map((v) => new Dec(v.capacityBytes.toString())));
    const wasteShare = capacity.isZero()
      ? new Dec(overlap.length > 0 ? 1 : 0)
      : overlapCapacity.div(capacity);
    counted.push(value.times(new Dec(1).minus(wasteShare)));
    left = left.plus(value.times(wasteShare));
  }
  const priced = findings.filter((f) => f.cost.monthlyCost !== null);
  return {
    waste: {
      monthlyCost: sum(priced.map((f) => f.cost.monthlyCost as Dec)),
      count: findings.length,
      unpricedCount: findings.length - priced.length,
    },
    savings: {
      monthlyCost: sum(counted),
      count: counted.length,
      unpricedCount: unpricedRecommendations,
      /** Recommended volumes that are also waste, and the savings on them left out (waste wins). */
      overlappingVolumes,
      leftOutForWaste: left,
    },
  };
}
