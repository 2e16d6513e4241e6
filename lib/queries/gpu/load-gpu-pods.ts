import { cardsRequested, physicalGpuCards } from "../../costing/gpu/cards-requested";
import { isSlowProduct } from "../../costing/gpu/faster-tier";
import type { WorkloadVolume } from "../../costing/gpu/faster-tier-return";
import { type GpuPricing, gpuHourPrice } from "../../costing/gpu/gpu-hour-price";
import type { GpuPodInput } from "../../costing/gpu/gpu-pod";
import type { Sample, TimeSpan } from "../../costing/gpu/integrate-utilisation";
import type { GpuIdleSettings } from "../../costing/gpu/settings";
import { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import { dec } from "../../pricing/decimal";
import { resolveStorage } from "../../pricing/resolve/resolve-storage-class";
import type { Resolution } from "../../pricing/resolve/types";
import type { Provider } from "../../pricing/types";

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

interface SampleRow {
  series_id: string;
  at_ms: number;
  value: number;
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
  const pods = await db.pod.findMany({
    where: {
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
    },
    include: { volumes: { select: { claimName: true, role: true } } },
    orderBy: [{ namespace: "asc" }, { name: "asc" }],
  });
  const [nodes, namespaces, classes, attributeClasses] = await Promise.all([
    db.node.findMany({
      where: {
        clusterId: cluster.id,
        name: { in: [...new Set(pods.flatMap((p) => (p.nodeName ? [p.nodeName] : [])))] },
      },
      orderBy: { createdAt: "asc" },
    }),
    db.namespace.findMany({
      where: { clusterId: cluster.id },
      include: { team: { select: { name: true } } },
    }),
    db.storageClass.findMany({ where: { clusterId: cluster.id }, orderBy: { createdAt: "asc" } }),
    db.volumeAttributesClass.findMany({ where: { clusterId: cluster.id } }),
  ]);
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
    p.volumes.flatMap((v) =>
      v.claimName && (v.role === "dataset" || v.role === "checkpoint")
        ? [{ pod: p, claimName: v.claimName, role: v.role }]
        : [],
    ),
  );
  const claims = await db.persistentVolumeClaim.findMany({
    where: {
      clusterId: cluster.id,
      OR: [...new Set(dataMounts.map((m) => `${m.pod.namespace}\u0000${m.claimName}`))].map((k) => {
        const [namespace, name] = k.split("\u0000") as [string, string];
        return { namespace, name };
      }),
    },
    orderBy: { createdAt: "asc" },
  });
  const volumes = await db.persistentVolume.findMany({
    where: {
      clusterId: cluster.id,
      name: { in: claims.flatMap((c) => (c.volumeName ? [c.volumeName] : [])) },
    },
  });
  const claimVolumes = new Map<string, WorkloadVolume>();
  for (const claim of claims) {
    const pv = volumes.find((v) => v.name === claim.volumeName);
    const capacityBytes = pv?.capacityBytes ?? claim.capacityBytes ?? claim.requestedBytes;
    claimVolumes.set(`${claim.namespace}/${claim.name}`, {
      namespace: claim.namespace,
      claimName: claim.name,
      role: "dataset",
      storageClassName: pv?.storageClassName ?? claim.storageClassName,
      capacityBytes,
      accessModes: claim.accessModes,
      resolution: resolve(
        pv?.storageClassName ?? claim.storageClassName,
        pv
          ? {
              capacityBytes,
              region: pv.region,
              zone: pv.zone,
              csiDriver: pv.csiDriver,
              volumeAttributes: labels(pv.volumeAttributes),
              annotations: labels(pv.annotations),
            }
          : { capacityBytes },
        pv?.volumeAttributesClassName ?? claim.volumeAttributesClassName,
      ),
    });
  }

  // Metric series of these pods, and their samples.
  const series = await db.metricSeries.findMany({
    where: {
      clusterId: cluster.id,
      metric: { in: ["gpu_utilization_ratio", "io_pressure_ratio"] },
      namespace: { in: [...new Set(pods.map((p) => p.namespace))] },
      pod: { in: [...new Set(pods.map((p) => p.name))] },
    },
    select: { id: true, metric: true, sourceMetric: true, namespace: true, pod: true },
  });
  const samplesBySeries = new Map<string, Sample[]>();
  if (series.length > 0) {
    const from = new Date(span.startMs - input.settings.maxHoldMinutes * 60_000);
    const rows = await db.$queryRaw<SampleRow[]>(Prisma.sql`
      SELECT series_id::text AS series_id, (extract(epoch FROM at) * 1000)::float8 AS at_ms, value
        FROM metric_sample
       WHERE cluster_id = ${cluster.id}::uuid
         AND series_id = ANY(${series.map((s) => s.id)}::uuid[])
         AND at >= ${from} AND at < ${end}
       ORDER BY series_id, at`);
    for (const row of rows) {
      const list = samplesBySeries.get(row.series_id) ?? [];
      list.push({ atMs: Number(row.at_ms), value: Number(row.value) });
      samplesBySeries.set(row.series_id, list);
    }
  }
  const seriesOf = (namespace: string, pod: string, metric: string) =>
    series.filter((s) => s.namespace === namespace && s.pod === pod && s.metric === metric);

  const workloadVolumes = new Map<string, WorkloadVolume[]>();
  const gpuPods: GpuPodInput[] = pods.map((pod) => {
    const node =
      nodes
        .filter((n) => n.name === pod.nodeName && (!pod.startedAt || n.createdAt <= pod.startedAt))
        .at(-1) ?? nodes.find((n) => n.name === pod.nodeName);
    const utilisation = seriesOf(pod.namespace, pod.name, "gpu_utilization_ratio");
    const source = [...new Set(utilisation.map((s) => s.sourceMetric))].sort(
      (a, b) => rank(UTILISATION_SOURCES, a) - rank(UTILISATION_SOURCES, b) || a.localeCompare(b),
    )[0];
    const pressure = seriesOf(pod.namespace, pod.name, "io_pressure_ratio")
      .map((s) => ({ s, samples: samplesBySeries.get(s.id) ?? [] }))
      .sort(
        (a, b) =>
          rank(PRESSURE_SOURCES, a.s.sourceMetric) - rank(PRESSURE_SOURCES, b.s.sourceMetric) ||
          b.samples.length - a.samples.length,
      )[0];
    const identity = {
      clusterName: cluster.name,
      namespace: pod.namespace,
      workloadKind: pod.workloadName ? (pod.workloadKind ?? "Pod") : "Pod",
      workloadName: pod.workloadName ?? pod.name,
    };
    const mounts = pod.volumes.flatMap((v) => {
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
      utilisation: utilisation
        .filter((s) => s.sourceMetric === source)
        .map((s) => samplesBySeries.get(s.id) ?? []),
      ioPressure: pressure?.samples ?? [],
      slowTierClaims: mounts
        .filter(
          (m) =>
            m.resolution.kind === "product" &&
            isSlowProduct(m.resolution.product, input.settings.slowProducts),
        )
        .map((m) => m.claimName),
      price: node
        ? gpuHourPrice(
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
          )
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
