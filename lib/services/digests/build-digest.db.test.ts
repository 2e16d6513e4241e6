import { describe, expect, it } from "vitest";
import type {
  DigestContent,
  GpuIdleSection,
  NewWasteSection,
  OpenRecommendationsSection,
} from "../../costing/digests/digest-content";
import { renderDigest } from "../../costing/digests/render-digest";
import { serializeRecommendation } from "../../costing/recommendations/serialize-recommendation";
import { generateDemoFleet } from "../../demo/generate-demo-fleet";
import { formatMoney } from "../../format-money";
import { Dec, sum } from "../../pricing/decimal";
import { loadDemoFleet } from "../../queries/demo/load-demo-fleet";
import type { TDigestSubscriptionInput } from "../../queries/digests/create-digest-subscription";
import { createDigestSubscription } from "../../queries/digests/create-digest-subscription";
import { readGpuIdleReport } from "../../queries/gpu/get-gpu-idle-report";
import { loadBundledCatalog } from "../../queries/pricing/load-bundled-catalog";
import { setUpTestDatabase } from "../../testing/test-database";
import { computeCostFacts } from "../costs/compute-cost-facts";
import { listRecommendations } from "../recommendations/list-recommendations";
import { type ServiceContext, systemContext } from "../service-context";
import { getWastePage } from "../waste/get-waste-page";
import { buildDigest } from "./build-digest";

const ctx = systemContext("test");
const { db } = setUpTestDatabase();
// The demo fleet as of a Monday morning; the digests cover the week before it.
const now = new Date(Date.UTC(2026, 10, 23, 7, 30));
const period = { start: "2026-11-16", end: "2026-11-22" };
const window = { from: period.start, to: period.end };
const links = { publicUrl: "https://tierscope.example", secret: "digest-test-secret-0123456789" };

async function namespacesOf(owner: { team: string } | { cluster: string; namespace: string }) {
  if ("cluster" in owner) return new Set([`${owner.cluster}/${owner.namespace}`]);
  const rows = await db.namespace.findMany({
    where: { team: { slug: owner.team } },
    include: { cluster: true },
  });
  return new Set(rows.map((n) => `${n.cluster.name}/${n.name}`));
}

/**
 * A sum of decimal strings to 10 places; null when every one is null (unpriced), as the model adds
 * them. GPU-hours are thirds and such at 40 significant digits: added pod by pod (the digest) or
 * namespace by namespace (here) they can differ in the 40th digit, never in the 10th place.
 */
function total(values: (string | null)[]): string | null {
  const known = values.filter((v): v is string => v !== null);
  return values.length > 0 && known.length === 0 ? null : sum(known.map((v) => new Dec(v))).toFixed(10);
}

const places = (value: string | null) => (value === null ? null : new Dec(value).toFixed(10));
// GPU-hours are served to 6 places per group; a sum of groups and the digest's rounded total of the
// same hours can differ in the last place, so hours compare at 5.
const hours = (value: string | null) => (value === null ? null : new Dec(value).toFixed(5));

/** The fleet's open recommendations in `namespaces`, as GET /api/v1/recommendations lists them. */
async function expectedRecommendations(namespaces: Set<string>) {
  const list = await listRecommendations(db, { ctx, input: { now } });
  const mine = list.recommendations
    .map((r) => serializeRecommendation(r.recommendation))
    .filter((r) => namespaces.has(`${r.clusterName}/${r.namespace}`));
  return {
    count: mine.length,
    netMonthlyValue: total(mine.map((r) => r.netMonthlyValue)) ?? "0",
    gpuCostRecovered: total(
      mine.map((r) => (r.netMonthlyValue === null ? null : r.gpuCostRecoveredPerMonth)),
    ),
    unpricedCount: mine.filter((r) => r.netMonthlyValue === null).length,
    top: mine.slice(0, 5).map((r) => [`${r.namespace}/${r.name}`, r.netMonthlyValue]),
  };
}

/** The GPU efficiency report for the period, its namespace groups summed over `namespaces`. */
async function expectedGpuIdle(namespaces: Set<string>) {
  const report = (by: "namespace" | "workload") =>
    readGpuIdleReport(db, { now, window, by, page: 1, pageSize: 500, teamIds: null });
  const groups = (await report("namespace")).groups.filter((g) => namespaces.has(g.key));
  const workloads = (await report("workload")).groups.filter((g) =>
    namespaces.has(`${g.clusterName}/${g.namespace}`),
  );
  return {
    podCount: groups.reduce((n, g) => n + g.figures.podCount, 0),
    allocatedGpuHours: hours(total(groups.map((g) => g.figures.allocatedGpuHours))),
    idleGpuHours: hours(total(groups.map((g) => g.figures.idleGpuHours))),
    idleCost: total(groups.map((g) => g.figures.idleCost)),
    storageBoundIdleCost: total(groups.map((g) => g.figures.storageBoundIdleCost)),
    unpricedGpuHours: hours(total(groups.map((g) => g.figures.unpricedGpuHours))),
    top: workloads.slice(0, 3).map((w) => [w.name, places(w.figures.idleCost), w.storageBound]),
  };
}

