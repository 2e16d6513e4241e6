import { demoUuid, stableK8sSuffix } from "./demo-ids";
import type {
  ClusterScenario,
  DemoCluster,
  NamespacePlan,
  NodePlan,
  PendingClaimPlan,
  PodPlan,
  SnapshotClassPlan,
  SnapshotPlan,
  StorageClassPlan,
  VolumeAttributesClassPlan,
  VolumePlan,
} from "./demo-plan-types";
import { type PodSpec, podPlan } from "./demo-pod-plan";
import { type SnapshotSpec, snapshotPlan } from "./demo-snapshot-plan";
import { type DemoClock, SECOND_MS } from "./demo-time";
import {
  type ClaimSpec,
  claimVolumePlan,
  type StaticVolumeSpec,
  staticVolumePlan,
  usagePlan,
  type VolumeContext,
} from "./demo-volume-plan";
import type { SeededRandom } from "./seeded-random";

/** Collects one cluster's plans; the scenario files describe the cluster through it. */
export class ScenarioBuilder {
  readonly volumes: VolumePlan[] = [];
  readonly pendingClaims: PendingClaimPlan[] = [];
  readonly pods: PodPlan[] = [];
  readonly snapshots: SnapshotPlan[] = [];
  private readonly claimNames = new Set<string>();

  constructor(
    readonly cluster: DemoCluster,
    readonly clock: DemoClock,
    readonly random: SeededRandom,
    readonly namespaces: NamespacePlan[],
    readonly storageClasses: StorageClassPlan[],
    readonly volumeAttributesClasses: VolumeAttributesClassPlan[],
    readonly snapshotClasses: SnapshotClassPlan[],
    readonly nodes: NodePlan[],
  ) {}

  /** `days` days and `hours` hours before the anchor. */
  ago(days: number, hours = 0): Date {
    return this.clock.ago(days, hours);
  }

  storageClass(name: string): StorageClassPlan {
    const found = this.storageClasses.find((sc) => sc.name === name);
    if (!found) throw new Error(`${this.cluster.name}: no StorageClass ${name}`);
    return found;
  }

  snapshotClass(name: string): SnapshotClassPlan {
    const found = this.snapshotClasses.find((vsc) => vsc.name === name);
    if (!found) throw new Error(`${this.cluster.name}: no VolumeSnapshotClass ${name}`);
    return found;
  }

  pool(pool: string): NodePlan[] {
    const found = this.nodes.filter((node) => node.pool === pool);
    if (found.length === 0) throw new Error(`${this.cluster.name}: no node pool ${pool}`);
    return found;
  }

  node(pool: string, index: number): NodePlan {
    const nodes = this.pool(pool);
    return nodes[index % nodes.length] as NodePlan;
  }

  volumeOf(namespace: string, claimName: string): VolumePlan {
    const found = this.volumes.find((v) => v.claim?.namespace === namespace && v.claim.name === claimName);
    if (!found) throw new Error(`${this.cluster.name}: no claim ${namespace}/${claimName}`);
    return found;
  }

  private reserveClaimName(namespace: string, name: string): void {
    const key = `${namespace}/${name}`;
    // Metric series are keyed by namespace and claim name, as kubelet labels them: keep them unique.
    if (this.claimNames.has(key)) throw new Error(`${this.cluster.name}: claim ${key} planned twice`);
    this.claimNames.add(key);
  }

  private volumeContext(storageClass: string, zone: string | undefined): VolumeContext {
    const sc = this.storageClass(storageClass);
    // File systems are regional; a disk lands in the zone asked for, or any of the cluster's.
    const volumeZone =
      sc.topology === "regional" ? undefined : (zone ?? this.random.pick(this.cluster.zones));
    return {
      cluster: this.cluster,
      clock: this.clock,
      random: this.random,
      storageClass: sc,
      zone: volumeZone,
    };
  }

  /** A dynamically provisioned claim and its volume. */
  claim(spec: ClaimSpec): VolumePlan {
    this.reserveClaimName(spec.namespace, spec.name);
    const volume = claimVolumePlan(this.volumeContext(spec.storageClass, spec.zone), spec);
    this.volumes.push(volume);
    return volume;
  }

  /** A pre-provisioned volume: Available until bindStatic binds it. */
  staticVolume(spec: StaticVolumeSpec): VolumePlan {
    const volume = staticVolumePlan(this.volumeContext(spec.storageClass, spec.zone), spec);
    this.volumes.push(volume);
    return volume;
  }

  /** Binds a claim to a pre-provisioned volume at `at` (the claim is created just before). */
  bindStatic(
    volume: VolumePlan,
    namespace: string,
    name: string,
    at: Date,
    usage: readonly [number, number],
  ): void {
    this.reserveClaimName(namespace, name);
    volume.boundAt = at;
    volume.usage = usagePlan(usage);
    volume.claim = {
      uid: demoUuid(this.cluster.name, "pvc", namespace, name),
      namespace,
      name,
      createdAt: this.clock.plus(at, -2 * SECOND_MS),
      labels: {},
      annotations: { "pv.kubernetes.io/bind-completed": "yes" },
    };
  }

  /** A claim still waiting for its first consumer: no volume yet. */
  pendingClaim(
    spec: Pick<ClaimSpec, "namespace" | "name" | "storageClass" | "gi" | "createdAt" | "labels">,
  ): void {
    this.reserveClaimName(spec.namespace, spec.name);
    this.pendingClaims.push({
      uid: demoUuid(this.cluster.name, "pvc", spec.namespace, spec.name),
      namespace: spec.namespace,
      name: spec.name,
      createdAt: spec.createdAt,
      labels: spec.labels ?? {},
      annotations: {},
      storageClass: this.storageClass(spec.storageClass),
      requestedGi: spec.gi,
      accessModes: ["ReadWriteOnce"],
    });
  }

  pod(spec: PodSpec): PodPlan {
    const plan = podPlan(this.cluster, this.random, spec);
    this.pods.push(plan);
    return plan;
  }

  snapshot(spec: SnapshotSpec): SnapshotPlan {
    const plan = snapshotPlan(this.cluster, this, spec);
    this.snapshots.push(plan);
    return plan;
  }

  /** A short random suffix, as generateName and ReplicaSets produce. */
  suffix(length: number, ...parts: string[]): string {
    return stableK8sSuffix(length, this.cluster.name, ...parts);
  }

  scenario(): ClusterScenario {
    return {
      cluster: this.cluster,
      namespaces: this.namespaces,
      storageClasses: this.storageClasses,
      volumeAttributesClasses: this.volumeAttributesClasses,
      snapshotClasses: this.snapshotClasses,
      nodes: this.nodes,
      volumes: this.volumes,
      pendingClaims: this.pendingClaims,
      pods: this.pods,
      snapshots: this.snapshots,
    };
  }
}
