import type { DigestContent, DigestOwner } from "../../costing/digests/digest-content";
import type { DigestPeriod } from "../../costing/digests/digest-period";
import { newWasteSection } from "../../costing/digests/new-waste-section";
import { spendTrendSection } from "../../costing/digests/spend-trend-section";
import { zonedInstant } from "../../costing/digests/time-zone";
import { TOP_COST_DRIVERS, topCostDriversSection } from "../../costing/digests/top-cost-drivers-section";
import { signUnsubscribeToken } from "../../costing/digests/unsubscribe-token";
import type { Db } from "../../db/prisma";
import { DigestNotFoundError } from "../../queries/digests/digest-errors";
import { getNamespaceCosts } from "../../queries/showback/get-namespace-costs";
import type { OwnerCostsResult } from "../../queries/showback/get-owner-costs";
import { getTeamCosts } from "../../queries/showback/get-team-costs";
import { listWasteFindings } from "../../queries/waste/list-waste-findings";

export interface DigestLinks {
  /** The app's public address, without a trailing slash. */
  publicUrl: string;
  secret: string;
}

function addDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * Everything a digest says about one subscription's owner over one period. Costs are the daily
 * (UTC) facts of the period's local days, exactly what the team or namespace page shows for that
 * window; new waste is judged as of the period's end (or now, if earlier) in the owner's
 * namespaces. Recipients are the subscription's at the time of building.
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
  if (subscription.team) {
    const team = await getTeamCosts(db, { ...window, ...page, slug: subscription.team.slug });
    costs = team;
    namespaces = new Set(team.namespaces.map((n) => `${n.clusterName}/${n.namespace}`));
    owner = { kind: "team", label: team.team.slug, path: `/teams/${encodeURIComponent(team.team.slug)}` };
  } else {
    const cluster = subscription.owner?.cluster.name ?? "";
    const name = subscription.owner?.name ?? "";
    costs = await getNamespaceCosts(db, { ...window, ...page, cluster, namespace: name });
    namespaces = new Set([`${cluster}/${name}`]);
    clusterName = cluster;
    owner = {
      kind: "namespace",
      label: `${cluster}/${name}`,
      path: `/namespaces/${encodeURIComponent(cluster)}/${encodeURIComponent(name)}`,
    };
  }
  const from = zonedInstant(input.period.start, 0, subscription.timeZone);
  const periodEnd = zonedInstant(addDay(input.period.end), 0, subscription.timeZone);
  const to = periodEnd.getTime() < input.now.getTime() ? periodEnd : input.now;
  const waste = await listWasteFindings(db, { now: to, clusterName });
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
      to,
      currency: waste.currency,
    }),
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
        unsubscribe: `${input.publicUrl}/unsubscribe?token=${signUnsubscribeToken(subscription.id, input.secret)}`,
      },
    },
    recipients: subscription.recipients,
  };
}
