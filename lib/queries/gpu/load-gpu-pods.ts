import { cardsRequested, physicalGpuCards } from "../../costing/gpu/cards-requested";
import { isSlowProduct } from "../../costing/gpu/faster-tier";
import type { WorkloadVolume } from "../../costing/gpu/faster-tier-return";
import { type GpuPricing, gpuHourPrice } from "../../costing/gpu/gpu-hour-price";
import type { GpuPodInput } from "../../costing/gpu/gpu-pod";
import type { TimeSpan } from "../../costing/gpu/integrate-utilisation";
import type { GpuIdleSettings } from "../../costing/gpu/settings";
import type { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import { dec } from "../../pricing/decimal";
import { resolveStorage } from "../../pricing/resolve/resolve-storage-class";
import type { Resolution } from "../../pricing/resolve/types";
import type { Provider } from "../../pricing/types";
import { loadDataClaimVolumes } from "./load-data-claim-volumes";
import { type GpuPodSeries, loadGpuPodSeries, podSeriesKey } from "./load-gpu-pod-series";

type Labels = Record<string, string>;
const labels = (value: unknown): Labels =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Labels) : {};

/** Utilisation sources, preferred first: the engine-active ratio is finer than GPU_UTIL's "a kernel ran". */
const UTILISATION_SOURCES = ["DCGM_FI_PROF_GR_ENGINE_ACTIVE", "DCGM_FI_DEV_GPU_UTIL"];
/** I/O pressure sources, preferred first: the container's own PSI over its node's, "some" over "full". */
const PRESSURE_SOURCES = [
  "container_pressure_io_waiting_seconds_total",
  "container_pressure_io_stalled_seconds_total",
  "node_pressure_io_waiting_seconds_total",
  "node_pressure_io_stalled_seconds_total",
];

export interface GpuClusterInput {
  clusterId: string;
  clusterName: string;
  pods: GpuPodInput[];
  /** Dataset and checkpoint claims per workload key (cluster/namespace/kind/name). */
  workloadVolumes: Map<string, WorkloadVolume[]>;
  classes: { name: string; resolution: Resolution }[];
}

interface NodeRow {
  name: string;
  createdAt: Date;
  nodePool: string | null;
  labels: unknown;
  region: string | null;
  instanceType: string | null;
  gpuCount: number;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(keyOf(item));
    if (list) list.push(item);
    else groups.set(keyOf(item), [item]);
  }
  return groups;
}

export const workloadKeyOf = (p: {
  clusterName: string;
  namespace: string;
  workloadKind: string;
  workloadName: string;
}) => `${p.clusterName}/${p.namespace}/${p.workloadKind}/${p.workloadName}`;

const rank = (order: string[], source: string) => {
  const index = order.indexOf(source);
  return index < 0 ? order.length : index;
};

/**
 * One cluster's GPU pods that lived in `span`, as the GPU-idle model reads them: GPU request, life,
 * node (pool and GPU-hour price), team, their utilisation and I/O pressure samples (from `span`'s
 * start less the longest hold, so a sample just before the window can hold into it), and their
 * dataset and checkpoint volumes resolved to catalog products. `workload` narrows it to one workload.
 */
