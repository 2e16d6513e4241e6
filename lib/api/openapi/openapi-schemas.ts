import { REPORT_SCHEMAS } from "./report-schemas";

// JSON Schemas (OpenAPI 3.1 uses JSON Schema 2020-12) of the API's responses. They follow the
// query layer's `…Result` types; money is always an exact decimal string beside its currency.

type Schema = Record<string, unknown>;

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const string: Schema = { type: "string" };
const nullableString: Schema = { type: ["string", "null"] };
const integer: Schema = { type: "integer" };
const number: Schema = { type: "number" };
const nullableNumber: Schema = { type: ["number", "null"] };
const boolean: Schema = { type: "boolean" };
const array = (items: Schema): Schema => ({ type: "array", items });
const object = (properties: Record<string, Schema>, description?: string): Schema => ({
  type: "object",
  ...(description ? { description } : {}),
  properties,
  required: Object.keys(properties),
});
const money = ref("Money");
const nullableMoney: Schema = { anyOf: [ref("Money"), { type: "null" }] };
const page = { page: integer, pageSize: integer };

const costFigures = {
  total: money,
  coverage: {
    type: "string",
    enum: ["priced", "partial", "unpriced"],
    description:
      'unpriced: no cost of the figure has a known price, so total is "0" meaning unknown (shown as "unpriced (N resource-days)", never $0); partial: total leaves out unpricedResourceDays',
  },
  allocated: money,
  unallocated: money,
  estimated: money,
  estimatedShare: nullableNumber,
  unpricedResourceDays: integer,
  includedResourceDays: integer,
  resourceDays: integer,
  factCount: integer,
};
const change = { previousTotal: money, change: money, changeRatio: nullableNumber };
const window = object({ from: ref("Day"), to: ref("Day") });
const windowWithDays = object({ from: ref("Day"), to: ref("Day"), days: integer });
const closedMonths = array(ref("ClosedMonth"));

const ownerResource = object({
  clusterName: string,
  resourceKind: ref("ResourceKind"),
  resourceUid: string,
  name: nullableString,
  namespace: nullableString,
  storageClassName: nullableString,
  category: string,
  phase: nullableString,
  total: money,
  estimated: boolean,
  unpricedResourceDays: integer,
});
const breakdownRow = object({
  clusterName: nullableString,
  name: string,
  total: money,
  resourceDays: integer,
  unpricedResourceDays: integer,
});

const ownerCosts = {
  window: windowWithDays,
  closedMonths,
  previousWindow: window,
  currency: string,
  currencies: array(ref("CurrencyTotal")),
  totals: object({ ...costFigures, ...change }),
  byStorageClass: array(breakdownRow),
  byCategory: array(breakdownRow),
  byWorkload: object({
    items: array(
      object({
        clusterName: string,
        namespace: string,
        workloadKind: string,
        workloadName: string,
        total: money,
        podHours: string,
      }),
    ),
    workloadCount: integer,
    notSplit: money,
  }),
  topResources: object({ items: array(ownerResource), total: integer, ...page }),
  likelyOwned: object({ ...costFigures, resources: array(ownerResource) }),
  trend: array(
    object({ day: ref("Day"), total: money, byCategory: { type: "object", additionalProperties: money } }),
  ),
};

