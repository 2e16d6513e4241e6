import { z } from "zod";
import { ZCreatePriceOverride } from "../../queries/pricing/create-price-override";
import { ZUpdatePricingSettings } from "../../queries/pricing/update-pricing-settings";
import { ZGpuIdleQuery, ZGpuWorkloadQuery } from "../../services/gpu/gpu-idle-params";
import { ZObservationsParams } from "../../services/observations/observations-params";
import { ZCatalogParams, ZStorageClassParams } from "../../services/pricing/pricing-params";
import {
  ZDismissalsQuery,
  ZDismissBody,
  ZRecommendationsQuery,
  ZWhatIfRequest,
} from "../../services/recommendations/recommendations-params";
import { ZReportQuery } from "../../services/reports/report-params";
import {
  ZCostFactsQuery,
  ZOwnerCostsQuery,
  ZShowbackQuery,
  ZVolumeDetailQuery,
  ZVolumesQuery,
} from "../../services/showback/showback-params";
import {
  ZRetentionWhatIfQuery,
  ZSnapshotChainQuery,
  ZSnapshotChainsQuery,
} from "../../services/snapshots/snapshots-params";
import { ZWasteQuery } from "../../services/waste/waste-params";
import { CSRF_HEADER, SESSION_COOKIE } from "../auth-cookies";
import { alertPaths } from "./alert-paths";
import { budgetPaths } from "./budget-paths";
import { digestPaths } from "./digest-paths";
import { IDENTITY_SCHEMAS, identityPaths } from "./identity-paths";
import { OPENAPI_SCHEMAS } from "./openapi-schemas";
import { settingsPaths } from "./settings-paths";
import { worklistPaths } from "./worklist-paths";

// The OpenAPI 3.1 description of every /api/v1 route. Query parameters and request bodies are
// generated from the same zod schemas the routes parse with, so the document cannot drift from
// what a route accepts; a test checks every route file under app/api/v1 has its path here.

type Schema = Record<string, unknown>;

interface Parameter {
  name: string;
  in: "query" | "path";
  required: boolean;
  description?: string;
  schema: Schema;
}

function jsonSchema(schema: z.ZodType): Schema {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Schema;
  return rest;
}

const WINDOW_NOTE =
  "The window is from/to (UTC days, both included) or month; with neither, the last 30 complete days (to yesterday).";

/** An object schema's properties as query parameters. */
function queryParameters(schema: z.ZodType, descriptions: Record<string, string> = {}): Parameter[] {
  const json = jsonSchema(schema) as { properties?: Record<string, Schema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: "query" as const,
    required: json.required?.includes(name) ?? false,
    ...(descriptions[name] ? { description: descriptions[name] } : {}),
    schema: property,
  }));
}

const pathParameter = (name: string, description: string): Parameter => ({
  name,
  in: "path",
  required: true,
  description,
  schema: { type: "string" },
});

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schemaName: string, description = "OK") => ({
  description,
  content: { "application/json": { schema: ref(schemaName) } },
});
const errors = {
  "422": { $ref: "#/components/responses/InvalidInput" },
};
const SECURITY = [{ sessionCookie: [] }, { bearerToken: [] }];
const AUTH_ERRORS = {
  "401": { $ref: "#/components/responses/NotAuthenticated" },
  "403": { $ref: "#/components/responses/Forbidden" },
};
const errorsAnd404 = { ...errors, "404": { $ref: "#/components/responses/NotFound" } };

const WASTE_DESCRIPTIONS = {
  cluster: "Only this cluster (name); an unknown cluster is invalid input.",
  includeDismissed: "Also list findings someone dismissed.",
};

const windowDescriptions = {
  from: `First day of the window (YYYY-MM-DD). ${WINDOW_NOTE}`,
  to: "Last day of the window, included.",
  month: "A calendar month (YYYY-MM) instead of from/to.",
  currency: "The currency to show when facts are priced in several (default: the one most facts use).",
};

function operation(input: {
  id: string;
  tag: string;
  summary: string;
  description?: string;
  parameters?: Parameter[];
  requestBody?: z.ZodType;
  responses: Record<string, unknown>;
}) {
  return {
    operationId: input.id,
    tags: [input.tag],
    summary: input.summary,
    ...(input.description ? { description: input.description } : {}),
    ...(input.parameters && input.parameters.length > 0 ? { parameters: input.parameters } : {}),
    ...(input.requestBody
      ? {
          requestBody: {
            required: true,
            content: { "application/json": { schema: jsonSchema(input.requestBody) } },
          },
        }
      : {}),
    // Every operation needs a session cookie or a bearer token; none is public.
    security: SECURITY,
    responses: { ...input.responses, ...AUTH_ERRORS },
  };
}

