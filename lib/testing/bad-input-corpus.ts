import { node, persistentVolume } from "./kube-objects";

// Bad inputs in every format Tierscope imports, each with the one line `tierscope` prints for it
// (after "tierscope: "). DIR stands for the folder the case's file is written to.

export type CorpusFormat =
  | "kube-json"
  | "kube-yaml"
  | "exposition"
  | "query-range"
  | "csv"
  | "aws"
  | "azure"
  | "gcp";

export interface CorpusCase {
  name: string;
  format: CorpusFormat;
  /** The file's name (its extension picks the parser) and text. */
  file: string;
  text: string;
  error: string;
}

type Json = Record<string, unknown>;
const json = (value: unknown) => JSON.stringify(value);
const list = (items: unknown[]) => json({ apiVersion: "v1", kind: "List", items });

function pod(gpu: unknown, extra: Json = {}): Json {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      name: "train-0",
      namespace: "ml",
      uid: "uid-train-0",
      creationTimestamp: "2026-03-01T00:00:00Z",
    },
    spec: {
      nodeName: "gpu-1",
      containers: [{ name: "main", resources: { limits: { "nvidia.com/gpu": gpu } } }],
    },
    status: { phase: "Running", startTime: "2026-03-01T00:00:00Z" },
    ...extra,
  };
}

const pv = (opts: Parameters<typeof persistentVolume>[1]) => persistentVolume("data", opts);
const withMetadata = (patch: Json): Json => {
  const object = pv({});
  return { ...object, metadata: { ...(object.metadata as Json), ...patch } };
};
const nested = (depth: number): unknown => {
  let value: unknown = "leaf";
  for (let i = 0; i < depth; i++) value = { deeper: value };
  return value;
};

const storageClass = (parameters: Record<string, string>): Json => ({
  apiVersion: "storage.k8s.io/v1",
  kind: "StorageClass",
  metadata: { name: "fast", uid: "uid-fast", creationTimestamp: "2026-03-01T00:00:00Z" },
  provisioner: "ebs.csi.aws.com",
  parameters,
});

const PV_AT = 'DIR/pv.json:1 (item 0): PersistentVolume "data"';
const SC_AT = 'DIR/sc.json:1 (item 0): StorageClass "fast"';
const POD_AT = 'DIR/pod.json:1 (item 0): Pod "train-0"';
const GPU = "spec.containers[0].resources.limits.nvidia.com/gpu";

