import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { MS_PER_DAY } from "../costing/day-window";
import { Prisma } from "../db/generated/client";
import { loadBundledCatalog } from "../queries/pricing/load-bundled-catalog";
import { createCostFacts, createShowbackOrg, dailyFacts } from "../testing/cost-factories";
import { createPersistentVolume, GIB } from "../testing/factories";
import { createStorageClassWithParameters } from "../testing/price-factories";
import { setUpTestDatabase } from "../testing/test-database";
import { getFleetOverview } from "./overview/get-fleet-overview";
import { getStorageClassPricing } from "./pricing/get-storage-class-pricing";
import { getChargebackReport } from "./reports/get-chargeback-report";
import { renderChargebackReport } from "./reports/render-chargeback-report";
import type { ServiceContext } from "./service-context";
import { NotFoundError } from "./service-errors";
import { getNamespaceCosts } from "./showback/get-namespace-costs";
import { getShowback } from "./showback/get-showback";
import { getTeamCosts } from "./showback/get-team-costs";
import { getVolumeDetailOrThrow } from "./showback/get-volume-detail";
import { listCostFacts } from "./showback/list-cost-facts";
import { listVolumes } from "./showback/list-volumes";
import { SHOWBACK_GROUPINGS } from "./showback/showback-params";
import { listWasteFindings } from "./waste/list-waste-findings";

// Team scope, enforced in the services and their SQL: a member of team ml reads ml's namespaces
// (and the unallocated cost whose likely owner is one of them), never web's, in any list, total,
// trend or export; web's namespace, team and volume read as missing.

const { db } = setUpTestDatabase();
const MARCH = { from: "2026-03-01", to: "2026-03-31" };

const member = (teamId: string): ServiceContext => ({
  actor: { kind: "user", userId: randomUUID(), email: "lead@ml.example" },
  roles: ["member"],
  scope: { kind: "teams", teamIds: [teamId] },
});
const finance: ServiceContext = {
  actor: { kind: "user", userId: randomUUID(), email: "finance@example" },
  roles: ["finance"],
  scope: { kind: "all" },
};

/** March: ml spends 1.5 a day, web 7; each has a released volume; an unclaimed one and prod/ops have no team. */
async function twoTeams() {
  const org = await createShowbackOrg(db);
  const { prod } = org;
  await createCostFacts(db, [
    ...dailyFacts(MARCH.from, MARCH.to, {
      clusterId: prod.id,
      resourceUid: "pv-ml",
      namespace: "ml",
      cost: "1.5",
    }),
    ...dailyFacts(MARCH.from, MARCH.to, {
      clusterId: prod.id,
      resourceUid: "pv-web",
      namespace: "web",
      cost: "7",
    }),
    // The previous window (February): web only.
    { clusterId: prod.id, resourceUid: "pv-web", day: "2026-02-20", namespace: "web", cost: "9" },
    {
      clusterId: prod.id,
      resourceUid: "pv-ml-old",
      day: "2026-03-10",
      namespace: null,
      likelyOwnerNamespace: "ml",
      cost: "0.25",
    },
    {
      clusterId: prod.id,
      resourceUid: "pv-web-old",
      day: "2026-03-11",
      namespace: null,
      likelyOwnerNamespace: "web",
      cost: "3",
    },
    { clusterId: prod.id, resourceUid: "pv-nobody", day: "2026-03-05", namespace: null, cost: "4" },
    { clusterId: prod.id, resourceUid: "pv-ops", day: "2026-03-06", namespace: "ops", cost: "0.7" },
  ]);
  const created = new Date(Date.UTC(2026, 0, 1));
  const pv = (uid: string, claimNamespace: string | null) =>
    createPersistentVolume(db, prod.id, {
      uid,
      capacityBytes: 10n * GIB,
      createdAt: created,
      claimNamespace,
      claimName: claimNamespace ? `${uid}-claim` : null,
      phase: claimNamespace ? "Bound" : "Available",
    });
  await pv("pv-ml", "ml");
  await pv("pv-web", "web");
  await pv("pv-nobody", null);
  return org;
}