async function digestOf(owner: Omit<TDigestSubscriptionInput, "recipients" | "cadence" | "timeZone">) {
  const subscription = await createDigestSubscription(db, {
    ...owner,
    recipients: ["lead@example.com"],
    cadence: "weekly",
    timeZone: "UTC",
  });
  const { content } = await buildDigest(db, { subscriptionId: subscription.id, period, now, ...links });
  const section = <K extends DigestContent["sections"][number]["kind"]>(kind: K) =>
    content.sections.find((s) => s.kind === kind);
  return {
    recommendations: section("open-recommendations") as OpenRecommendationsSection,
    gpu: section("gpu-idle") as GpuIdleSection,
    waste: section("new-waste") as NewWasteSection,
    rendered: renderDigest(content),
  };
}

describe("digests of the demo fleet", () => {
  it("show the owner's waste, open recommendations and GPU idle cost as the Waste, Recommendations and GPU efficiency pages compute them", async () => {
    await loadBundledCatalog(db, { now });
    await loadDemoFleet(db, generateDemoFleet({ now }));
    await computeCostFacts(db, { from: "2026-11-09", to: period.end, now });

    // Team vision: namespaces on three clusters, a storage-bound training job, GPUs on AKS.
    const vision = await digestOf({ team: "vision" });
    const namespaces = await namespacesOf({ team: "vision" });
    const recs = await expectedRecommendations(namespaces);
    expect(recs.count).toBeGreaterThan(0);
    expect(new Dec(recs.gpuCostRecovered ?? "0").gt(0)).toBe(true);
    const r = vision.recommendations;
    expect({
      count: r.count,
      netMonthlyValue: places(r.netMonthlyValue),
      gpuCostRecovered: places(r.gpuCostRecovered),
      unpricedCount: r.unpricedCount,
      top: r.top.map((i) => [i.subject, i.netMonthlyValue]),
    }).toEqual(recs);
    expect(new Dec(r.storageSavings).plus(r.gpuCostRecovered).toFixed()).toBe(r.netMonthlyValue);

    const idle = await expectedGpuIdle(namespaces);
    expect([idle.podCount > 0, idle.top.some(([, , storageBound]) => storageBound)]).toEqual([true, true]);
    const g = vision.gpu;
    expect({
      podCount: g.podCount,
      allocatedGpuHours: hours(g.allocatedGpuHours),
      idleGpuHours: hours(g.idleGpuHours),
      idleCost: places(g.idleCost),
      storageBoundIdleCost: places(g.storageBoundIdleCost),
      unpricedGpuHours: hours(g.unpricedGpuHours),
      top: g.workloads.map((w) => [w.name, places(w.idleCost), w.storageBound]),
    }).toEqual(idle);
    expect(g.workloads.filter((w) => w.storageBound).every((w) => w.estimate)).toBe(true);

    const { text, html } = vision.rendered;
    expect(text).toContain(`\nIdle cost: ${formatMoney(idle.idleCost as string, "USD")}\n`);
    expect(html).toContain(`data-figure="gpu-idle-cost">${formatMoney(idle.idleCost as string, "USD")}<`);
    expect(text).toContain(
      `${recs.count} open, ${formatMoney(recs.netMonthlyValue, "USD")}/month: ${formatMoney(r.storageSavings, "USD")} storage savings + ${formatMoney(recs.gpuCostRecovered as string, "USD")} GPU cost recovered (estimate)`,
    );

    // Its waste, new and standing, is what the Waste page shows the team's lead at the period's end.
    const visionTeam = await db.team.findFirstOrThrow({ where: { slug: "vision" } });
    const lead: ServiceContext = {
      ...ctx,
      roles: ["member"],
      scope: { kind: "teams", teamIds: [visionTeam.id] },
    };
    const periodEnd = new Date(Date.UTC(2026, 10, 23));
    const page = await getWastePage(db, { ctx: lead, input: { page: 1, pageSize: 50, now: periodEnd } });
    const w = vision.waste;
    expect(page.total.count).toBeGreaterThan(0);
    expect({
      count: w.owned.count,
      monthly: places(w.owned.monthlyTotal),
      unpriced: w.owned.unpricedCount,
    }).toEqual({
      count: page.total.count,
      monthly: places(page.total.monthlyCost),
      unpriced: page.total.unpricedCount,
    });
    expect(w.standing.count + w.items.length).toBe(w.owned.count);
    expect(vision.rendered.text).not.toMatch(/no new waste/i);
    expect(vision.rendered.text).toContain(`You own ${w.owned.count} finding(s)`);

    // A namespace on AKS, whose GPU nodes are priced since the catalog has the NC A100 v4 and ND A100 v4 rates.
    const recsys = await digestOf({ cluster: "prod-aks-eastus", namespace: "recsys-train" });
    const aks = await expectedGpuIdle(
      await namespacesOf({ cluster: "prod-aks-eastus", namespace: "recsys-train" }),
    );
    expect(aks.podCount).toBeGreaterThan(0);
    expect(aks.idleCost).not.toBeNull();
    expect([recsys.gpu.podCount, hours(recsys.gpu.idleGpuHours), places(recsys.gpu.idleCost)]).toEqual([
      aks.podCount,
      aks.idleGpuHours,
      aks.idleCost,
    ]);
    expect(recsys.rendered.text).toContain(`\nIdle cost: ${formatMoney(aks.idleCost as string, "USD")}\n`);

    // A namespace with no GPU pods says so.
    const system = await digestOf({ cluster: "prod-eks-use1", namespace: "kube-system" });
    expect(system.gpu.podCount).toBe(0);
    expect(system.rendered.text).toContain("GPU IDLE COST\nNo GPU workloads from 2026-11-16 to 2026-11-22.");
  }, 600_000);
});
