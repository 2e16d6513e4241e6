import type { AlertCandidate } from "./alert-candidate";

/** A group's resource-days this month with no known price (never counted as $0). */
export interface UnpricedGroup {
  key: string;
  unpricedResourceDays: number;
}

/** One candidate per group with unpriced resource-days in `month` (YYYY-MM): once a month. */
export function judgeUnpricedRule(input: {
  month: string;
  groups: readonly UnpricedGroup[];
}): AlertCandidate[] {
  return input.groups
    .filter((g) => g.unpricedResourceDays > 0)
    .map((g) => ({
      groupKey: g.key,
      period: input.month,
      title: `Unpriced spend in ${g.key} in ${input.month}`,
      detail: `${g.unpricedResourceDays} resource-day${g.unpricedResourceDays === 1 ? "" : "s"} this month have no known price: their cost is unknown, not zero. Add a price on the Pricing page.`,
      link: "/pricing",
      amount: null,
      currency: null,
    }));
}
