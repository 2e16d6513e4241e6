import type { DemoCluster } from "./demo-plan-types";
import type { DemoClock } from "./demo-time";

/**
 * The life columns every Kubernetes object row shares. The demo has one observation per cluster, at
 * the anchor, and it is both the first and the last to see every object: firstSeenAt is the object's
 * creation and lastSeenAt its deletion, or the anchor for objects still alive.
 */
export function seenLifecycle(cluster: DemoCluster, clock: DemoClock, createdAt: Date, deletedAt?: Date) {
  return {
    createdAt,
    deletedAt: deletedAt ?? null,
    firstSeenAt: createdAt,
    lastSeenAt: deletedAt ?? clock.anchor,
    firstObservationId: cluster.observationId,
    lastObservationId: cluster.observationId,
  };
}

/** seenLifecycle plus deletionRequestedAt (metadata.deletionTimestamp), for kinds that record it. */
export function lifecycle(cluster: DemoCluster, clock: DemoClock, createdAt: Date, deletedAt?: Date) {
  return { ...seenLifecycle(cluster, clock, createdAt, deletedAt), deletionRequestedAt: deletedAt ?? null };
}
