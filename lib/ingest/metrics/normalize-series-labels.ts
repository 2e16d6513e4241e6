import type { MetricName } from "../../db/generated/enums";
import type { MetricMapping } from "./metric-mapping";
import type { Labels } from "./source-record";

// Label names differ between exporter versions and scrape configs. Each canonical field lists its
// variants in order of precedence; the first one PRESENT wins, even when empty: dcgm-exporter writes
// pod="" for a GPU no pod holds, and falling through to a scrape-added `pod` would blame the
// exporter's own pod.
//
// - exported_*: the exporter's own namespace/pod/container, renamed by Prometheus because the scrape
//   (without honor_labels) added the target's labels under the plain names. The plain name then
//   describes the exporter, so exported_* comes first.
// - pod_namespace / pod_name / container_name: dcgm-exporter's legacy names (and old cAdvisor's);
//   beside them, the plain names are again the scrape target's.
// - node: kube-prometheus adds `node`; dcgm-exporter writes `Hostname` (released versions) or
//   `hostname` (master); node_exporter has only `instance` (host:port; the port is dropped).
// - gpu: the UUID (stable, unique in the fleet) before the index (`gpu="0"`, unique per node only).
export const LABEL_VARIANTS = {
  namespace: ["exported_namespace", "pod_namespace", "namespace"],
  pod: ["exported_pod", "pod_name", "pod"],
  container: ["exported_container", "container_name", "container"],
  persistentvolumeclaim: ["exported_persistentvolumeclaim", "persistentvolumeclaim"],
  node: ["node", "kubernetes_node", "Hostname", "hostname", "instance"],
  gpu: ["UUID", "uuid", "gpu_uuid", "gpu"],
  gpu_instance: ["GPU_I_ID"],
  device: ["device"],
} as const;

type Field = keyof typeof LABEL_VARIANTS;
type Canonical = Record<Field, string | null>;

export interface SeriesIdentity {
  metric: MetricName;
  sourceMetric: string;
  /** Canonical, stable across imports: `SOURCE_METRIC{label="value",…}` over the identifying labels. */
  seriesKey: string;
  namespace: string | null;
  pod: string | null;
  persistentVolumeClaim: string | null;
  node: string | null;
  gpu: string | null;
  /** The labels as the source gave them (first sample seen), for reference. */
  labels: Labels;
}

export type LabelOutcome =
  | { ok: true; series: SeriesIdentity }
  | { ok: false; skip: "no-pod" }
  | { ok: false; field: string; problem: string };

function firstPresent(labels: Labels, names: readonly string[]): string | null | undefined {
  for (const name of names) {
    const value = labels[name];
    if (value !== undefined) return value === "" ? null : value;
  }
  return undefined;
}

/** `10.0.0.5:9100` -> `10.0.0.5`, `[fd00::1]:9100` -> `fd00::1`; node names pass through. */
function hostOf(instance: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(instance);
  if (bracketed) return bracketed[1] as string;
  const hostPort = /^([^:]+):\d+$/.exec(instance);
  return hostPort ? (hostPort[1] as string) : instance;
}

function canonicalLabels(labels: Labels): Canonical {
  const out = {} as Canonical;
  for (const field of Object.keys(LABEL_VARIANTS) as Field[]) {
    out[field] = firstPresent(labels, LABEL_VARIANTS[field]) ?? null;
  }
  // `instance` is host:port; only its host names the machine (node_exporter and kubelet differ in port).
  const named = firstPresent(labels, ["node", "kubernetes_node", "Hostname", "hostname"]);
  if (named === undefined && out.node !== null) out.node = hostOf(out.node);
  return out;
}

function renderKey(sourceMetric: string, identity: Partial<Record<Field, string | null>>): string {
  const pairs = (Object.keys(identity) as Field[])
    .filter((name) => identity[name] !== null && identity[name] !== undefined)
    .sort()
    .map((name) => {
      const value = (identity[name] as string)
        .replace(/\\/g, "\\\\")
        .replace(/"/g, '\\"')
        .replace(/\n/g, "\\n");
      return `${name}="${value}"`;
    });
  return `${sourceMetric}{${pairs.join(",")}}`;
}

const isGpuIndex = (gpu: string) => /^\d+$/.test(gpu);

function missing(field: Field): { ok: false; field: string; problem: string } {
  return {
    ok: false,
    field: `label ${field}`,
    problem: `missing or empty (accepted: ${LABEL_VARIANTS[field].join(", ")})`,
  };
}

/**
 * The series a sample belongs to. Which labels identify it depends on what the metric is about:
 * - volume: namespace + persistentvolumeclaim. Not the node: kubelet reports a PVC from whichever
 *   node mounts it, and an RWX volume from each; it is one volume, one series.
 * - gpu: the GPU (UUID, or index + node), its MIG instance, and the namespace/pod/container using
 *   it. With time-slicing, each sharing pod gets its own series of the device's value.
 * - pod: namespace + pod + container (+ device for filesystem I/O). cgroups outside any pod
 *   (system slices, the root) are skipped.
 * - node: node + device.
 */
export function normalizeSeriesLabels(mapping: MetricMapping, labels: Labels): LabelOutcome {
  const c = canonicalLabels(labels);
  let identity: Partial<Canonical>;
  let subject = mapping.subject;
  if (subject === "pod-or-node") {
    if (c.pod === null && c.node === null) {
      return { ok: false, field: "labels", problem: "needs a pod or a node label" };
    }
    subject = c.pod !== null ? "pod" : "node";
  }
  switch (subject) {
    case "volume":
      if (c.namespace === null) return missing("namespace");
      if (c.persistentvolumeclaim === null) return missing("persistentvolumeclaim");
      identity = { namespace: c.namespace, persistentvolumeclaim: c.persistentvolumeclaim };
      break;
    case "gpu":
      if (c.gpu === null) return missing("gpu");
      identity = {
        gpu: c.gpu,
        gpu_instance: c.gpu_instance,
        namespace: c.namespace,
        pod: c.pod,
        container: c.container,
        ...(isGpuIndex(c.gpu) ? { node: c.node } : {}),
      };
      break;
    case "pod":
      if (c.pod === null) return { ok: false, skip: "no-pod" };
      identity = { namespace: c.namespace, pod: c.pod, container: c.container, device: c.device };
      break;
    default:
      if (c.node === null) return missing("node");
      identity = { node: c.node, device: c.device };
  }
  return {
    ok: true,
    series: {
      metric: mapping.metric,
      sourceMetric: mapping.sourceMetric,
      seriesKey: renderKey(mapping.sourceMetric, identity),
      namespace: c.namespace,
      pod: c.pod,
      persistentVolumeClaim: c.persistentvolumeclaim,
      node: c.node,
      gpu: c.gpu,
      labels,
    },
  };
}
