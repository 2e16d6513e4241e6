import { shiftDay } from "../../costing/day-window";
import type { DigestContent, DigestOwner } from "../../costing/digests/digest-content";
import type { DigestPeriod } from "../../costing/digests/digest-period";
import { gpuIdleSection } from "../../costing/digests/gpu-idle-section";
import { newWasteSection } from "../../costing/digests/new-waste-section";
import { openRecommendationsSection } from "../../costing/digests/open-recommendations-section";
import { spendTrendSection } from "../../costing/digests/spend-trend-section";
import { zonedInstant } from "../../costing/digests/time-zone";
import { TOP_COST_DRIVERS, topCostDriversSection } from "../../costing/digests/top-cost-drivers-section";
import { DEFAULT_GPU_IDLE_SETTINGS } from "../../costing/gpu/settings";
import type { Db } from "../../db/prisma";
import { DigestNotFoundError } from "../../queries/digests/digest-errors";
import { analyseGpuWindow } from "../../queries/gpu/analyse-gpu-window";
import { readRecommendations } from "../../queries/recommendations/list-recommendations";
import type { TeamIds } from "../../queries/scope/team-scope-sql";
import { readNamespaceCosts } from "../../queries/showback/get-namespace-costs";
import type { OwnerCostsResult } from "../../queries/showback/get-owner-costs";
import { readTeamCosts } from "../../queries/showback/get-team-costs";
import { readWasteFindings } from "../../queries/waste/list-waste-findings";

export interface DigestLinks {
  /** The app's public address, without a trailing slash. */
  publicUrl: string;
  secret: string;
}

function addDay(day: string): string {
  return shiftDay(day, 1);
}

/** The clusters of "cluster/namespace" keys, by name. */
function clustersOf(namespaces: ReadonlySet<string>): string[] {
  return [...new Set([...namespaces].map((n) => n.slice(0, n.indexOf("/"))))].sort();
}

/**
 * The open recommendations of the owner's clusters as of `now` (send time, not the period's end:
 * the digest lists what is open to act on when it arrives, as the page its links open shows it;
 * dismissals keep no history, so what was open at the period's end cannot be told). One cluster
 * at a time: the owner's clusters only, not the fleet's.
 */
async function openRecommendations(
  db: Db,
  reader: { namespaces: ReadonlySet<string>; teamIds: TeamIds },
  now: Date,
  currency: string,
) {
  const { namespaces, teamIds } = reader;
  const lists = [];
  for (const clusterName of clustersOf(namespaces))
    lists.push(await readRecommendations(db, { now, clusterName, teamIds }));
  return openRecommendationsSection({
    recommendations: lists.flatMap((l) => l.recommendations.map((r) => r.recommendation)),
    namespaces,
    currency: lists[0]?.currency ?? currency,
    asOf: now,
  });
}

/** The owner's GPU pods over the period's days, analysed as the GPU efficiency page does for them. */
async function gpuIdle(
  db: Db,
  { namespaces, teamIds }: { namespaces: ReadonlySet<string>; teamIds: TeamIds },
  window: { from: string; to: string },
  now: Date,
  currency: string,
) {
  const analyses = [];
  for (const clusterName of clustersOf(namespaces))
    analyses.push(await analyseGpuWindow(db, { now, window, clusterName, teamIds }));
  return gpuIdleSection({
    pods: analyses.flatMap((a) => a.pods),
    namespaces,
    settings: analyses[0]?.settings ?? DEFAULT_GPU_IDLE_SETTINGS,
    currency: analyses[0]?.pricing.displayCurrency ?? currency,
    window,
  });
}

/**
 * Everything a digest says about one subscription's owner over one period. Costs are the daily
 * (UTC) facts of the period's local days, exactly what the team or namespace page shows for that
 * window; new waste is judged as of the period's end (or now, if earlier) in the owner's
 * namespaces; open recommendations as of `now`; GPU idle cost over the period's days (UTC, as
 * the GPU efficiency page shows them). Recipients are the subscription's at the time of building.
 */
export async function buildDigest(
  db: Db,
  input: { subscriptionId: string; period: Pick<DigestPeriod, "start" | "end">; now: Date } & DigestLinks,
): Promise<{ content: DigestContent; recipients: string[] }> {
  const subscription = await db.digestSubscription.findUnique({
    where: { id: input.subscriptionId },
    include: { team: true, owner: { include: { cluster: true } } },
  });
  if (!subscription) throw new DigestNotFoundError(`No digest subscription "${input.subscriptionId}"`);
  const window = { from: input.period.start, to: input.period.end };
  const page = { page: 1, pageSize: TOP_COST_DRIVERS };
  let costs: OwnerCostsResult;
  let owner: DigestOwner;
  let namespaces: Set<string>;
  let clusterName: string | undefined;
  // What the digest's recipients may see: their team's namespaces (a namespace digest's, its team's).
  const teamIds: TeamIds = subscription.team
    ? [subscription.team.id]
    : subscription.owner?.teamId
      ? [subscription.owner.teamId]
      : null;
  if (subscription.team) {
    const team = await readTeamCosts(db, { ...window, ...page, slug: subscription.team.slug, teamIds });
    costs = team;
    namespaces = new Set(team.namespaces.map((n) => `${n.clusterName}/${n.namespace}`));
    owner = {
      kind: "team",
      label: team.team.slug,
      displayName: team.team.name,
      path: `/teams/${encodeURIComponent(team.team.slug)}`,
    };
  } else {
    const cluster = subscription.owner?.cluster.name ?? "";
    const name = subscription.owner?.name ?? "";
    costs = await readNamespaceCosts(db, { ...window, ...page, cluster, namespace: name, teamIds });
    namespaces = new Set([`${cluster}/${name}`]);
    clusterName = cluster;
    owner = {
      kind: "namespace",
      label: `${cluster}/${name}`,
      displayName: `${cluster}/${name}`,
      path: `/namespaces/${encodeURIComponent(cluster)}/${encodeURIComponent(name)}`,
    };
  }
  const from = zonedInstant(input.period.start, 0, subscription.timeZone);
  const periodEnd = zonedInstant(addDay(input.period.end), 0, subscription.timeZone);
  const to = periodEnd.getTime() < input.now.getTime() ? periodEnd : input.now;
  const waste = await readWasteFindings(db, { now: to, clusterName, teamIds });
  const sections = [
    spendTrendSection(costs),
    topCostDriversSection({
      currency: costs.currency,
      total: costs.totals.total,
      resources: costs.topResources.items,
      resourceCount: costs.topResources.total,
    }),
    newWasteSection({
      findings: waste.findings.map((f) => f.finding),
      namespaces,
      from,
      currency: waste.currency,
    }),
    await openRecommendations(db, { namespaces, teamIds }, input.now, costs.currency),
    await gpuIdle(db, { namespaces, teamIds }, window, input.now, costs.currency),
  ];
  const query = `window=custom&from=${window.from}&to=${window.to}`;
  return {
    content: {
      owner,
      cadence: subscription.cadence,
      period: { start: input.period.start, end: input.period.end },
      timeZone: subscription.timeZone,
      sections,
      links: {
        base: input.publicUrl,
        app: `${input.publicUrl}${owner.path}?${query}`,
        // No token here: this copy is the preview and the send log's, which readers of the
        // subscription see. Each message gets its recipient's own signed link when it is sent.
        unsubscribe: `${input.publicUrl}/unsubscribe`,
      },
    },
    recipients: subscription.recipients,
  };
}
