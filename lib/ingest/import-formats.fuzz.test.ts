import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeCliError } from "../cli/describe-cli-error";
import { parsePriceFiles } from "../pricing/refresh/parse-price-file";
import { normalizeObject } from "./kube/normalize-object";
import { readKubeFiles } from "./kube/read-kube-files";
import { normalizeSamples } from "./metrics/normalize-samples";
import { parseExposition } from "./metrics/parse-exposition";
import { parseMetricsCsv } from "./metrics/parse-metrics-csv";
import { parseQueryRange } from "./metrics/parse-query-range";
import { chunksOf, collect, linesOf } from "./metrics/test-helpers";

// Random and half-valid inputs in every import format, through the same parsers the imports run.
// Bounded by a number of runs, not a clock. A refusal is fine; a crash is not: no TypeError or
// RangeError, no stack overflow, no DecimalError, no message without words, and the heap does
// not grow with the runs.

// FUZZ_RUNS raises the count for a longer search on a developer machine; CI runs the default.
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const CRASH =
  /Cannot read properties|is not a function|is not iterable|Maximum call stack|DecimalError|Invalid time value/;

function expectRefusalNotCrash(error: unknown) {
  if (error === null) return;
  const line = describeCliError(error);
  expect(line.trim().length, String(error)).toBeGreaterThan(0);
  expect(line, String((error as Error).stack)).not.toMatch(CRASH);
  expect(error).not.toBeInstanceOf(TypeError);
  expect(error).not.toBeInstanceOf(RangeError);
}

async function outcome(work: () => Promise<unknown>): Promise<unknown> {
  return work().then(
    () => null,
    (error: unknown) => error,
  );
}

const hostileNumber = fc.oneof(
  fc.constantFrom(
    "1e100000000",
    "-2",
    "1e30",
    "1e-40",
    "NaN",
    "Infinity",
    "0x10",
    "",
    " ",
    "1Ei",
    "9".repeat(80),
  ),
  fc.double(),
  fc.integer(),
  fc.string({ maxLength: 12 }),
);
const field = fc.oneof(hostileNumber, fc.jsonValue({ maxDepth: 3 }), fc.constant(null));
const kubeObject = fc.record({
  apiVersion: fc.constantFrom("v1", "storage.k8s.io/v1"),
  kind: fc.constantFrom(
    "Pod",
    "PersistentVolume",
    "PersistentVolumeClaim",
    "Node",
    "StorageClass",
    "Namespace",
    "Secret",
  ),
  metadata: fc.record({
    name: fc.oneof(fc.constantFrom("data", "train-0", "Bad Name"), fc.string({ maxLength: 20 })),
    namespace: fc.constantFrom("ml", "", "x".repeat(300)),
    uid: fc.oneof(fc.uuid(), field),
    creationTimestamp: fc.oneof(
      fc.constantFrom("2026-03-01T00:00:00Z", "0001-01-01T00:00:00Z", "99999999999999999999"),
      field,
    ),
    labels: fc.oneof(fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 })), field),
  }),
  spec: fc.record({
    capacity: fc.record({ storage: field }),
    containers: fc.array(
      fc.record({ resources: fc.record({ limits: fc.record({ "nvidia.com/gpu": field }) }) }),
      {
        maxLength: 2,
      },
    ),
    persistentVolumeReclaimPolicy: fc.constantFrom("Delete", "Retain", "Shred"),
  }),
  status: fc.record({ capacity: fc.record({ "nvidia.com/gpu": field, storage: field }), phase: field }),
});

const directory = mkdtempSync(path.join(tmpdir(), "tierscope-fuzz-"));
let fileNumber = 0;

async function importDump(text: string, extension: "json" | "yaml"): Promise<void> {
  const file = path.join(directory, `${fileNumber++}.${extension}`);
  writeFileSync(file, text);
  for await (const raw of readKubeFiles([file])) normalizeObject(raw.value, raw.position, raw.listKind);
}

const metricLine = fc
  .tuple(
    fc.constantFrom("kubelet_volume_stats_used_bytes", "DCGM_FI_DEV_GPU_UTIL", "x"),
    fc.dictionary(
      fc.constantFrom("namespace", "persistentvolumeclaim", "pod", "gpu"),
      fc.string({ maxLength: 10 }),
    ),
    hostileNumber,
    hostileNumber,
  )
  .map(([name, labels, value, at]) => {
    const pairs = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
    return `${name}{${pairs.join(",")}} ${value} ${at}`;
  });