const ML_MARCH = "46.75"; // 31 × 1.5 + 0.25 unallocated whose likely owner is ml
const FLEET_MARCH = "271.45"; // + 31 × 7 + 3 + 4 + 0.7

const mentionsWeb = (value: unknown) => /\bweb\b|pv-web|pv-nobody|pv-ops/.test(JSON.stringify(value));

describe("team scope", () => {
  it("keeps team B's rows out of showback in every grouping: groups, totals, trend, previous window, unallocated", async () => {
    const { teams } = await twoTeams();
    const ctx = member(teams.ml.id);
    for (const by of SHOWBACK_GROUPINGS) {
      const result = await getShowback(db, { ctx, input: { ...MARCH, by, page: 1, pageSize: 100 } });
      expect(result.totals.total, by).toBe(ML_MARCH);
      expect(result.totals.previousTotal, by).toBe("0");
      expect(mentionsWeb(result.groups), by).toBe(false);
      const trend = result.trend.reduce((sum, p) => sum.plus(p.total), new Prisma.Decimal(0));
      expect(trend.toFixed(), by).toBe(ML_MARCH);
      expect(result.unallocatedByOwner.items.map((o) => o.namespace)).toEqual(["ml"]);
    }
    const all = await getShowback(db, {
      ctx: finance,
      input: { ...MARCH, by: "team", page: 1, pageSize: 100 },
    });
    expect(all.totals.total).toBe(FLEET_MARCH);
    expect(all.groups.map((g) => g.key).sort()).toEqual(["(no team)", "(unallocated)", "ml", "web"]);
  });

  it("lists only the team's facts, even when asked for the other team's", async () => {
    const { teams } = await twoTeams();
    const ctx = member(teams.ml.id);
    const facts = await listCostFacts(db, { ctx, input: { ...MARCH, page: 1, pageSize: 500 } });
    expect(facts.items.length).toBe(32);
    expect(mentionsWeb(facts.items)).toBe(false);
    const asked = await listCostFacts(db, { ctx, input: { ...MARCH, team: "web", page: 1, pageSize: 500 } });
    expect(asked.items).toEqual([]);
  });

  it("answers NotFound for the other team's namespace, team and volume, and serves its own", async () => {
    const { teams } = await twoTeams();
    const ctx = member(teams.ml.id);
    const page = { page: 1, pageSize: 10 };
    await expect(
      getNamespaceCosts(db, { ctx, input: { ...MARCH, ...page, cluster: "prod", namespace: "web" } }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      getNamespaceCosts(db, { ctx, input: { ...MARCH, ...page, cluster: "prod", namespace: "ops" } }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(getTeamCosts(db, { ctx, input: { ...MARCH, ...page, slug: "web" } })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(
      getVolumeDetailOrThrow(db, { ctx, input: { ...MARCH, cluster: "prod", uid: "pv-web" } }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      getVolumeDetailOrThrow(db, { ctx, input: { ...MARCH, cluster: "prod", uid: "pv-nobody" } }),
    ).rejects.toBeInstanceOf(NotFoundError);

    const team = await getTeamCosts(db, { ctx, input: { ...MARCH, ...page, slug: "ml" } });
    expect(team.totals.total).toBe("46.5");
    expect(team.likelyOwned.total).toBe("0.25");
    const volume = await getVolumeDetailOrThrow(db, {
      ctx,
      input: { ...MARCH, cluster: "prod", uid: "pv-ml" },
    });
    expect(volume.total).toBe("46.5");
    const web = await getVolumeDetailOrThrow(db, {
      ctx: finance,
      input: { ...MARCH, cluster: "prod", uid: "pv-web" },
    });
    expect(web.total).toBe("217");
  });

  it("keeps the other team's volumes out of the inventory and the overview", async () => {
    const { teams } = await twoTeams();
    const ctx = member(teams.ml.id);
    const input = { include: "live" as const, sort: "name-asc" as const, page: 1, pageSize: 50 };
    const volumes = await listVolumes(db, { ctx, input });
    expect(volumes.items.map((v) => v.uid)).toEqual(["pv-ml"]);
    expect(volumes.total).toBe(1);
    const asOf = new Date(Date.UTC(2026, 2, 15));
    const overview = await getFleetOverview(db, { ctx, input: { asOf } });
    expect(overview.totals.volumes).toBe(1);
    expect((await getFleetOverview(db, { ctx: finance, input: { asOf } })).totals.volumes).toBe(3);
  });

  it("counts only the team's volumes in the storage-class prices, and every volume for finance", async () => {
    const { teams } = await twoTeams();
    const input = { now: new Date(Date.UTC(2026, 2, 15)) };
    const liveVolumes = async (ctx: ServiceContext) =>
      (await getStorageClassPricing(db, { ctx, input })).storageClasses.reduce(
        (n, c) => n + c.volumes.count,
        0,
      );
    expect(await liveVolumes(member(teams.ml.id))).toBe(1);
    expect(await liveVolumes(finance)).toBe(3);
  });

  it("keeps the other team's rows out of the chargeback, its CSV, its PDF's report and the FOCUS export", async () => {
    const { teams } = await twoTeams();
    const ctx = member(teams.ml.id);
    const input = {
      month: "2026-03",
      by: "team" as const,
      preliminary: true,
      now: new Date(Date.UTC(2026, 3, 2)),
    };
    const report = await getChargebackReport(db, { ctx, input });
    expect(mentionsWeb(report.groups)).toBe(false);
    expect(report.reconciliation.reconciles).toBe(true);
    const csv = await renderChargebackReport(db, { ctx, input: { ...input, format: "csv" } });
    expect(csv.body).not.toMatch(/\bweb\b/);
    const pdf = await renderChargebackReport(db, { ctx, input: { ...input, format: "pdf" } });
    expect(mentionsWeb(pdf.report.groups)).toBe(false);
    const focus = await renderChargebackReport(db, { ctx, input: { ...input, format: "focus" } });
    let text = "";
    for await (const chunk of focus.body as AsyncIterable<string>) text += chunk;
    expect(text).toContain("pv-ml");
    expect(text).not.toMatch(/pv-web|pv-nobody|pv-ops/);

    const all = await renderChargebackReport(db, { ctx: finance, input: { ...input, format: "csv" } });
    expect(all.body).toMatch(/\bweb\b/);
  });

  it("keeps the other team's waste findings out, and findings with no owner to every-team readers", async () => {
    const now = new Date(Date.UTC(2026, 10, 21, 12));
    const daysAgo = (days: number) => new Date(now.getTime() - days * MS_PER_DAY);
    await loadBundledCatalog(db, { now });
    const { prod, teams } = await createShowbackOrg(db);
    await createStorageClassWithParameters(db, prod.id, {
      name: "gp3",
      provisioner: "ebs.csi.aws.com",
      parameters: { type: "gp3" },
    });
    const released = (uid: string, claimNamespace: string | null) =>
      createPersistentVolume(db, prod.id, {
        uid,
        name: uid,
        storageClassName: "gp3",
        csiDriver: "ebs.csi.aws.com",
        zone: "us-east-1a",
        capacityBytes: 100n * GIB,
        phase: claimNamespace ? "Released" : "Available",
        reclaimPolicy: "Retain",
        claimNamespace,
        claimName: claimNamespace ? `${uid}-claim` : null,
        lastPhaseTransitionAt: daysAgo(40),
        createdAt: daysAgo(200),
      });
    await released("pv-ml-released", "ml");
    await released("pv-web-released", "web");
    await released("pv-nobody", null);

    const mine = await listWasteFindings(db, { ctx: member(teams.ml.id), input: { now } });
    expect(mine.findings.map((f) => f.finding.name)).toEqual(["pv-ml-released"]);
    const all = await listWasteFindings(db, { ctx: finance, input: { now } });
    expect(all.findings.map((f) => f.finding.name).sort()).toEqual([
      "pv-ml-released",
      "pv-nobody",
      "pv-web-released",
    ]);
  });
});