const KUBE_JSON: CorpusCase[] = [
  ["an empty file", "pv.json", "", "DIR/pv.json: empty: no Kubernetes objects in it"],
  ["only whitespace", "pv.json", " \n\t\n", "DIR/pv.json: empty: no Kubernetes objects in it"],
  [
    "a truncated List",
    "pv.json",
    '{"kind":"List","items":[{"kind":"PersistentVolume"',
    "DIR/pv.json: object: the JSON ends in the middle of a value (line 1): truncated?",
  ],
  [
    "a List of numbers",
    "pv.json",
    '{"kind":"List","items":[1,2]}',
    "DIR/pv.json: object: list item 0 at line 1 is not an object",
  ],
  [
    "a bare string",
    "pv.json",
    '"hello"',
    "DIR/pv.json: object: expected an object or an array at line 1, found a string",
  ],
  ["a stray closing brace", "pv.json", "}{", 'DIR/pv.json: object: unexpected "}" at line 1'],
  [
    "an object without kind",
    "pv.json",
    json({ metadata: { name: "x" } }),
    "DIR/pv.json:1: object: kind: is missing",
  ],
  [
    "a 1e100000000 volume size",
    "pv.json",
    list([pv({ size: "1e100000000" })]),
    `${PV_AT}: spec.capacity.storage: "1e100000000" is out of range for a quantity`,
  ],
  [
    "a negative volume size",
    "pv.json",
    list([pv({ size: "-5Gi" })]),
    `${PV_AT}: spec.capacity.storage: a size cannot be negative: "-5Gi"`,
  ],
  [
    "a size in GB",
    "pv.json",
    list([pv({ size: "12GB" })]),
    `${PV_AT}: spec.capacity.storage: not a Kubernetes quantity: "12GB"`,
  ],
  [
    "a size over 1 EiB",
    "pv.json",
    list([pv({ size: "2Ei" })]),
    `${PV_AT}: spec.capacity.storage: 2Ei is larger than 1 EiB: not a real volume size`,
  ],
  [
    "a 100-digit size",
    "pv.json",
    list([pv({ size: "9".repeat(100) })]),
    `${PV_AT}: spec.capacity.storage: not a Kubernetes quantity: longer than 64 characters`,
  ],
  [
    "a size of 1e-40",
    "pv.json",
    list([pv({ size: "1e-40" })]),
    `${PV_AT}: spec.capacity.storage: "1e-40" is out of range for a quantity`,
  ],
  [
    "a size that is an object",
    "pv.json",
    list([{ ...pv({}), spec: { capacity: { storage: { value: 1 } } } }]),
    `${PV_AT}: spec.capacity.storage: expected a quantity, found object`,
  ],
  [
    "a size of 1e400 as a number",
    "pv.json",
    list([pv({})]).replace('"100Gi"', "1e400"),
    `${PV_AT}: spec.capacity.storage: Infinity is out of range for a quantity`,
  ],
  [
    "a creation time that is no time",
    "pv.json",
    list([pv({ created: "yesterday" })]),
    `${PV_AT}: metadata.creationTimestamp: "yesterday" is not a timestamp`,
  ],
  [
    "a creation time in year 1",
    "pv.json",
    list([pv({ created: "0001-01-01T00:00:00Z" })]),
    `${PV_AT}: metadata.creationTimestamp: 0001-01-01T00:00:00.000Z is outside 2000–2099: not a real timestamp`,
  ],
  [
    "a creation time in 9999",
    "pv.json",
    list([pv({ created: "9999-12-31T00:00:00Z" })]),
    `${PV_AT}: metadata.creationTimestamp: 9999-12-31T00:00:00.000Z is outside 2000–2099: not a real timestamp`,
  ],
  [
    "a deletion time of 10^20 nanoseconds",
    "pv.json",
    list([pv({ deletionTimestamp: "99999999999999999999" })]),
    `${PV_AT}: metadata.deletionTimestamp: 5138-11-16T09:46:39.999Z is outside 2000–2099: not a real timestamp`,
  ],
  [
    "an upper-case name",
    "pv.json",
    list([persistentVolume("Data")]),
    'DIR/pv.json:1 (item 0): PersistentVolume "Data": metadata.name: "Data" is not a valid Kubernetes name',
  ],
  [
    "a 300-character name",
    "pv.json",
    list([persistentVolume("a".repeat(300), { uid: "u1" })]),
    `DIR/pv.json:1 (item 0): PersistentVolume "${"a".repeat(80)}": metadata.name: "${"a".repeat(80)}" is not a valid Kubernetes name`,
  ],
  [
    "a name with a NUL byte",
    "pv.json",
    list([persistentVolume("a\u0000b")]),
    'DIR/pv.json:1 (item 0): PersistentVolume "a\u0000b": metadata.name: "a\\u0000b" is not a valid Kubernetes name',
  ],
  [
    "a 200-character uid",
    "pv.json",
    list([pv({ uid: "u".repeat(200) })]),
    `${PV_AT}: metadata.uid: longer than any Kubernetes uid`,
  ],
  [
    "6,000 labels",
    "pv.json",
    list([
      withMetadata({ labels: Object.fromEntries(Array.from({ length: 6000 }, (_, i) => [`k${i}`, "v"])) }),
    ]),
    `${PV_AT}: metadata.labels: 6000 entries: more than the 5000 allowed`,
  ],
  [
    "a 400-character label key",
    "pv.json",
    list([withMetadata({ labels: { ["k".repeat(400)]: "v" } })]),
    `${PV_AT}: metadata.labels: key "${"k".repeat(40)}"… is longer than 317 characters`,
  ],
  [
    "300 KiB of annotations",
    "pv.json",
    list([withMetadata({ annotations: { big: "x".repeat(300 * 1024) } })]),
    `${PV_AT}: metadata.annotations: larger than Kubernetes' 256 KiB limit`,
  ],
  [
    "an object nested 100 deep",
    "pv.json",
    list([{ ...pv({}), extra: nested(100) }]),
    "DIR/pv.json: object: nested more than 64 levels deep at line 1",
  ],
  [
    "a 9 MiB object",
    "pv.json",
    json({ ...pv({}), pad: "x".repeat(9 * 1024 * 1024) }),
    "DIR/pv.json: object: the object starting at line 1 is larger than 8 MiB",
  ],
  [
    "an unknown reclaim policy",
    "pv.json",
    list([pv({ reclaim: "Shred" })]),
    `${PV_AT}: spec.persistentVolumeReclaimPolicy: "Shred" is not one of Delete, Retain, Recycle`,
  ],
  [
    "a GPU request of 1e30",
    "pod.json",
    list([pod("1e30")]),
    `${POD_AT}: ${GPU}: "1e30" is out of range for a quantity`,
  ],
  [
    "a GPU request of -2",
    "pod.json",
    list([pod("-2")]),
    `${POD_AT}: ${GPU}: -2 is not a whole number from 0 to 64`,
  ],
  [
    "a GPU request of 0.5",
    "pod.json",
    list([pod("500m")]),
    `${POD_AT}: ${GPU}: 500m is not a whole number from 0 to 64`,
  ],
  [
    "a GPU request of 65",
    "pod.json",
    list([pod(65)]),
    `${POD_AT}: ${GPU}: 65 is not a whole number from 0 to 64`,
  ],
  [
    "a GPU request of abc",
    "pod.json",
    list([pod("abc")]),
    `${POD_AT}: ${GPU}: not a Kubernetes quantity: "abc"`,
  ],
  [
    "a GPU request that is a list",
    "pod.json",
    list([pod([1])]),
    `${POD_AT}: ${GPU}: expected a count, found object`,
  ],
  [
    "an unknown pod phase",
    "pod.json",
    list([pod("1", { status: { phase: "Exploded" } })]),
    `${POD_AT}: status.phase: "Exploded" is not one of Pending, Running, Succeeded, Failed, Unknown`,
  ],
  [
    "a node with a million GPUs",
    "node.json",
    list([
      {
        ...node("gpu-1", "aws:///us-east-1a/i-1", "us-east-1"),
        status: { capacity: { "nvidia.com/gpu": "1000000" } },
      },
    ]),
    'DIR/node.json:1 (item 0): Node "gpu-1": status.capacity.nvidia.com/gpu: 1000000 is not a whole number from 0 to 64',
  ],
  [
    "a gp3 class asking for 1e20 IOPS",
    "sc.json",
    list([storageClass({ type: "gp3", iops: "1e20" })]),
    `${SC_AT}: parameters.iops: "1e20" is more than 1,000,000 IOPS: not a real volume`,
  ],
  [
    "a class with an IOPS of 1e100000000",
    "sc.json",
    list([storageClass({ type: "io2", iops: "1e100000000" })]),
    `${SC_AT}: parameters.iops: "1e100000000" is out of range for a quantity`,
  ],
  [
    "a class with negative throughput",
    "sc.json",
    list([storageClass({ type: "gp3", throughput: "-125" })]),
    `${SC_AT}: parameters.throughput: MiB/s cannot be negative: "-125"`,
  ],
  [
    "a class with throughput that is no number",
    "sc.json",
    list([storageClass({ type: "gp3", throughput: "fast" })]),
    `${SC_AT}: parameters.throughput: not a Kubernetes quantity: "fast"`,
  ],
  [
    "a class with 5000 IOPS per GiB",
    "sc.json",
    list([storageClass({ type: "io2", iopsPerGB: "5000" })]),
    `${SC_AT}: parameters.iopsPerGB: "5000" is more than 1,000 IOPS per GiB: not a real volume`,
  ],
  [
    "an Azure class with 1e9 IOPS",
    "sc.json",
    list([storageClass({ skuName: "PremiumV2_LRS", DiskIOPSReadWrite: "1000000000" })]),
    `${SC_AT}: parameters.DiskIOPSReadWrite: "1000000000" is more than 1,000,000 IOPS: not a real volume`,
  ],
  [
    "a Hyperdisk class with 20Pi of throughput",
    "sc.json",
    list([storageClass({ type: "hyperdisk-ml", "provisioned-throughput-on-create": "20Pi" })]),
    `${SC_AT}: parameters.provisioned-throughput-on-create: "20Pi" is more than 10,000,000 MiB/s: not a real volume`,
  ],
  [
    "a VolumeAttributesClass with 1e12 IOPS",
    "vac.json",
    list([
      {
        apiVersion: "storage.k8s.io/v1",
        kind: "VolumeAttributesClass",
        metadata: { name: "fast", uid: "uid-vac", creationTimestamp: "2026-03-01T00:00:00Z" },
        driverName: "ebs.csi.aws.com",
        parameters: { iops: "1e12" },
      },
    ]),
    'DIR/vac.json:1 (item 0): VolumeAttributesClass "fast": parameters.iops: "1e12" is more than 1,000,000 IOPS: not a real volume',
  ],
].map(([name, file, text, error]) => ({ name, format: "kube-json", file, text, error }) as CorpusCase);