// Bounded by RUNS; the timeout only stops a hang, generously, since CI machines are busy.
describe("fuzzing the import formats", { timeout: 300_000 }, () => {
  const heapBefore = process.memoryUsage().heapUsed;

  it("Kubernetes JSON: random objects, Lists and text are refused or read, never crash", async () => {
    const dump = fc.oneof(
      kubeObject.map((o) => JSON.stringify({ kind: "List", items: [o] })),
      kubeObject.map((o) => JSON.stringify(o)),
      fc.string({ maxLength: 200 }),
      fc.jsonValue({ maxDepth: 6 }).map((v) => JSON.stringify(v)),
    );
    await fc.assert(
      fc.asyncProperty(dump, async (text) =>
        expectRefusalNotCrash(await outcome(() => importDump(text, "json"))),
      ),
      { numRuns: RUNS },
    );
  });

  it("Kubernetes YAML: random documents are refused or read, never crash", async () => {
    const yamlText = fc.oneof(
      kubeObject.map((o) => JSON.stringify(o)),
      fc.string({ maxLength: 200 }),
      fc
        .array(
          fc.constantFrom("kind: Pod", "---", "items:", "- a: [", "  b: *x", "c: &x 1", "\t", "metadata:"),
          {
            maxLength: 12,
          },
        )
        .map((lines) => lines.join("\n")),
    );
    await fc.assert(
      fc.asyncProperty(yamlText, async (text) =>
        expectRefusalNotCrash(await outcome(() => importDump(text, "yaml"))),
      ),
      { numRuns: RUNS },
    );
  });

  it("Prometheus text: random lines are refused or read, never crash", async () => {
    const text = fc.oneof(
      fc.array(metricLine, { maxLength: 5 }).map((l) => l.join("\n")),
      fc.string({ maxLength: 200 }),
    );
    await fc.assert(
      fc.asyncProperty(text, async (t) =>
        expectRefusalNotCrash(
          await outcome(() =>
            collect(normalizeSamples(parseExposition(linesOf(t), { source: "f.prom", atMs: 0 }))),
          ),
        ),
      ),
      { numRuns: RUNS },
    );
  });

  it("Prometheus query_range JSON: random responses, in random chunks, never crash", async () => {
    const response = fc.oneof(
      fc
        .tuple(
          fc.dictionary(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 })),
          fc.array(fc.tuple(field, field), { maxLength: 3 }),
        )
        .map(([metric, values]) =>
          JSON.stringify({
            status: "success",
            data: {
              resultType: "matrix",
              result: [{ metric: { __name__: "kubelet_volume_stats_used_bytes", ...metric }, values }],
            },
          }),
        ),
      fc.jsonValue({ maxDepth: 5 }).map((v) => JSON.stringify(v)),
      fc.string({ maxLength: 200 }),
    );
    await fc.assert(
      fc.asyncProperty(response, fc.integer({ min: 1, max: 50 }), async (text, size) =>
        expectRefusalNotCrash(
          await outcome(() =>
            collect(normalizeSamples(parseQueryRange(chunksOf(text, size), { source: "q.json" }))),
          ),
        ),
      ),
      { numRuns: RUNS },
    );
  });

  it("metrics CSV: random rows are refused or read, never crash", async () => {
    const csv = fc
      .array(
        fc.array(
          fc.oneof(
            hostileNumber.map(String),
            fc.constantFrom("volume_used_bytes", "2026-01-01T00:00:00Z", '"'),
          ),
          { maxLength: 6 },
        ),
        {
          maxLength: 5,
        },
      )
      .map((rows) =>
        ["timestamp,metric,namespace,persistentvolumeclaim,value", ...rows.map((r) => r.join(","))].join(
          "\n",
        ),
      );
    await fc.assert(
      fc.asyncProperty(csv, async (text) =>
        expectRefusalNotCrash(
          await outcome(() => collect(normalizeSamples(parseMetricsCsv(linesOf(text), { source: "m.csv" })))),
        ),
      ),
      { numRuns: RUNS },
    );
  });

  it("provider price responses: random prices and shapes are refused by name, never crash", async () => {
    const azure = fc.array(
      fc.record({
        type: fc.constant("Consumption"),
        retailPrice: field,
        tierMinimumUnits: field,
        currencyCode: fc.constant("USD"),
        armRegionName: fc.constant("eastus"),
        meterId: fc.string({ maxLength: 6 }),
        meterName: fc.constantFrom("Premium LRS Provisioned Capacity", "P10 LRS Disk", "LRS Snapshots"),
        productName: fc.constantFrom(
          "Azure Premium SSD v2",
          "Premium SSD Managed Disks",
          "Standard HDD Managed Disks",
        ),
        unitOfMeasure: fc.constantFrom("1 GiB/Hour", "1/Month", "1 GB/Month"),
        skuName: fc.constant("x"),
        serviceName: fc.constant("Storage"),
      }),
      { maxLength: 4 },
    );
    const gcp = fc.array(
      fc.record({
        skuId: fc.string({ maxLength: 4 }),
        description: fc.constantFrom("Balanced PD Capacity in Iowa", "SSD backed PD Capacity"),
        category: fc.record({ usageType: fc.constant("OnDemand") }),
        serviceRegions: fc.constant(["us-central1"]),
        pricingInfo: fc.array(
          fc.record({
            pricingExpression: fc.record({
              usageUnit: fc.constantFrom("GiBy.mo", "h"),
              tieredRates: fc.array(
                fc.record({
                  startUsageAmount: field,
                  unitPrice: fc.record({ units: field, nanos: field, currencyCode: fc.constant("USD") }),
                }),
                { maxLength: 2 },
              ),
            }),
          }),
          { maxLength: 1 },
        ),
      }),
      { maxLength: 3 },
    );
    const input = fc.oneof(
      azure.map((items) => ["azure" as const, JSON.stringify({ Items: items, NextPageLink: null })] as const),
      gcp.map((skus) => ["gcp" as const, JSON.stringify({ skus })] as const),
      fc.tuple(
        fc.constantFrom("aws" as const, "azure" as const, "gcp" as const),
        fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
      ),
    );
    await fc.assert(
      fc.asyncProperty(input, async ([provider, text]) =>
        expectRefusalNotCrash(
          await outcome(async () => parsePriceFiles(provider, [{ name: "p.json", text }], null)),
        ),
      ),
      { numRuns: RUNS },
    );
  });

  it("does not grow the heap with the runs", () => {
    // Each run's input is dropped after it: what the runs left behind is garbage, not retained.
    global.gc?.();
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(256 * 1024 * 1024);
  });
});
