import { type Dec, dec, sum, toPlain } from "../../pricing/decimal";
import type { WasteFinding } from "../waste/finding";
import { WASTE_RULE_INFO } from "../waste/waste-rules";
import type { NewWasteItem, NewWasteSection, WasteTally } from "./digest-content";

export const TOP_STANDING_WASTE = 5;

/** What a team calls the thing: a volume by its claim ("ml/data-db-0"), not its "pvc-<uuid>" name. */
function wasteSubject(f: WasteFinding): string {
  if (f.claim) return `${f.claim} (${f.kind} ${f.name})`;
  return `${f.kind} ${f.namespace ? `${f.namespace}/` : ""}${f.name}`;
}

/** Priced findings largest first, then the unpriced ones (never valued at $0). */
function ranked(findings: WasteFinding[]): WasteFinding[] {
  const priced = findings.filter((f) => f.cost.monthlyCost !== null);
  priced.sort((a, b) => (b.cost.monthlyCost as Dec).comparedTo(a.cost.monthlyCost as Dec));
  return [...priced, ...findings.filter((f) => f.cost.monthlyCost === null)];
}

function item(f: WasteFinding): NewWasteItem {
  return {
    ruleLabel: WASTE_RULE_INFO[f.rule].label,
    clusterName: f.clusterName,
    subject: wasteSubject(f),
    since: f.since.toISOString(),
    monthlyCost: f.cost.monthlyCost === null ? null : toPlain(f.cost.monthlyCost),
    estimated: f.cost.status === "estimated",
    basis: f.cost.basis,
  };
}

function tally(findings: WasteFinding[]): WasteTally {
  const priced = findings.flatMap((f) => (f.cost.monthlyCost === null ? [] : [f.cost.monthlyCost]));
  return {
    count: findings.length,
    monthlyTotal: toPlain(sum(priced.length > 0 ? priced : [dec(0)])),
    unpricedCount: findings.length - priced.length,
  };
}

/**
 * The waste an owner has as of the period's end: findings (judged then) owned, or likely owned, by
 * one of `namespaces` ("cluster/namespace"). New: it became waste in the period (`since` ≥ `from`;
 * judged as of `to`, nothing is later); standing: before it.
 * Largest $/month first; unpriced ones last and counted, never valued at $0.
 */
export function newWasteSection(input: {
  findings: WasteFinding[];
  namespaces: ReadonlySet<string>;
  from: Date;
  currency: string;
}): NewWasteSection {
  const owned = input.findings.filter(
    (f) => f.owner.namespace !== null && input.namespaces.has(`${f.clusterName}/${f.owner.namespace}`),
  );
  const found = owned.filter((f) => f.since.getTime() >= input.from.getTime());
  const standing = owned.filter((f) => f.since.getTime() < input.from.getTime());
  const fresh = tally(found);
  return {
    kind: "new-waste",
    currency: input.currency,
    items: ranked(found).map(item),
    monthlyTotal: fresh.monthlyTotal,
    unpricedCount: fresh.unpricedCount,
    standing: tally(standing),
    standingTop: ranked(standing).slice(0, TOP_STANDING_WASTE).map(item),
    owned: tally(owned),
  };
}