const YAML_PV = (size: string) =>
  `apiVersion: v1\nkind: PersistentVolume\nmetadata:\n  name: data\n  uid: uid-data\n  creationTimestamp: "2026-03-01T00:00:00Z"\nspec:\n  capacity:\n    storage: "${size}"\n  persistentVolumeReclaimPolicy: Delete\n`;

const KUBE_YAML: CorpusCase[] = [
  ["an empty file", "pv.yaml", "", "DIR/pv.yaml: empty: no Kubernetes objects in it"],
  [
    "only comments and markers",
    "pv.yaml",
    "# nothing here\n---\n...\n",
    "DIR/pv.yaml: empty: no Kubernetes objects in it",
  ],
  [
    "an unclosed flow sequence",
    "pv.yaml",
    "kind: [PersistentVolume\n",
    "DIR/pv.yaml:1: object: not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]",
  ],
  [
    "a 1e100000000 size",
    "pv.yaml",
    YAML_PV("1e100000000"),
    'DIR/pv.yaml:1: PersistentVolume "data": spec.capacity.storage: "1e100000000" is out of range for a quantity',
  ],
  [
    "a GPU request of 1e30",
    "pod.yaml",
    `apiVersion: v1\nkind: Pod\nmetadata:\n  name: train-0\n  namespace: ml\n  uid: u1\n  creationTimestamp: "2026-03-01T00:00:00Z"\nspec:\n  containers:\n  - name: main\n    resources:\n      limits:\n        nvidia.com/gpu: 1e30\n`,
    `DIR/pod.yaml:1: Pod "train-0": ${GPU}: 1e+30 is out of range for a quantity`,
  ],
  [
    "flow brackets 200 deep",
    "pv.yaml",
    `kind: PersistentVolume\nx: ${"[".repeat(200)}${"]".repeat(200)}\n`,
    "DIR/pv.yaml:1: object: nested more than 64 levels deep",
  ],
  [
    "a List item that is a number",
    "pv.yaml",
    "apiVersion: v1\nkind: List\nitems:\n- 5\n",
    "DIR/pv.yaml:4 (item 0): object: not an object",
  ],
  [
    "an alias bomb",
    "pv.yaml",
    `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n`,
    "DIR/pv.yaml:1: object: not valid YAML: Excessive alias count indicates a resource exhaustion attack",
  ],
  [
    "a tab-indented mapping",
    "pv.yaml",
    "kind: PersistentVolume\nmetadata:\n\tname: data\n",
    "DIR/pv.yaml:1: object: not valid YAML: Tabs are not allowed as indentation",
  ],
  [
    "a class asking for 1e20 IOPS",
    "sc.yaml",
    `apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: fast\n  uid: uid-fast\n  creationTimestamp: "2026-03-01T00:00:00Z"\nprovisioner: ebs.csi.aws.com\nparameters:\n  type: gp3\n  iops: "1e20"\n`,
    'DIR/sc.yaml:1: StorageClass "fast": parameters.iops: "1e20" is more than 1,000,000 IOPS: not a real volume',
  ],
].map(([name, file, text, error]) => ({ name, format: "kube-yaml", file, text, error }) as CorpusCase);

