import {
  RECOMMENDATION_RULE_INFO,
  RECOMMENDATION_RULES,
} from "@/lib/costing/recommendations/recommendation-rules";
import type { RecommendationDto } from "@/lib/costing/recommendations/serialize-recommendation";
import { RecommendationCard } from "./recommendation-card";

/**
 * A page of recommendations, grouped by rule; the groups in the order of their best item and each
 * group's items as ranked (largest net monthly value first).
 */
export function RecommendationList(props: {
  items: RecommendationDto[];
  onWhatIf: (recommendation: RecommendationDto) => void;
}) {
  const rules = RECOMMENDATION_RULES.filter((rule) => props.items.some((r) => r.rule === rule)).sort(
    (a, b) => props.items.findIndex((r) => r.rule === a) - props.items.findIndex((r) => r.rule === b),
  );
  return (
    <div className="space-y-6">
      {rules.map((rule) => (
        <section key={rule} aria-label={RECOMMENDATION_RULE_INFO[rule].label} data-testid={`group-${rule}`}>
          <h2 className="font-semibold text-lg">{RECOMMENDATION_RULE_INFO[rule].label}</h2>
          <p className="mb-2 text-slate-500 text-sm">{RECOMMENDATION_RULE_INFO[rule].description}</p>
          <div className="space-y-3">
            {props.items
              .filter((r) => r.rule === rule)
              .map((r) => (
                <RecommendationCard
                  key={`${r.rule}-${r.subjectKey}`}
                  recommendation={r}
                  onWhatIf={props.onWhatIf}
                />
              ))}
          </div>
        </section>
      ))}
    </div>
  );
}
