import type { PodVolumePlan } from "./demo-plan-types";
import type { ScenarioBuilder } from "./demo-scenario-builder";
import { MINUTE_MS, SECOND_MS } from "./demo-time";

/**
 * A CPU Deployment with one replica mounting claims (ingest gateways, caches, SFTP drops). The
 * replica before the last rollout ran from `sinceDaysAgo`, so the claims stay mounted throughout.
 */
export interface ServiceSpec {
  namespace: string;
  name: string;
  pool: string;
  nodeIndex?: number;
  rolloutDaysAgo: number;
  /** When the previous replica started (omit: the current replica is the first). */
  sinceDaysAgo?: number;
  claims: { claimName: string; role: PodVolumePlan["role"]; readOnly?: boolean }[];
}

export function serviceDeployment(b: ScenarioBuilder, spec: ServiceSpec): void {
  const node = b.node(spec.pool, spec.nodeIndex ?? 0);
  const volumes: PodVolumePlan[] = spec.claims.map((claim, index) => ({
    name: `data-${index}`,
    type: "persistentVolumeClaim",
    claimName: claim.claimName,
    readOnly: claim.readOnly,
    role: claim.role,
  }));
  const rolloutAt = b.ago(spec.rolloutDaysAgo, -2);
  const replica = (tag: string, startedAt: Date, endedAt?: Date) => {
    const replicaSet = `${spec.name}-${b.suffix(10, spec.namespace, spec.name, tag)}`;
    b.pod({
      namespace: spec.namespace,
      name: `${replicaSet}-${b.suffix(5, replicaSet)}`,
      node,
      startedAt,
      finishedAt: endedAt,
      deletedAt: endedAt,
      owner: { kind: "ReplicaSet", name: replicaSet },
      workload: { kind: "Deployment", name: spec.name },
      container: spec.name,
      labels: { app: spec.name, "pod-template-hash": replicaSet.slice(spec.name.length + 1) },
      volumes,
    });
  };
  if (spec.sinceDaysAgo !== undefined)
    replica("previous", b.ago(spec.sinceDaysAgo, -2), b.clock.plus(rolloutAt, MINUTE_MS));
  replica("current", b.clock.plus(rolloutAt, 30 * SECOND_MS));
}