const EXPOSITION: CorpusCase[] = [
  [
    "a line that is no sample",
    "m.prom",
    "this is not a metric line\n",
    'DIR/m.prom:1: this: value: "is" is not a number',
  ],
  [
    "a value that is no number",
    "m.prom",
    'kubelet_volume_stats_used_bytes{namespace="ml",persistentvolumeclaim="data"} abc 1767225600000\n',
    'DIR/m.prom:1: kubelet_volume_stats_used_bytes: value: "abc" is not a number',
  ],
  [
    "an unclosed label value",
    "m.prom",
    'kubelet_volume_stats_used_bytes{namespace="ml} 1 1767225600000\n',
    "DIR/m.prom:1: kubelet_volume_stats_used_bytes: label namespace: unterminated value (no closing quote)",
  ],
  [
    "a timestamp of 10^30",
    "m.prom",
    'kubelet_volume_stats_used_bytes{namespace="ml",persistentvolumeclaim="data"} 1 1000000000000000000000000000000\n',
    "DIR/m.prom:1: kubelet_volume_stats_used_bytes: timestamp: 1e+27 (Unix seconds) is outside 2000–2099: not a real sample time",
  ],
  [
    "a 100,000-character label value",
    "m.prom",
    `kubelet_volume_stats_used_bytes{namespace="${"n".repeat(100_000)}",persistentvolumeclaim="data"} 1 1767225600000\n`,
    "DIR/m.prom:1: kubelet_volume_stats_used_bytes: label namespace: longer than 1024 characters",
  ],
].map(([name, file, text, error]) => ({ name, format: "exposition", file, text, error }) as CorpusCase);