export function buildOpenApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {
    "/api/v1/overview": {
      get: operation({
        id: "getFleetOverview",
        tag: "Inventory",
        summary: "Clusters, volumes and provisioned capacity that exist now",
        responses: { "200": json("FleetOverview") },
      }),
    },
    "/api/v1/overview/money": {
      get: operation({
        id: "getMoneyOverview",
        tag: "Costs",
        summary:
          "Spend month to date and over the last 30 days, month-end forecast against budget, top drivers, waste and savings (no volume counted twice), unallocated and unpriced shares, open anomalies",
        responses: {
          "200": {
            description: "The Overview's money",
            content: { "application/json": { schema: { type: "object" } } },
          },
        },
      }),
    },
    "/api/v1/observations": {
      get: operation({
        id: "listObservations",
        tag: "Inventory",
        summary: "Imports (observations) per cluster, one page at a time",
        parameters: queryParameters(ZObservationsParams),
        responses: { "200": json("ObservationsPage") },
      }),
    },
    "/api/v1/clusters/{name}/observations": {
      post: {
        operationId: "pushObservation",
        tags: ["Inventory"],
        summary: "A collector's observation of its cluster (what `tierscope collect` sends)",
        description:
          'The body is one JSON line per listed object, {"listKind": "PersistentVolumeList", "item": {...}}, ' +
          "gzip-compressed (content-encoding: gzip) and streamed; headers x-tierscope-observed-at (RFC 3339), " +
          "x-tierscope-kind-outcomes (JSON: per kind, complete and error) and x-tierscope-content-sha256 (of the " +
          "uncompressed body). Imported in one transaction as `import kube` is; the same push again (same time, " +
          "same bytes) changes nothing (200 with duplicateOf). Needs a collector token for this cluster " +
          "(Authorization: Bearer). Larger than TIERSCOPE_PUSH_MAX_BYTES uncompressed: 413.",
        parameters: [pathParameter("name", "The cluster's name (created on its first push)")],
        requestBody: {
          required: true,
          content: { "application/x-ndjson": { schema: { type: "string", format: "binary" } } },
        },
        security: SECURITY,
        responses: {
          "201": {
            description: "Imported: the import summary",
            content: { "application/json": { schema: { type: "object" } } },
          },
          "200": {
            description: "Already imported: nothing changed",
            content: { "application/json": { schema: { type: "object" } } },
          },
          "413": {
            description: "Larger than the server's limit",
            content: { "application/json": { schema: ref("Error") } },
          },
          ...AUTH_ERRORS,
          ...errors,
        },
      },
    },
    "/api/v1/clusters/{name}/metrics": {
      post: {
        operationId: "pushMetrics",
        tags: ["Inventory"],
        summary:
          "A collector's metrics from its cluster's Prometheus (what `tierscope collect --prometheus` sends)",
        description:
          'The body is one JSON line per record read from Prometheus, {"kind": "sample", "name", "labels", "atMs", ' +
          '"value" (a string: "0.5", "NaN", "+Inf"), "valueKind": "raw"|"rate", "position"} or {"kind": "invalid", ' +
          '"position", "field", "problem"}, gzip-compressed (content-encoding: gzip) and streamed; header ' +
          "x-tierscope-content-sha256 (of the uncompressed body), optional x-tierscope-skip-invalid: true. Stored " +
          "in one transaction as `import metrics` stores; the same body again changes nothing (200 with " +
          "duplicateOf). The cluster must exist (push its observations first: 404). Needs a collector token for " +
          "this cluster (Authorization: Bearer). Larger than TIERSCOPE_PUSH_MAX_BYTES uncompressed: 413.",
        parameters: [pathParameter("name", "The cluster's name")],
        requestBody: {
          required: true,
          content: { "application/x-ndjson": { schema: { type: "string", format: "binary" } } },
        },
        security: SECURITY,
        responses: {
          "201": {
            description: "Stored: the import summary (samples new, duplicate, skipped, by metric)",
            content: { "application/json": { schema: { type: "object" } } },
          },
          "200": {
            description: "Already stored: nothing changed",
            content: { "application/json": { schema: { type: "object" } } },
          },
          "413": {
            description: "Larger than the server's limit",
            content: { "application/json": { schema: ref("Error") } },
          },
          ...AUTH_ERRORS,
          ...errors,
        },
      },
    },
    "/api/v1/pricing/catalog": {
      get: operation({
        id: "getPriceCatalog",
        tag: "Pricing",
        summary: "Catalog prices in force today (all=true: every version), with sources",
        parameters: queryParameters(ZCatalogParams),
        responses: { "200": json("PriceCatalog"), ...errors },
      }),
    },
    "/api/v1/pricing/storage-classes": {
      get: operation({
        id: "getStorageClassPricing",
        tag: "Pricing",
        summary: "What each StorageClass resolves to: product, components, unit prices, monthly cost",
        parameters: queryParameters(ZStorageClassParams),
        responses: { "200": json("StorageClassPricing"), ...errors },
      }),
    },
    "/api/v1/pricing/overrides": {
      get: operation({
        id: "listPriceOverrides",
        tag: "Pricing",
        summary: "Price overrides and negotiated discounts",
        responses: {
          "200": {
            description: "OK",
            content: { "application/json": { schema: { type: "array", items: ref("PriceOverride") } } },
          },
        },
      }),
      post: operation({
        id: "createPriceOverride",
        tag: "Pricing",
        summary: "Add a unit-price override for a StorageClass, or a discount",
        requestBody: ZCreatePriceOverride,
        responses: { "201": json("PriceOverride", "Created"), ...errors },
      }),
    },
    "/api/v1/pricing/overrides/{id}": {
      delete: operation({
        id: "deletePriceOverride",
        tag: "Pricing",
        summary: "Remove an override",
        parameters: [
          { ...pathParameter("id", "The override's id"), schema: { type: "string", format: "uuid" } },
        ],
        responses: { "204": { description: "Deleted" }, ...errorsAnd404 },
      }),
    },
    "/api/v1/pricing/settings": {
      get: operation({
        id: "getPricingSettings",
        tag: "Pricing",
        summary: "Display currency and exchange rates",
        responses: { "200": json("PricingSettings") },
      }),
      put: operation({
        id: "updatePricingSettings",
        tag: "Pricing",
        summary: "Set the display currency and exchange rates",
        requestBody: ZUpdatePricingSettings,
        responses: { "200": json("PricingSettings"), ...errors },
      }),
    },
    "/api/v1/costs": {
      get: operation({
        id: "getShowback",
        tag: "Costs",
        summary: "Spend over a window, grouped",
        description:
          "Spend grouped by cluster, namespace, team, cost centre, storage class or category, one page of groups " +
          "at a time, largest first: total, allocated, unallocated (owner groupings put it in an explicit " +
          '"(unallocated)" group, with its likely owners), estimated, unpriced resource-days (never $0), the daily ' +
          "trend of the page's groups, and the change from the previous window of the same length. The groups add " +
          "up to the total. Amounts are in one currency; other currencies are listed, never added.",
        parameters: queryParameters(ZShowbackQuery, {
          ...windowDescriptions,
          cluster: "Only this cluster (name).",
        }),
        responses: { "200": json("ShowbackResult"), ...errorsAnd404 },
      }),
    },
    "/api/v1/recompute": {
      post: operation({
        id: "recomputeCosts",
        tag: "Costs",
        summary: "Recompute every open day of the cost history now, and clear the stale mark",
        description: "Closed months are frozen and left as they are.",
        responses: { "200": json("RecomputeResult") },
      }),
    },
    "/api/v1/months/{month}/close": {
      get: operation({
        id: "getMonthCloseChecklist",
        tag: "Reports",
        summary: "A month's pre-close checklist (finance, admin)",
        parameters: [pathParameter("month", "YYYY-MM")],
        responses: { "200": json("MonthCloseChecklist"), ...errors },
      }),
      post: operation({
        id: "closeMonth",
        tag: "Reports",
        summary: "Close a month: freeze its facts (finance, admin); audited",
        description:
          "Answers 409 with the checklist when it has open items (unpriced resource-days, stale costs, pending " +
          "recomputes) and no reason acknowledges them.",
        parameters: [pathParameter("month", "YYYY-MM")],
        requestBody: z.object({ reason: z.string().optional() }),
        responses: { "200": json("MonthCloseResult"), ...errors },
      }),
    },
    "/api/v1/months/{month}/reopen": {
      post: operation({
        id: "reopenMonth",
        tag: "Reports",
        summary: "Reopen a closed month (admin), with the reason; audited",
        parameters: [pathParameter("month", "YYYY-MM")],
        requestBody: z.object({ reason: z.string() }),
        responses: { "200": json("MonthCloseResult"), ...errors },
      }),
    },
    "/api/v1/costs/facts": {
      get: operation({
        id: "listCostFacts",
        tag: "Costs",
        summary: "The facts behind a figure: price × quantity × hours = cost, with each price's source",
        parameters: queryParameters(ZCostFactsQuery, {
          ...windowDescriptions,
          by: "With key: only the facts of one showback group.",
          key: "A group key, as GET /api/v1/costs returns it.",
          likelyOwner: "Unallocated facts whose former claim was in this namespace.",
        }),
        responses: { "200": json("CostFactsResult"), ...errorsAnd404 },
      }),
    },
    "/api/v1/namespaces/{cluster}/{namespace}/costs": {
      get: operation({
        id: "getNamespaceCosts",
        tag: "Costs",
        summary: "A namespace's spend by storage class, category and workload; its top volumes; its trend",
        parameters: [
          pathParameter("cluster", "Cluster name"),
          pathParameter("namespace", "Namespace name"),
          ...queryParameters(ZOwnerCostsQuery, { ...windowDescriptions, page: "Page of the top volumes." }),
        ],
        responses: { "200": json("NamespaceCosts"), ...errorsAnd404 },
      }),
    },
    "/api/v1/teams/{slug}/costs": {
      get: operation({
        id: "getTeamCosts",
        tag: "Costs",
        summary: "A team's spend across its namespaces",
        parameters: [
          pathParameter("slug", "The team's slug"),
          ...queryParameters(ZOwnerCostsQuery, { ...windowDescriptions, page: "Page of the top volumes." }),
        ],
        responses: { "200": json("TeamCosts"), ...errorsAnd404 },
      }),
    },
    "/api/v1/volumes": {
      get: operation({
        id: "listVolumes",
        tag: "Volumes",
        summary: "The volume inventory with each volume's monthly run-rate from its latest day of facts",
        parameters: queryParameters(ZVolumesQuery, {
          namespace: "The claim's namespace.",
          search: "Part of the volume's or claim's name, or the volume's uid.",
        }),
        responses: { "200": json("VolumesResult"), ...errorsAnd404 },
      }),
    },
    "/api/v1/volumes/{cluster}/{uid}": {
      get: operation({
        id: "getVolume",
        tag: "Volumes",
        summary: "One volume: cost by day and component, usage, revisions",
        parameters: [
          pathParameter("cluster", "Cluster name"),
          pathParameter("uid", "The PersistentVolume's uid"),
          ...queryParameters(ZVolumeDetailQuery, windowDescriptions),
        ],
        responses: { "200": json("VolumeDetail"), ...errorsAnd404 },
      }),
    },
    "/api/v1/waste": {
      get: operation({
        id: "getWaste",
        tag: "Waste",
        summary: "Waste findings with owner, age, $/month, evidence and the command that removes each",
        parameters: queryParameters(ZWasteQuery, WASTE_DESCRIPTIONS),
        responses: { "200": json("WastePage"), ...errors },
      }),
    },
    "/api/v1/waste.csv": {
      get: operation({
        id: "getWasteCsv",
        tag: "Waste",
        summary: "Every waste finding as CSV",
        parameters: queryParameters(ZWasteQuery.omit({ page: true }), WASTE_DESCRIPTIONS),
        responses: {
          "200": {
            description: "CSV, one finding per line",
            content: { "text/csv": { schema: { type: "string" } } },
          },
          ...errors,
        },
      }),
    },
    "/api/v1/reports": {
      get: operation({
        id: "listReportMonths",
        tag: "Reports",
        summary: "The months a chargeback can be asked for, with their close",
        responses: { "200": json("ReportMonths") },
      }),
    },
    "/api/v1/reports/{month}": {
      get: operation({
        id: "getChargebackReport",
        tag: "Reports",
        summary: "A closed month's chargeback by team or cost centre: JSON, CSV, FOCUS 1.2 CSV or PDF",
        description:
          "Teams (or cost centres) with their namespaces, volumes and snapshots; unallocated costs by likely owner " +
          "with the policy applied; totals that reconcile to the fleet's facts for the month, in cents allocated so " +
          "the parts add up. format=focus streams one FOCUS 1.2 row per priced fact-day, in every currency (each row " +
          "in its own BillingCurrency). A month is closed once every organisation with a cluster closed it; one that " +
          "is not is refused (409) unless preliminary=true, and a preliminary report says so in every format.",
        parameters: [
          pathParameter("month", "The month, YYYY-MM"),
          ...queryParameters(ZReportQuery, {
            by: "Who is charged: team or cost centre.",
            currency:
              "The currency to report when facts are priced in several (default: the one most facts use); " +
              "the others' totals are stated apart. FOCUS exports every currency whatever this says.",
            preliminary: "true: report a month that is not closed, labelled preliminary.",
          }),
        ],
        responses: {
          "200": {
            description: "The report, or its download (content-disposition names the file)",
            content: {
              "application/json": { schema: ref("ChargebackReport") },
              "text/csv": { schema: { type: "string" } },
              "application/pdf": { schema: { type: "string", format: "binary" } },
            },
          },
          "409": {
            description: "The month is not closed (and preliminary was not asked for)",
            content: { "application/json": { schema: ref("Error") } },
          },
          ...errors,
        },
      }),
    },
    "/api/v1/snapshots/chains": {
      get: operation({
        id: "listSnapshotChains",
        tag: "Snapshots",
        summary: "Snapshot chains with a snapshot alive now, most expensive first",
        parameters: queryParameters(ZSnapshotChainsQuery, {
          cluster: "Only this cluster (name); unknown: 422.",
        }),
        responses: { "200": json("SnapshotChains"), ...errors },
      }),
    },
    "/api/v1/snapshots/chains/{cluster}/{chainId}": {
      get: operation({
        id: "getSnapshotChain",
        tag: "Snapshots",
        summary: "One chain: its summary, the timeline of every snapshot, and a page of its snapshots",
        parameters: [
          pathParameter("cluster", "Cluster name"),
          pathParameter("chainId", "The chain's key, as the chains list gives it (base64url of its id)"),
          ...queryParameters(ZSnapshotChainQuery),
        ],
        responses: { "200": json("SnapshotChain"), ...errorsAnd404 },
      }),
    },
    "/api/v1/snapshots/retention-what-if": {
      get: operation({
        id: "getRetentionWhatIf",
        tag: "Snapshots",
        summary: "What a snapshot retention policy would delete and save, for one chain or a whole cluster",
        parameters: queryParameters(ZRetentionWhatIfQuery, {
          chain: "One chain's key; without it, every chain of the cluster.",
          keepLast: "Keep the newest N snapshots of each chain.",
          keepYoungerThanDays: "Keep snapshots younger than N days.",
        }),
        responses: { "200": json("RetentionWhatIf"), ...errors },
      }),
    },
    "/api/v1/gpu-idle": {
      get: operation({
        id: "getGpuIdle",
        tag: "GPU",
        summary:
          "Idle GPU-hours and their cost by workload, namespace, team or node pool, and the share waiting on storage",
        description:
          "Allocated GPU-hours (GPU request × pod life in the window), utilisation integrated over time (a sample " +
          "holds until the next for at most maxGapIntervals × the series' median interval, capped at maxHoldMinutes; " +
          "the rest is unmeasured), idle GPU-hours and their cost at the node's GPU-hour price (instance price ÷ GPU " +
          "count, or a gpu_hour override), and the storage-bound share (idle while I/O pressure ≥ the threshold, or " +
          "unmeasured pressure with a data or checkpoint volume on a slow tier). storageBound lists every " +
          "storage-bound workload with the return on moving its slow volumes to a faster tier. Estimates; the " +
          "settings in force are in the response. Unpriced costs are null, never $0.",
        parameters: queryParameters(ZGpuIdleQuery, {
          from: "First day of the window (YYYY-MM-DD, UTC), with to; or month.",
          to: "Last day of the window, included.",
          month: "A calendar month (YYYY-MM) instead of from/to.",
          cluster: "Only this cluster (name); an unknown cluster is invalid input.",
        }),
        responses: { "200": json("GpuIdleReport"), ...errors },
      }),
    },
    "/api/v1/gpu-idle/workload": {
      get: operation({
        id: "getGpuWorkload",
        tag: "GPU",
        summary:
          "One GPU workload: its figures, pods, utilisation against I/O pressure over time, and its faster-tier return",
        parameters: queryParameters(ZGpuWorkloadQuery, {
          kind: "The workload's kind (PyTorchJob, Job, Deployment…; Pod for a bare pod).",
          name: "The workload's name.",
        }),
        responses: { "200": json("GpuWorkloadDetail"), ...errorsAnd404 },
      }),
    },
    "/api/v1/openapi.json": {
      get: operation({
        id: "getOpenApiDocument",
        tag: "Meta",
        summary: "This document",
        responses: {
          "200": {
            description: "OpenAPI 3.1",
            content: { "application/json": { schema: { type: "object" } } },
          },
        },
      }),
    },
    "/api/v1/recommendations": {
      get: operation({
        id: "listRecommendations",
        tag: "Recommendations",
        summary: "Tier recommendations ranked by net monthly value, with totals by rule",
        description:
          "Each: the volumes, the tier now and proposed (monthly cost, IOPS, throughput, latency class), the " +
          "savings (before − after; negative spends), the evidence, the guardrail thresholds it passed and the " +
          "manifest change. Both sides are priced by the same catalog; unpriced stays null, never $0.",
        parameters: queryParameters(ZRecommendationsQuery, {
          cluster: "Only this cluster (name); an unknown cluster is invalid input.",
          includeDismissed: "Also list recommendations someone dismissed, with the reason.",
        }),
        responses: { "200": json("RecommendationsPage"), ...errors },
      }),
    },
    "/api/v1/recommendations/dismissals": {
      get: operation({
        id: "listRecommendationDismissals",
        tag: "Recommendations",
        summary: "Dismissed recommendations with their reasons, newest first",
        parameters: queryParameters(ZDismissalsQuery),
        responses: { "200": json("RecommendationDismissals"), ...errors },
      }),
      post: operation({
        id: "dismissRecommendation",
        tag: "Recommendations",
        summary: "Dismiss a recommendation (rule and subjectKey as listed) with a reason",
        requestBody: ZDismissBody,
        responses: { "201": json("RecommendationDismissal", "Created"), ...errors },
      }),
    },
    "/api/v1/recommendations/dismissals/{id}": {
      delete: operation({
        id: "restoreRecommendation",
        tag: "Recommendations",
        summary: "Restore a dismissed recommendation",
        parameters: [
          { ...pathParameter("id", "The dismissal's id"), schema: { type: "string", format: "uuid" } },
        ],
        responses: { "204": { description: "Restored" }, ...errorsAnd404 },
      }),
    },
    "/api/v1/recommendations/what-if": {
      post: operation({
        id: "recommendationWhatIf",
        tag: "Recommendations",
        summary:
          "Monthly cost before and after moving volumes to another tier, or a snapshot retention policy",
        description:
          'kind "move": PersistentVolume names of one cluster and one of its StorageClasses; kind "retention": ' +
          "keepLast and/or keepYoungerThanDays for every chain of a cluster. Computed only: nothing is written.",
        requestBody: ZWhatIfRequest,
        responses: { "200": json("RecommendationWhatIf"), ...errors },
      }),
    },
    ...digestPaths({ operation, queryParameters, errors, errorsAnd404 }),
    ...identityPaths({ operation, queryParameters, errors, errorsAnd404 }),
    ...budgetPaths({ operation, queryParameters, errors, errorsAnd404 }),
    ...alertPaths({ operation, queryParameters, errors, errorsAnd404 }),
    ...settingsPaths({ operation, queryParameters, errors, errorsAnd404 }),
    ...worklistPaths({ operation, queryParameters, errors, errorsAnd404 }),
  };

  return {
    openapi: "3.1.0",
    info: {
      title: "Tierscope API",
      version: "1",
      description:
        "What Kubernetes AI storage costs, where the money leaks, and what to change. Money is an exact decimal " +
        "string beside its currency; errors are { error: { code, message } }.",
    },
    paths,
    components: {
      schemas: { ...OPENAPI_SCHEMAS, ...IDENTITY_SCHEMAS },
      securitySchemes: {
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: SESSION_COOKIE,
          description: `The session of a signed-in user (POST /api/auth/login). A write must also send the session's CSRF token in ${CSRF_HEADER}.`,
        },
        bearerToken: {
          type: "http",
          scheme: "bearer",
          description: "An API token (tsk_…) created by an admin: read, write, or collector for one cluster.",
        },
      },
      responses: {
        NotAuthenticated: {
          description: "No valid session or API token (401)",
          content: { "application/json": { schema: ref("Error") } },
        },
        Forbidden: {
          description:
            "The role or token scope does not allow this, or a cookie write lacks its CSRF token (403)",
          content: { "application/json": { schema: ref("Error") } },
        },
        InvalidInput: {
          description: "Invalid input (422)",
          content: { "application/json": { schema: ref("Error") } },
        },
        NotFound: {
          description: "The cluster, namespace, team, volume or override does not exist (404)",
          content: { "application/json": { schema: ref("Error") } },
        },
      },
    },
  };
}
