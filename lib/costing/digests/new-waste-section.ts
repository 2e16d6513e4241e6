import { dec, sum, toPlain } from "../../pricing/decimal";
import type { WasteFinding } from "../waste/finding";
import { WASTE_RULE_INFO } from "../waste/waste-rules";
import type { NewWasteSection } from "./digest-content";

/** What a team calls the thing: a volume by its claim ("ml/data-db-0"), not its "pvc-<uuid>" name. */
function wasteSubject(f: WasteFinding): string {
  if (f.claim) return `${f.claim} (${f.kind} ${f.name})`;
  return `${f.kind} ${f.namespace ? `${f.namespace}/` : ""}${f.name}`;
}

/**
 * Waste that appeared during the period: findings (judged as of the period's end) owned, or likely
 * owned, by one of `namespaces` ("cluster/namespace") whose `since` falls in [from, to). Largest
 * $/month first; unpriced ones last and counted, never valued at $0.
 */
export function newWasteSection(input: {
  findings: WasteFinding[];
  namespaces: ReadonlySet<string>;
  from: Date;
  to: Date;
  currency: string;
}): NewWasteSection {
  const found = input.findings.filter(
    (f) =>
      f.owner.namespace !== null &&
      input.namespaces.has(`${f.clusterName}/${f.owner.namespace}`) &&
      f.since.getTime() >= input.from.getTime() &&
      f.since.getTime() < input.to.getTime(),
  );
  const priced = found.filter((f) => f.cost.monthlyCost !== null);
  priced.sort((a, b) => (b.cost.monthlyCost ?? dec(0)).comparedTo(a.cost.monthlyCost ?? dec(0)));
  const items = [...priced, ...found.filter((f) => f.cost.monthlyCost === null)].map((f) => ({
    ruleLabel: WASTE_RULE_INFO[f.rule].label,
    clusterName: f.clusterName,
    subject: wasteSubject(f),
    since: f.since.toISOString(),
    monthlyCost: f.cost.monthlyCost === null ? null : toPlain(f.cost.monthlyCost),
    estimated: f.cost.status === "estimated",
    basis: f.cost.basis,
  }));
  return {
    kind: "new-waste",
    currency: input.currency,
    items,
    monthlyTotal: toPlain(sum(priced.map((f) => f.cost.monthlyCost ?? dec(0)))),
    unpricedCount: found.length - priced.length,
  };
}