export const OPENAPI_SCHEMAS: Record<string, Schema> = {
  Error: object({ error: object({ code: string, message: string }) }, "The one error envelope of the API."),
  Money: {
    type: "string",
    pattern: "^-?\\d+(\\.\\d+)?$",
    description: 'An exact decimal amount, never rounded and never in exponent notation, e.g. "12.3456789".',
  },
  Day: { type: "string", format: "date", description: "A UTC day, YYYY-MM-DD." },
  ResourceKind: { type: "string", enum: ["PersistentVolume", "VolumeSnapshotContent", "VolumeDataAccess"] },
  CurrencyTotal: object(
    { currency: string, total: money, factCount: integer },
    "The facts in one currency. Amounts in different currencies are never added together.",
  ),
  ClosedMonth: object(
    {
      month: { type: "string", description: "YYYY-MM" },
      closedAt: string,
      closedBy: string,
      priceChangesSinceClose: integer,
      lastPriceChangeAt: nullableString,
      importsSinceClose: integer,
      lastImportAt: nullableString,
      figures: { type: "string", enum: ["frozen"] },
    },
    "A closed month the window includes. Its figures are frozen as closed: price changes (catalog loads, overrides, currency settings) and imports of its data after the close are counted here and are NOT in them until an admin reopens the month and costs are recomputed; the window's other days do follow them.",
  ),
  ShowbackResult: object(
    {
      window: windowWithDays,
      closedMonths,
      previousWindow: window,
      by: {
        type: "string",
        enum: ["cluster", "namespace", "team", "cost-centre", "storage-class", "category"],
      },
      clusterName: nullableString,
      clusters: array(string),
      currency: string,
      currencies: array(ref("CurrencyTotal")),
      totals: object({ ...costFigures, ...change }),
      unallocatedByOwner: object({
        items: array(
          object({
            clusterName: string,
            namespace: nullableString,
            teamSlug: nullableString,
            teamName: nullableString,
            total: money,
            resourceDays: integer,
            unpricedResourceDays: integer,
          }),
        ),
        ownerCount: integer,
      }),
      groups: array(
        object({
          key: string,
          name: string,
          kind: { type: "string", enum: ["group", "unallocated", "unassigned"] },
          clusterName: nullableString,
          teamSlug: nullableString,
          ...costFigures,
          ...change,
        }),
      ),
      groupCount: integer,
      ...page,
      trend: array(
        object({ day: ref("Day"), total: money, groups: { type: "object", additionalProperties: money } }),
      ),
      factDays: { anyOf: [object({ first: ref("Day"), last: ref("Day") }), { type: "null" }] },
    },
    "Spend over a window by group. The groups add up to totals.total; unallocated spend is its own group for owner groupings.",
  ),
  CostFactsResult: object({
    window,
    closedMonths,
    currency: string,
    currencies: array(ref("CurrencyTotal")),
    totals: object({ cost: money, factCount: integer, unpricedFactCount: integer }),
    items: array(ref("CostFact")),
    total: integer,
    ...page,
  }),
  CostFact: object(
    {
      clusterName: string,
      day: ref("Day"),
      resourceKind: ref("ResourceKind"),
      resourceUid: string,
      resourceName: nullableString,
      component: string,
      status: { type: "string", enum: ["priced", "estimated", "unpriced", "included"] },
      allocation: { type: "string", enum: ["allocated", "unallocated"] },
      namespace: nullableString,
      likelyOwnerNamespace: nullableString,
      storageClassName: nullableString,
      category: string,
      quantity: string,
      unit: string,
      hours: string,
      unitPrice: nullableMoney,
      cost: nullableMoney,
      currency: string,
      monthlyCost: nullableMoney,
      priceSlices: { anyOf: [array(object({ quantity: string, unitPrice: money })), { type: "null" }] },
      prorationFactor: nullableString,
      monthHours: nullableString,
      reason: nullableString,
      detail: { type: "object" },
      price: {
        anyOf: [
          object({
            id: string,
            product: string,
            region: string,
            sku: nullableString,
            tierMode: string,
            description: nullableString,
            source: object({
              kind: string,
              description: string,
              url: nullableString,
              grade: nullableString,
              date: ref("Day"),
            }),
          }),
          { type: "null" },
        ],
      },
      override: {
        anyOf: [
          object({ id: string, kind: string, note: nullableString, discountPercent: nullableString }),
          { type: "null" },
        ],
      },
    },
    "One resource's cost for one day and component: monthlyCost (unitPrice × quantity, or its tiers) × prorationFactor = cost, prorationFactor = hours ÷ monthHours.",
  ),
  NamespaceCosts: object({
    ...ownerCosts,
    namespace: object({
      clusterName: string,
      provider: string,
      name: string,
      team: { anyOf: [object({ slug: string, name: string }), { type: "null" }] },
      costCentre: nullableString,
      deletedAt: nullableString,
    }),
  }),
  TeamCosts: object({
    ...ownerCosts,
    team: object({ slug: string, name: string, costCentre: nullableString }),
    namespaces: array(object({ clusterName: string, namespace: string, total: money, previousTotal: money })),
  }),
  VolumesResult: object({
    items: array(
      object({
        clusterName: string,
        uid: string,
        name: string,
        claimNamespace: nullableString,
        claimName: nullableString,
        storageClassName: nullableString,
        capacityBytes: { type: "string", description: "Bytes, as a decimal string." },
        phase: string,
        reclaimPolicy: string,
        createdAt: string,
        deletedAt: nullableString,
        runRateDay: nullableString,
        monthlyRunRate: nullableMoney,
        currency: nullableString,
        runRateStatus: nullableString,
      }),
    ),
    total: integer,
    ...page,
    filterOptions: object({ clusters: array(string), storageClasses: array(string) }),
  }),
  VolumeDetail: object({
    volume: { type: "object" },
    window,
    closedMonths,
    currency: string,
    currencies: array(ref("CurrencyTotal")),
    total: money,
    dataAccessTotal: money,
    costHistory: array(
      object({ day: ref("Day"), total: money, unpriced: boolean, components: array({ type: "object" }) }),
    ),
    usage: array(object({ day: ref("Day"), maxUsedBytes: number, avgUsedBytes: number })),
    revisions: array({ type: "object" }),
    factDays: { anyOf: [object({ first: ref("Day"), last: ref("Day") }), { type: "null" }] },
  }),
  FleetOverview: {
    type: "object",
    description: "Clusters, volumes and provisioned capacity that exist now.",
  },
  ObservationsPage: {
    type: "object",
    description: "One page of imports (observations) with counts by kind.",
  },
  PriceCatalog: { type: "object", description: "Catalog prices with their sources, dates and grades." },
  StorageClassPricing: { type: "object", description: "What each StorageClass resolves to and costs." },
  PriceOverride: { type: "object", description: "A unit-price override or a negotiated discount." },
  PricingSettings: { type: "object", description: "The display currency and exchange rates." },
  MonthCloseChecklist: {
    type: "object",
    description:
      "A month's pre-close checklist: unpricedResourceDays, staleSince (prices changed since the costs were computed), importsSinceComputed, recomputePending, clean.",
  },
  MonthCloseResult: {
    type: "object",
    description: "The month closed (or already closed) and the checklist it was closed with.",
  },
  RecomputeResult: {
    type: "object",
    description: "What the recomputation did, and how many seconds it took.",
    properties: { seconds: { type: "number" } },
  },
  SnapshotChains: {
    type: "object",
    description: "Snapshot chains with their billed size and monthly cost; one page.",
  },
  SnapshotChain: {
    type: "object",
    description: "One snapshot chain: summary, timeline, a page of snapshots.",
  },
  RetentionWhatIf: {
    type: "object",
    description: "Snapshots a retention policy would delete, and the saving.",
  },
  WastePage: { type: "object", description: "Waste findings with totals by rule; one page of items." },
  RecommendationsPage: {
    type: "object",
    description: "Recommendations ranked by net monthly value, totals by rule; one page of items.",
  },
  RecommendationDismissal: {
    type: "object",
    description: "A dismissed recommendation: id, rule, subjectKey, cluster, reason, who and when.",
  },
  RecommendationDismissals: { type: "object", description: "One page of dismissed recommendations." },
  RecommendationWhatIf: {
    type: "object",
    description: "Monthly cost before and after (exact decimal strings), per volume or per snapshot chain.",
  },
  ...REPORT_SCHEMAS,
  GpuIdleReport: {
    type: "object",
    description:
      "GPU-hours (exact decimal strings), costs (decimal strings or null when unpriced) and the settings of the model; one page of groups; every storage-bound workload's faster-tier return (lib/costing/gpu/faster-tier-return.ts).",
  },
  GpuWorkloadDetail: {
    type: "object",
    description:
      "One GPU workload: figures, pods with their GPU-hour prices, a utilisation and I/O pressure timeline, its faster-tier return or null.",
  },
};
