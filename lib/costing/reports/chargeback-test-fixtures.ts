import type { ChargebackInput, ChargebackLine } from "./chargeback-report";

const line = (over: Partial<ChargebackLine>): ChargebackLine => ({
  allocation: "allocated",
  groupKey: "ml",
  groupName: "ML",
  groupKind: "group",
  clusterName: "prod",
  namespace: "ml",
  likelyOwnerTeam: null,
  kind: "volumes",
  cost: "0",
  estimated: "0",
  unpricedResourceDays: 0,
  ...over,
});

/**
 * October 2026 by team, worked by hand: ML has prod/ml (10.005 volumes + 1.111 snapshots) and
 * lab/ml (3.3333333333 volumes); Web has prod/web (20.5 volumes, 0.5 of it estimated); prod/ops has
 * no team (4.4443 volumes, 2 unpriced resource-days); a released volume whose claim was in prod/web
 * is unallocated (6.6666666667). Fleet total 46.0603.
 */
export function octoberInput(over: Partial<ChargebackInput> = {}): ChargebackInput {
  return {
    month: "2026-10",
    by: "team",
    currency: "USD",
    close: { closedAt: "2026-11-02T09:00:00.000Z", closedBy: "finance" },
    generatedAt: "2026-11-21T09:00:00.000Z",
    lines: [
      line({ cost: "10.005" }),
      line({ kind: "snapshots", cost: "1.111" }),
      line({ clusterName: "lab", cost: "3.3333333333" }),
      line({ groupKey: "web", groupName: "Web", namespace: "web", cost: "20.5", estimated: "0.5" }),
      line({
        groupKey: "(no team)",
        groupName: "No team",
        groupKind: "unassigned",
        namespace: "ops",
        cost: "4.4443",
        unpricedResourceDays: 2,
      }),
      line({
        allocation: "unallocated",
        groupKey: "(unallocated)",
        groupName: "Unallocated",
        namespace: "web",
        likelyOwnerTeam: "Web",
        cost: "6.6666666667",
      }),
    ],
    fleetTotal: "46.0603",
    otherCurrencies: [],
    ...over,
  };
}
