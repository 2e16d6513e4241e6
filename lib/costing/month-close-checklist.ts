// The pre-close checklist of a month, as finance reads it (pure: the query fills it in).

/** What finance must see before closing a month: each item that is not clean must be acknowledged. */
export interface MonthCloseChecklist {
  month: string;
  /** Resource-days of the month with a component that has no known price (in no amount). */
  unpricedResourceDays: number;
  /** Prices changed after the costs were computed: the month's figures are stale until a recompute. */
  staleSince: { since: string; reason: string } | null;
  /** Imports that finished after the month's costs of their cluster were last computed. */
  importsSinceComputed: { clusterName: string; imports: number; lastComputedAt: string | null }[];
  /** A recompute is pending: prices or imports changed since the month's costs were computed. */
  recomputePending: boolean;
  /** True when nothing needs acknowledging. */
  clean: boolean;
}

/** The checklist's open items, one line each: what the close must acknowledge. */
export function checklistItems(checklist: MonthCloseChecklist): string[] {
  return [
    ...(checklist.unpricedResourceDays > 0
      ? [`${checklist.unpricedResourceDays} resource-days have no known price and are in no amount`]
      : []),
    ...(checklist.staleSince
      ? [
          `costs are stale since ${checklist.staleSince.since} (${checklist.staleSince.reason}): a recompute is pending`,
        ]
      : []),
    ...checklist.importsSinceComputed.map(
      (i) =>
        `${i.clusterName}: ${i.imports} import(s) finished after its costs were last computed (${i.lastComputedAt ?? "never"}): a recompute is pending`,
    ),
  ];
}