const series = (
  value: unknown,
  metric: Json = {
    __name__: "kubelet_volume_stats_used_bytes",
    namespace: "ml",
    persistentvolumeclaim: "data",
  },
) => json({ status: "success", data: { resultType: "matrix", result: [{ metric, values: [value] }] } });

const QUERY_RANGE: CorpusCase[] = [
  [
    "an error response",
    "q.json",
    json({ status: "error", errorType: "bad_data", error: "parse error" }),
    "DIR/q.json: Prometheus answered with an error: bad_data: parse error",
  ],
  [
    "a truncated response",
    "q.json",
    '{"status":"success","data":{"resultType":"matrix","result":[{"metric":{}',
    "DIR/q.json:1: in $.data.result: unexpected end of the document",
  ],
  [
    "a result that is not a list",
    "q.json",
    json({ status: "success", data: { resultType: "matrix", result: 5 } }),
    "DIR/q.json: $.data.result is not an array",
  ],
  [
    "a value that is no number",
    "q.json",
    series([1767225600, "abc"]),
    'DIR/q.json:1 ($.data.result[0].values[0][1]): kubelet_volume_stats_used_bytes: value: "abc" is not a number',
  ],
  [
    "a timestamp of 10^30",
    "q.json",
    series([1e30, "1"]),
    "DIR/q.json:1 ($.data.result[0].values[0]): kubelet_volume_stats_used_bytes: timestamp: 1e+30 (Unix seconds) is outside 2000–2099: not a real sample time",
  ],
  [
    "a sample that is not a pair",
    "q.json",
    series("1"),
    'DIR/q.json:1 ($.data.result[0].values[0]): kubelet_volume_stats_used_bytes: point: must be [unix_seconds, "value"]',
  ],
].map(([name, file, text, error]) => ({ name, format: "query-range", file, text, error }) as CorpusCase);