export async function loadGpuPods(
  db: Db,
  input: {
    cluster: { id: string; name: string; provider: Provider; region: string | null };
    span: TimeSpan;
    settings: GpuIdleSettings;
    pricing: GpuPricing;
    day: string;
    workload?: { namespace: string; kind: string; name: string };
  },
): Promise<GpuClusterInput> {
  const { cluster, span } = input;
  const start = new Date(span.startMs);
  const end = new Date(span.endMs);
  const podWhere: Prisma.PodWhereInput = {
    clusterId: cluster.id,
    gpuRequest: { gt: 0 },
    startedAt: { lt: end },
    OR: [
      { finishedAt: { gt: start } },
      { finishedAt: null, OR: [{ deletedAt: null }, { deletedAt: { gt: start } }] },
    ],
    ...(input.workload
      ? {
          namespace: input.workload.namespace,
          ...(input.workload.kind === "Pod"
            ? { workloadName: null, name: input.workload.name }
            : { workloadKind: input.workload.kind, workloadName: input.workload.name }),
        }
      : {}),
  };
  // Nothing here passes one bind parameter per pod (PostgreSQL takes at most 65,535): the pods'
  // volumes are selected by the same filter as the pods, their nodes and series by array parameters.
  const [pods, podVolumes, namespaces, classes, attributeClasses] = await Promise.all([
    db.pod.findMany({ where: podWhere, orderBy: [{ namespace: "asc" }, { name: "asc" }] }),
    db.podVolume.findMany({
      where: { clusterId: cluster.id, pod: podWhere },
      select: { podUid: true, claimName: true, role: true },
    }),
    db.namespace.findMany({
      where: { clusterId: cluster.id },
      include: { team: { select: { name: true } } },
    }),
    db.storageClass.findMany({ where: { clusterId: cluster.id }, orderBy: { createdAt: "asc" } }),
    db.volumeAttributesClass.findMany({ where: { clusterId: cluster.id } }),
  ]);
  const nodes = await db.$queryRaw<NodeRow[]>`
    SELECT n.name, n.created_at AS "createdAt", n.node_pool AS "nodePool", n.labels, n.region,
           n.instance_type AS "instanceType", n.gpu_count AS "gpuCount"
      FROM node n
     WHERE n.cluster_id = ${cluster.id}::uuid
       AND n.name = ANY(${[...new Set(pods.flatMap((p) => (p.nodeName ? [p.nodeName] : [])))]}::text[])
     ORDER BY n.created_at`;
  const volumesOfPod = groupBy(podVolumes, (v) => v.podUid);
  const nodesByName = groupBy(nodes, (n) => n.name);
  const teamOf = new Map(namespaces.map((n) => [n.name, n.team?.name ?? null]));
  const classByName = new Map(classes.map((c) => [c.name, c]));
  const resolve = (
    storageClassName: string | null,
    volume: Parameters<typeof resolveStorage>[0]["volume"],
    vacName?: string | null,
  ) => {
    const sc = storageClassName ? classByName.get(storageClassName) : undefined;
    const vac = vacName ? attributeClasses.find((v) => v.name === vacName) : undefined;
    return resolveStorage({
      storageClass: sc
        ? { name: sc.name, provisioner: sc.provisioner, parameters: labels(sc.parameters) }
        : null,
      volumeAttributesClass: vac
        ? { name: vac.name, driverName: vac.driverName, parameters: labels(vac.parameters) }
        : null,
      volume,
      cluster: { provider: cluster.provider, region: cluster.region },
    });
  };

  // Dataset and checkpoint claims, their volumes, and what each resolves to.
  const dataMounts = pods.flatMap((p) =>
    (volumesOfPod.get(p.uid) ?? []).flatMap((v) =>
      v.claimName && (v.role === "dataset" || v.role === "checkpoint")
        ? [{ pod: p, claimName: v.claimName, role: v.role }]
        : [],
    ),
  );
  const claimKeys = [...new Set(dataMounts.map((m) => `${m.pod.namespace}\u0000${m.claimName}`))].map(
    (k) => k.split("\u0000") as [string, string],
  );
  const claimVolumes = await loadDataClaimVolumes(db, { clusterId: cluster.id, claimKeys, resolve });

  // Metric series of these pods, and their samples.
  const seriesByPod = await loadGpuPodSeries(db, {
    clusterId: cluster.id,
    pods,
    from: new Date(span.startMs - input.settings.maxHoldMinutes * 60_000),
    to: end,
  });
  const seriesOf = (namespace: string, pod: string, metric: GpuPodSeries["metric"]) =>
    (seriesByPod.get(podSeriesKey(namespace, pod)) ?? []).filter((s) => s.metric === metric);

  // One price per node, not per pod: a node's pods share its GPU-hour price.
  const nodePrices = new Map<NodeRow, ReturnType<typeof gpuHourPrice>>();
  const priceOfNode = (node: NodeRow) => {
    const known = nodePrices.get(node);
    if (known) return known;
    const price = gpuHourPrice(
      {
        clusterId: cluster.id,
        provider: cluster.provider,
        region: node.region ?? cluster.region,
        instanceType: node.instanceType,
        // Priced per physical card: a time-sliced node advertises each card several times.
        gpuCount: physicalGpuCards(node.gpuCount, labels(node.labels)),
        gkeAccelerator: labels(node.labels)["cloud.google.com/gke-accelerator"] ?? null,
      },
      input.pricing,
      input.day,
    );
    nodePrices.set(node, price);
    return price;
  };
  const workloadVolumes = new Map<string, WorkloadVolume[]>();
  const gpuPods: GpuPodInput[] = pods.map((pod) => {
    const named = pod.nodeName ? (nodesByName.get(pod.nodeName) ?? []) : [];
    const node = named.filter((n) => !pod.startedAt || n.createdAt <= pod.startedAt).at(-1) ?? named[0];
    const utilisation = seriesOf(pod.namespace, pod.name, "gpu_utilization_ratio");
    const source = [...new Set(utilisation.map((s) => s.sourceMetric))].sort(
      (a, b) => rank(UTILISATION_SOURCES, a) - rank(UTILISATION_SOURCES, b) || a.localeCompare(b),
    )[0];
    const pressure = seriesOf(pod.namespace, pod.name, "io_pressure_ratio").sort(
      (a, b) =>
        rank(PRESSURE_SOURCES, a.sourceMetric) - rank(PRESSURE_SOURCES, b.sourceMetric) ||
        b.samples.length - a.samples.length,
    )[0];
    const identity = {
      clusterName: cluster.name,
      namespace: pod.namespace,
      workloadKind: pod.workloadName ? (pod.workloadKind ?? "Pod") : "Pod",
      workloadName: pod.workloadName ?? pod.name,
    };
    const mounts = (volumesOfPod.get(pod.uid) ?? []).flatMap((v) => {
      const volume = v.claimName ? claimVolumes.get(`${pod.namespace}/${v.claimName}`) : undefined;
      return volume && (v.role === "dataset" || v.role === "checkpoint") ? [{ ...volume, role: v.role }] : [];
    });
    const key = workloadKeyOf(identity);
    const known = workloadVolumes.get(key) ?? [];
    for (const mount of mounts) if (!known.some((k) => k.claimName === mount.claimName)) known.push(mount);
    workloadVolumes.set(key, known);
    return {
      clusterId: cluster.id,
      ...identity,
      team: teamOf.get(pod.namespace) ?? null,
      podName: pod.name,
      podUid: pod.uid,
      nodeName: pod.nodeName,
      nodePool: node?.nodePool ?? null,
      gpuRequest: cardsRequested(dec(pod.gpuRequest), pod.gpuResourceName, labels(node?.labels)),
      gpuResourceName: pod.gpuResourceName,
      startedAtMs: pod.startedAt?.getTime() ?? null,
      endedAtMs: (pod.finishedAt ?? pod.deletedAt)?.getTime() ?? null,
      utilisation: utilisation.filter((s) => s.sourceMetric === source).map((s) => s.samples),
      ioPressure: pressure?.samples ?? [],
      slowTierClaims: mounts
        .filter(
          (m) =>
            m.resolution.kind === "product" &&
            isSlowProduct(m.resolution.product, input.settings.slowProducts),
        )
        .map((m) => m.claimName),
      price: node
        ? priceOfNode(node)
        : {
            status: "unpriced",
            reason: pod.nodeName
              ? `node ${pod.nodeName} is not in the inventory`
              : "the pod was never scheduled",
          },
    };
  });

  return {
    clusterId: cluster.id,
    clusterName: cluster.name,
    pods: gpuPods,
    workloadVolumes,
    classes: classes
      .filter((c) => !c.deletedAt)
      .map((c) => ({ name: c.name, resolution: resolve(c.name, undefined) })),
  };
}
