import type { WasteFindingDto } from "@/lib/costing/waste/serialize-finding";
import type { WasteThresholds } from "@/lib/costing/waste/thresholds";
import { WASTE_RULE_INFO, WASTE_RULES } from "@/lib/costing/waste/waste-rules";
import { WasteFindingRow } from "./waste-finding-row";

/** What each rule is judged by, as set in `waste.thresholds`. */
export function thresholdText(rule: (typeof WASTE_RULES)[number], t: WasteThresholds): string | null {
  switch (rule) {
    case "available-volume":
      return `unbound for more than ${t.availableDays} days`;
    case "unmounted-claim":
      return `no pod for more than ${t.unmountedDays} days`;
    case "snapshot-retention":
      return `keep the newest ${t.retentionKeep}, none older than ${t.retentionMaxAgeDays} days`;
    case "oversized-volume":
      return `30-day p95 below ${Math.round(t.oversizedUsedRatio * 100)} % of capacity, ≥ ${t.oversizedMinSamples} samples`;
    default:
      return null;
  }
}

/** The page's findings, grouped under their rule in rule order. */
export function WasteFindings({
  items,
  thresholds,
}: {
  items: WasteFindingDto[];
  thresholds: WasteThresholds;
}) {
  return (
    <div className="space-y-6">
      {WASTE_RULES.filter((rule) => items.some((f) => f.rule === rule)).map((rule) => {
        const threshold = thresholdText(rule, thresholds);
        return (
          <section
            key={rule}
            className="rounded-lg border border-slate-200 bg-white p-5"
            data-testid={`rule-group-${rule}`}
            aria-labelledby={`rule-${rule}`}
          >
            <h2 id={`rule-${rule}`} className="font-medium text-lg">
              {WASTE_RULE_INFO[rule].label}
            </h2>
            <p className="text-slate-500 text-sm">
              {WASTE_RULE_INFO[rule].description}
              {threshold && <span className="ml-1 text-slate-500">({threshold})</span>}
            </p>
            <table className="mt-3 w-full text-sm">
              <thead className="text-left text-slate-500">
                <tr>
                  <th className="py-2 font-medium">Resource</th>
                  <th className="py-2 font-medium">Cluster</th>
                  <th className="py-2 font-medium">Owner</th>
                  <th className="py-2 text-right font-medium">Age</th>
                  <th className="py-2 text-right font-medium">$/month</th>
                </tr>
              </thead>
              {items
                .filter((f) => f.rule === rule)
                .map((f) => (
                  <WasteFindingRow key={f.subjectKey} finding={f} />
                ))}
            </table>
          </section>
        );
      })}
    </div>
  );
}