const CSV_HEADER = "timestamp,metric,namespace,persistentvolumeclaim,value";
const CSV: CorpusCase[] = [
  [
    "no header",
    "m.csv",
    "2026-01-01T00:00:00Z,volume_used_bytes,ml,data,1\n",
    'DIR/m.csv:1: header: no "timestamp" column (a metrics CSV starts with a header such as timestamp,metric,namespace,pod,persistentvolumeclaim,node,gpu,value)',
  ],
  [
    "a header without value",
    "m.csv",
    "timestamp,metric,namespace\n2026-01-01T00:00:00Z,volume_used_bytes,ml\n",
    'DIR/m.csv:1: header: no "value" column (a metrics CSV starts with a header such as timestamp,metric,namespace,pod,persistentvolumeclaim,node,gpu,value)',
  ],
  [
    "a time that is no time",
    "m.csv",
    `${CSV_HEADER}\nyesterday,volume_used_bytes,ml,data,1\n`,
    'DIR/m.csv:2: volume_used_bytes: timestamp: "yesterday" is neither RFC 3339 nor Unix seconds',
  ],
  [
    "too few cells",
    "m.csv",
    `${CSV_HEADER}\n2026-01-01T00:00:00Z,volume_used_bytes\n`,
    "DIR/m.csv:2: volume_used_bytes: row: has 2 fields, the header has 5",
  ],
  [
    "a value that is no number",
    "m.csv",
    `${CSV_HEADER}\n2026-01-01T00:00:00Z,volume_used_bytes,ml,data,abc\n`,
    'DIR/m.csv:2: volume_used_bytes: value: "abc" is not a number',
  ],
  [
    "a year-9999 time",
    "m.csv",
    `${CSV_HEADER}\n9999-01-01T00:00:00Z,volume_used_bytes,ml,data,1\n`,
    "DIR/m.csv:2: volume_used_bytes: timestamp: 9999-01-01T00:00:00.000Z is outside 2000–2099: not a real sample time",
  ],
].map(([name, file, text, error]) => ({ name, format: "csv", file, text, error }) as CorpusCase);

const azureItem = (
  retailPrice: unknown,
  meterName = "Premium LRS Provisioned Capacity",
  productName = "Azure Premium SSD v2",
) => ({
  currencyCode: "USD",
  tierMinimumUnits: 0,
  retailPrice,
  unitPrice: retailPrice,
  armRegionName: "eastus",
  meterId: "m-1",
  meterName,
  productName,
  skuName: "Premium LRS",
  serviceName: "Storage",
  unitOfMeasure: "1 GiB/Hour",
  type: "Consumption",
});
const azure = (items: unknown[]) => json({ BillingCurrency: "USD", Items: items, NextPageLink: null });
const AZ = 'Azure item meterId m-1 ("Premium LRS Provisioned Capacity", eastus)';

const PRICES_AZURE: CorpusCase[] = [
  [
    "a retailPrice of -1",
    "azure.json",
    azure([azureItem(-1)]),
    `${AZ}: retailPrice: -1 is negative: a list price is never below 0`,
  ],
  [
    "a retailPrice of abc",
    "azure.json",
    azure([azureItem("abc")]),
    `${AZ}: retailPrice: "abc" is not a number`,
  ],
  ["a retailPrice of null", "azure.json", azure([azureItem(null)]), `${AZ}: retailPrice is missing`],
  [
    "a retailPrice of 1e20",
    "azure.json",
    azure([azureItem(1e20)]),
    `${AZ}: retailPrice: 100000000000000000000 is larger than any list price`,
  ],
  [
    "a disk tier at 0",
    "azure.json",
    azure([azureItem(0, "P10 LRS Disk", "Premium SSD Managed Disks")]),
    'Azure item meterId m-1 ("P10 LRS Disk", eastus): retailPrice: 0 is no price for a disk tier',
  ],
  ["an item that is null", "azure.json", azure([null]), "Azure item 0: not an object"],
  [
    "no Items",
    "azure.json",
    json({ value: [] }),
    "azure.json: not an Azure Retail Prices API page (no Items)",
  ],
  [
    "not JSON",
    "azure.json",
    "<html>502 Bad Gateway</html>",
    "azure.json: not JSON (Unexpected token '<', \"<html>502 \"... is not valid JSON)",
  ],
].map(([name, file, text, error]) => ({ name, format: "azure", file, text, error }) as CorpusCase);

