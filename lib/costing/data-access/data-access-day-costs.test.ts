import { describe, expect, it } from "vitest";
import { Dec, ZERO } from "../../pricing/decimal";
import type { CatalogPrice, PriceComponent, PriceUnit } from "../../pricing/types";
import { counterIncrements } from "./counter-increments";
import { type DataAccessDayInput, dataAccessDayCosts, type NodeIncrement } from "./data-access-day-costs";

const DAY = "2026-11-10";
const GIB = 2n ** 30n;
const at = (hour: number) => Date.parse(`${DAY}T00:00:00Z`) + hour * 3_600_000;

function price(product: string, component: PriceComponent, unit: PriceUnit, unitPrice: string): CatalogPrice {
  return {
    id: `${product}-${component}`,
    provider: "aws",
    region: "us-east-1",
    product,
    component,
    unit,
    currency: "USD",
    tierMode: "flat",
    unitPrice: new Dec(unitPrice),
    includedQuantity: ZERO,
    tiers: [],
    effectiveFrom: "2000-01-01",
    effectiveTo: null,
    sku: null,
    description: null,
    source: { kind: "bundled", description: "test", url: null, grade: "C", sourceDate: "2026-06-01" },
    retrievedAt: "2026-11-21T00:00:00Z",
  };
}

const CATALOG = [
  price("efs-elastic-throughput", "data_read", "GiB", "0.03"),
  price("efs-elastic-throughput", "data_write", "GiB", "0.06"),
  price("s3-standard", "requests_get", "request", "0.0000004"),
  price("s3-standard", "requests_list", "request", "0.000005"),
  price("aws-inter-az-transfer", "transfer_cross_az", "GiB", "0.02"),
];

/** node-a reads 100 GiB over the day; node-b 45 GiB, its counter reset at noon (node restart). */
function readIncrements(): NodeIncrement[] {
  const node = (name: string, readings: [number, bigint][]) =>
    counterIncrements(readings.map(([hour, gib]) => ({ at: at(hour), value: gib * GIB }))).map((i) => ({
      ...i,
      node: name,
      metric: "read_bytes" as const,
    }));
  return [
    ...node("node-a", [
      [0, 0n],
      [12, 60n],
      [24, 100n],
    ]),
    ...node("node-b", [
      [0, 10n],
      [6, 30n],
      [12, 5n],
      [24, 25n],
    ]),
  ];
}

const mounts = [
  {
    node: "node-a",
    namespace: "team-a",
    workloadKind: "Job",
    workloadName: "train-a",
    start: at(0),
    end: at(24),
  },
  {
    node: "node-b",
    namespace: "team-b",
    workloadKind: "Job",
    workloadName: "train-b",
    start: at(0),
    end: at(24),
  },
];

function input(overrides: Partial<DataAccessDayInput>): DataAccessDayInput {
  return {
    clusterId: "c1",
    day: DAY,
    provider: "aws",
    region: "us-east-1",
    volume: {
      uid: "pv-ds",
      name: "datasets",
      csiDriver: "efs.csi.aws.com",
      zone: null,
      storageClassName: "efs-elastic",
      claimNamespace: "data",
      efsThroughputMode: null,
    },
    providerSums: [],
    nodeIncrements: readIncrements(),
    mounts,
    nodeZones: new Map([
      ["node-a", "us-east-1a"],
      ["node-b", "us-east-1b"],
    ]),
    catalog: CATALOG,
    now: new Date("2026-11-12T00:00:00Z"),
    ...overrides,
  };
}

const summary = (items: ReturnType<typeof dataAccessDayCosts>) =>
  items.map(({ fact, workloads }) => ({
    component: fact.component,
    namespace: fact.namespace,
    status: fact.status,
    quantity: fact.quantity.toString(),
    cost: fact.cost?.toString() ?? null,
    method: fact.detail.allocationMethod,
    workloads: workloads?.map((w) => `${w.workloadName} ${w.cost?.toString() ?? "unpriced"}`),
  }));

const total = (items: ReturnType<typeof dataAccessDayCosts>, component: string) =>
  items
    .filter((i) => i.fact.component === component)
    .reduce((a, i) => a.plus(i.fact.cost ?? ZERO), ZERO)
    .toString();

