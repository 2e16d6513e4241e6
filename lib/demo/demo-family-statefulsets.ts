import type { ScenarioBuilder } from "./demo-scenario-builder";
import { MINUTE_MS, SECOND_MS } from "./demo-time";
import type { ClaimSpec } from "./demo-volume-plan";

/**
 * StatefulSets with volumeClaimTemplates (`<template>-<set>-<ordinal>`): databases, Kafka,
 * Prometheus. Their pods were replaced at the last rollout; the claims stayed mounted throughout.
 */
export interface StatefulSetSpec {
  namespace: string;
  name: string;
  replicas: number;
  storageClass: string;
  gi: number;
  createdDaysAgo: number;
  rolloutDaysAgo: number;
  pool: string;
  usage: readonly [number, number];
  template?: string;
  container?: string;
  volumeAttributesClass?: string;
  measuredIops?: ClaimSpec["measuredIops"];
  zone?: string;
}

export function statefulSet(b: ScenarioBuilder, spec: StatefulSetSpec): void {
  const random = b.random.fork(`statefulset/${spec.namespace}/${spec.name}`);
  const template = spec.template ?? "data";
  const labels = { "app.kubernetes.io/name": spec.name, "app.kubernetes.io/instance": spec.name };
  for (let ordinal = 0; ordinal < spec.replicas; ordinal++) {
    const claimName = `${template}-${spec.name}-${ordinal}`;
    const podName = `${spec.name}-${ordinal}`;
    const createdAt = b.clock.plus(b.ago(spec.createdDaysAgo, -10), ordinal * 30 * SECOND_MS);
    const node = b.node(spec.pool, ordinal);
    b.claim({
      namespace: spec.namespace,
      name: claimName,
      storageClass: spec.storageClass,
      gi: spec.gi,
      createdAt,
      zone: spec.zone ?? node.zone,
      labels,
      volumeAttributesClass: spec.volumeAttributesClass,
      usage: [spec.usage[0] * random.float(0.9, 1.1), spec.usage[1] * random.float(0.92, 1.05)],
      measuredIops: spec.measuredIops,
    });
    const rolloutAt = b.clock.plus(b.ago(spec.rolloutDaysAgo, -3), ordinal * 2 * MINUTE_MS);
    const common = {
      namespace: spec.namespace,
      name: podName,
      node,
      owner: { kind: "StatefulSet", name: spec.name },
      container: spec.container ?? spec.name,
      labels: { ...labels, "statefulset.kubernetes.io/pod-name": podName },
      volumes: [
        { name: template, type: "persistentVolumeClaim" as const, claimName, role: "other" as const },
      ],
    };
    if (spec.createdDaysAgo > spec.rolloutDaysAgo) {
      // The replica before the rollout, back to the start of the history window.
      const previousStart =
        spec.createdDaysAgo > 95 ? b.ago(95, ordinal * 0.1) : b.clock.plus(createdAt, MINUTE_MS);
      b.pod({
        ...common,
        idKey: "previous",
        startedAt: previousStart,
        finishedAt: rolloutAt,
        deletedAt: rolloutAt,
      });
    }
    b.pod({ ...common, idKey: "current", startedAt: b.clock.plus(rolloutAt, 40 * SECOND_MS) });
  }
}