const gcpSku = (unitPrice: unknown) => ({
  skuId: "S-1",
  description: "Balanced PD Capacity in Iowa",
  category: { resourceFamily: "Storage", resourceGroup: "SSD", usageType: "OnDemand" },
  serviceRegions: ["us-central1"],
  pricingInfo: [
    { pricingExpression: { usageUnit: "GiBy.mo", tieredRates: [{ startUsageAmount: 0, unitPrice }] } },
  ],
});
const gcp = (skus: unknown[]) => json({ skus });
const GC = 'GCP SKU S-1 ("Balanced PD Capacity in Iowa"): tieredRates[0].unitPrice';

const PRICES_GCP: CorpusCase[] = [
  [
    "negative units",
    "gcp.json",
    gcp([gcpSku({ currencyCode: "USD", units: "-1", nanos: 0 })]),
    `${GC}.units: -1 is negative: a list price is never below 0`,
  ],
  [
    "negative nanos",
    "gcp.json",
    gcp([gcpSku({ currencyCode: "USD", units: "0", nanos: -5 })]),
    `${GC}.nanos: -5 is negative: a list price is never below 0`,
  ],
  [
    "units of abc",
    "gcp.json",
    gcp([gcpSku({ currencyCode: "USD", units: "abc", nanos: 0 })]),
    `${GC}.units: "abc" is not a number`,
  ],
  [
    "nanos of 2e9",
    "gcp.json",
    gcp([gcpSku({ currencyCode: "USD", units: "0", nanos: 2e9 })]),
    `${GC}.nanos: 2000000000 is larger than any list price`,
  ],
  [
    "nanos of 1.5",
    "gcp.json",
    gcp([gcpSku({ currencyCode: "USD", units: "0", nanos: 1.5 })]),
    `${GC}.nanos: 1.5 is not a whole number below 10^9`,
  ],
  ["a null unitPrice", "gcp.json", gcp([gcpSku(null)]), `${GC} is missing`],
  ["a SKU that is a string", "gcp.json", gcp(["sku"]), "GCP SKU 0: not a SKU object with a description"],
].map(([name, file, text, error]) => ({ name, format: "gcp", file, text, error }) as CorpusCase);

const awsOffer = (price: string) =>
  json({
    offerCode: "AmazonEC2",
    version: "20260901000000",
    products: {
      SKU1: {
        sku: "SKU1",
        productFamily: "Storage",
        attributes: { regionCode: "us-east-1", usagetype: "EBS:VolumeUsage.gp3", volumeApiName: "gp3" },
      },
    },
    terms: {
      OnDemand: {
        SKU1: {
          "SKU1.T": {
            effectiveDate: "2026-09-01T00:00:00Z",
            priceDimensions: {
              "SKU1.T.D": { unit: "GB-Mo", beginRange: "0", endRange: "Inf", pricePerUnit: { USD: price } },
            },
          },
        },
      },
    },
  });

const PRICES_AWS: CorpusCase[] = [
  [
    "a price of abc",
    "aws.json",
    awsOffer("abc"),
    'AWS product SKU1: priceDimensions[0].pricePerUnit.USD: "abc" is not a number',
  ],
  [
    "a price of -0.08",
    "aws.json",
    awsOffer("-0.08"),
    "AWS product SKU1: priceDimensions[0].pricePerUnit.USD: -0.08 is negative: a list price is never below 0",
  ],
  [
    "a product without attributes",
    "aws.json",
    json({ offerCode: "AmazonEC2", products: { S: { sku: "S" } }, terms: {} }),
    "AWS product without a sku or attributes",
  ],
  [
    "neither an offer nor GetProducts",
    "aws.json",
    json({ hello: "world" }),
    "aws.json: not an AWS offer file or GetProducts response",
  ],
].map(([name, file, text, error]) => ({ name, format: "aws", file, text, error }) as CorpusCase);

export const BAD_INPUT_CORPUS: CorpusCase[] = [
  ...KUBE_JSON,
  ...KUBE_YAML,
  ...EXPOSITION,
  ...QUERY_RANGE,
  ...CSV,
  ...PRICES_AZURE,
  ...PRICES_GCP,
  ...PRICES_AWS,
];