describe("dataAccessDayCosts", () => {
  it("an EFS Elastic dataset read by two namespaces, a counter reset on one node: the readers pay by bytes read", () => {
    // node-a 100 GiB; node-b 20 + 5 (after the reset) + 20 = 45 GiB; 145 GiB × $0.03 = $4.35.
    const items = dataAccessDayCosts(input({}));
    expect(summary(items)).toEqual([
      {
        component: "data_read",
        namespace: "team-a",
        status: "estimated",
        quantity: "100",
        cost: "3",
        method: "bytes-read",
        workloads: ["train-a 3"],
      },
      {
        component: "data_read",
        namespace: "team-b",
        status: "estimated",
        quantity: "45",
        cost: "1.35",
        method: "bytes-read",
        workloads: ["train-b 1.35"],
      },
    ]);
    expect(items[0]?.fact.resourceUid).toBe("pv-ds/team-a");
    expect(items[0]?.fact.category).toBe("data-access");
  });

  it("prices the provider's billed bytes when imported, split by the nodes' reads; the split adds up to the cost", () => {
    // CloudWatch DataReadIOBytes: 90 + 60 = 150 GiB → $4.50, split 100 : 45.
    const providerSums = [
      { metric: "read_bytes" as const, start: at(0), end: at(12), amount: 90n * GIB, partial: false },
      { metric: "read_bytes" as const, start: at(12), end: at(24), amount: 60n * GIB, partial: false },
    ];
    const items = dataAccessDayCosts(input({ providerSums }));
    expect(items.map((i) => [i.fact.namespace, i.fact.status, i.fact.cost?.toString()])).toEqual([
      ["team-a", "priced", "3.1034482759"],
      ["team-b", "priced", "1.3965517241"],
    ]);
    expect(total(items, "data_read")).toBe("4.5");
    expect(items.map((i) => i.fact.quantity.toString())).toEqual(["103.448276", "46.551724"]);
  });

  it("a provider metric missing half the day is an estimate from the periods it has", () => {
    const providerSums = [
      { metric: "read_bytes" as const, start: at(0), end: at(12), amount: 90n * GIB, partial: false },
    ];
    const items = dataAccessDayCosts(input({ providerSums }));
    expect(items.every((i) => i.fact.status === "estimated")).toBe(true);
    expect(total(items, "data_read")).toBe("2.7");
  });

  it("a Mountpoint for S3 volume: GET and LIST requests shared by the pods' time mounted", () => {
    // GET 2,500,000 × $0.0000004 = $1.00; LIST 40,000 × $0.000005 = $0.20 (the Price List quotes per request). team-a mounted all day,
    // team-b from noon: 12 h alone + 12 h shared = 18 : 6 → 75 % / 25 %.
    const day = { start: at(0), end: at(24), partial: false };
    const items = dataAccessDayCosts(
      input({
        volume: {
          uid: "pv-s3",
          name: "bucket",
          csiDriver: "s3.csi.aws.com",
          zone: null,
          storageClassName: null,
          claimNamespace: "data",
          efsThroughputMode: null,
        },
        providerSums: [
          { ...day, metric: "get_requests", amount: 2_500_000n },
          { ...day, metric: "list_requests", amount: 40_000n },
        ],
        nodeIncrements: [],
        mounts: [
          mounts[0] as (typeof mounts)[number],
          { ...(mounts[1] as (typeof mounts)[number]), start: at(12) },
        ],
      }),
    );
    expect(
      items.map((i) => [
        i.fact.component,
        i.fact.namespace,
        i.fact.quantity.toString(),
        i.fact.cost?.toString(),
      ]),
    ).toEqual([
      ["requests_get", "team-a", "1875000", "0.75"],
      ["requests_get", "team-b", "625000", "0.25"],
      ["requests_list", "team-a", "30000", "0.15"],
      ["requests_list", "team-b", "10000", "0.05"],
    ]);
    expect(items[0]?.fact.detail.allocationMethod).toBe("pod-time-share");
  });

  it("a One Zone file system read from another zone: the inter-AZ transfer goes to the reader in that zone", () => {
    const items = dataAccessDayCosts(
      input({ volume: { ...input({}).volume, zone: "us-east-1a", efsThroughputMode: "bursting" } }),
    );
    // Bursting bills no reads; node-b (us-east-1b) read 45 GiB across zones × $0.02.
    expect(summary(items)).toEqual([
      {
        component: "transfer_cross_az",
        namespace: "team-b",
        status: "estimated",
        quantity: "45",
        cost: "0.9",
        method: "bytes-read",
        workloads: ["train-b 0.9"],
      },
    ]);
  });

  it("reads nobody had mounted go to the owner; with no price the cost is unknown, never $0", () => {
    const items = dataAccessDayCosts(input({ mounts: [], catalog: [] }));
    expect(summary(items)).toEqual([
      {
        component: "data_read",
        namespace: "data",
        status: "unpriced",
        quantity: "145",
        cost: null,
        method: "bytes-read",
        workloads: ["(not mounted) unpriced"],
      },
    ]);
    expect(items[0]?.fact.reason).toMatch(/no price in the catalog \(efs-elastic-throughput data_read\)/);
  });
});
