import { snapshotClassRows, storageClassRows, volumeAttributesClassRows } from "./demo-class-rows";
import { demoDataAccessFiles } from "./demo-data-access-files";
import { demoDataAccessReadings } from "./demo-data-access-readings";
import type { DemoFleet } from "./demo-fleet-types";
import { gpuMetricRows } from "./demo-gpu-metrics";
import { namespacePlans, namespaceRows } from "./demo-namespaces";
import { nodePlans, nodeRows } from "./demo-nodes";
import { observationKindRows, observationRow } from "./demo-observations";
import {
  clusterRows,
  type DemoClusterKey,
  demoClusters,
  demoTeams,
  organizationRow,
  teamRows,
} from "./demo-organisation";
import type { ClusterScenario } from "./demo-plan-types";
import { podRows } from "./demo-pods";
import { buildAksScenario } from "./demo-scenario-aks";
import { ScenarioBuilder } from "./demo-scenario-builder";
import { buildEksScenario } from "./demo-scenario-eks";
import { buildGkeScenario } from "./demo-scenario-gke";
import { snapshotClassPlans, volumeAttributesClassPlans } from "./demo-snapshot-classes";
import { snapshotRows } from "./demo-snapshots";
import { storageClassPlans } from "./demo-storage-classes";
import { createDemoClock, type DemoClock } from "./demo-time";
import { volumeMetricRows } from "./demo-volume-metrics";
import { volumeRows } from "./demo-volumes";
import { createSeededRandom } from "./seeded-random";

export type { DemoFleet } from "./demo-fleet-types";

const SCENARIOS: Record<DemoClusterKey, (b: ScenarioBuilder) => void> = {
  eks: buildEksScenario,
  aks: buildAksScenario,
  gke: buildGkeScenario,
};

/**
 * The synthetic demo fleet: Acme AI's three clusters over the 90 days before `now`'s day, with
 * every waste story and the GPU-idle story present. Pure and deterministic: the same `now` gives
 * identical rows, and ids depend only on object names, never on the clock.
 */
export function generateDemoFleet({ now }: { now: Date }): DemoFleet {
  const clock = createDemoClock(now);
  const teams = demoTeams();
  const clusters = demoClusters(clock);
  const fleet: DemoFleet = {
    organization: organizationRow(clock),
    teams: teamRows(teams),
    clusters: clusterRows(Object.values(clusters), clock),
    observations: [],
    observationKinds: [],
    namespaces: [],
    storageClasses: [],
    volumeAttributesClasses: [],
    persistentVolumes: [],
    persistentVolumeRevisions: [],
    persistentVolumeClaims: [],
    volumeSnapshotClasses: [],
    volumeSnapshots: [],
    volumeSnapshotContents: [],
    nodes: [],
    pods: [],
    podVolumes: [],
    metricSeries: [],
    metricSamples: [],
    dataAccess: [],
  };
  for (const key of Object.keys(SCENARIOS) as DemoClusterKey[]) {
    const cluster = clusters[key];
    const builder = new ScenarioBuilder(
      cluster,
      clock,
      createSeededRandom(`acme-ai/${cluster.name}`),
      namespacePlans(key, teams, clock),
      storageClassPlans(key, clock),
      volumeAttributesClassPlans(key, clock),
      snapshotClassPlans(key, clock),
      nodePlans(key, cluster, clock),
    );
    SCENARIOS[key](builder);
    appendScenario(fleet, builder.scenario(), clock);
  }
  return fleet;
}

function appendScenario(fleet: DemoFleet, scenario: ClusterScenario, clock: DemoClock): void {
  const { cluster } = scenario;
  const namespaces = namespaceRows(cluster, scenario.namespaces, clock);
  const storageClasses = storageClassRows(cluster, scenario.storageClasses, clock);
  const volumeAttributesClasses = volumeAttributesClassRows(cluster, scenario.volumeAttributesClasses, clock);
  const volumeSnapshotClasses = snapshotClassRows(cluster, scenario.snapshotClasses, clock);
  const volumes = volumeRows(cluster, scenario.volumes, scenario.pendingClaims, clock);
  const snapshots = snapshotRows(cluster, scenario.snapshots, clock);
  const nodes = nodeRows(cluster, scenario.nodes, clock);
  const pods = podRows(cluster, scenario.pods, clock);
  const volumeMetrics = volumeMetricRows(cluster, scenario.volumes, scenario.pods, clock);
  const gpuMetrics = gpuMetricRows(cluster, scenario.pods, clock);

  fleet.observations.push(observationRow(cluster, clock));
  fleet.observationKinds.push(
    ...observationKindRows(cluster, {
      Namespace: namespaces,
      StorageClass: storageClasses,
      VolumeAttributesClass: volumeAttributesClasses,
      PersistentVolume: volumes.persistentVolumes,
      PersistentVolumeClaim: volumes.persistentVolumeClaims,
      VolumeSnapshotClass: volumeSnapshotClasses,
      VolumeSnapshot: snapshots.volumeSnapshots,
      VolumeSnapshotContent: snapshots.volumeSnapshotContents,
      Node: nodes,
      Pod: pods.pods,
    }),
  );
  fleet.namespaces.push(...namespaces);
  fleet.storageClasses.push(...storageClasses);
  fleet.volumeAttributesClasses.push(...volumeAttributesClasses);
  fleet.persistentVolumes.push(...volumes.persistentVolumes);
  fleet.persistentVolumeRevisions.push(...volumes.persistentVolumeRevisions);
  fleet.persistentVolumeClaims.push(...volumes.persistentVolumeClaims);
  fleet.volumeSnapshotClasses.push(...volumeSnapshotClasses);
  fleet.volumeSnapshots.push(...snapshots.volumeSnapshots);
  fleet.volumeSnapshotContents.push(...snapshots.volumeSnapshotContents);
  fleet.nodes.push(...nodes);
  fleet.pods.push(...pods.pods);
  fleet.podVolumes.push(...pods.podVolumes);
  fleet.metricSeries.push(...volumeMetrics.metricSeries, ...gpuMetrics.metricSeries);
  // push(...array) would overflow the call stack for large sample arrays: append in a loop.
  for (const sample of volumeMetrics.metricSamples) fleet.metricSamples.push(sample);
  for (const sample of gpuMetrics.metricSamples) fleet.metricSamples.push(sample);
  const readings = demoDataAccessReadings(demoDataAccessFiles(scenario, clock));
  if (readings.length > 0) fleet.dataAccess.push({ clusterId: cluster.id, readings });
}
