import { CopyButton } from "@/components/waste/copy-button";
import type { RecommendationDto } from "@/lib/costing/recommendations/serialize-recommendation";
import { formatBytes } from "@/lib/format";
import { DismissRecommendationForm } from "./dismiss-recommendation-form";
import { RecommendationSavings } from "./recommendation-savings";
import { RecommendationTiers } from "./recommendation-tiers";

function Facts({
  title,
  items,
  testId,
}: {
  title: string;
  items: { label: string; value: string }[];
  testId: string;
}) {
  return (
    <div>
      <h4 className="font-medium text-slate-700 text-xs uppercase tracking-wide">{title}</h4>
      <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1 text-xs" data-testid={testId}>
        {items.map((e) => (
          <div key={e.label} className="contents">
            <dt className="text-slate-500">{e.label}</dt>
            <dd className="break-words">{e.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/** One recommendation: which volumes, now against proposed, the saving; then evidence, guardrail and fix. */
export function RecommendationCard(props: {
  recommendation: RecommendationDto;
  onWhatIf: (recommendation: RecommendationDto) => void;
}) {
  const r = props.recommendation;
  return (
    <article
      className="rounded-lg border border-slate-200 bg-white p-4"
      data-testid={`recommendation-${r.rule}-${r.name}`}
      aria-label={`${r.namespace ?? ""}/${r.name}`}
    >
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="font-mono text-sm">
            {r.namespace ? `${r.namespace}/` : ""}
            {r.name}
          </p>
          <p className="text-slate-500 text-xs">
            {r.clusterName} · {r.owner.namespace ?? "unknown"}
            {r.owner.team && ` · ${r.owner.team}`} ·{" "}
            {r.volumes.map((v) => `${v.name} (${formatBytes(v.capacityBytes)})`).join(", ")}
          </p>
        </div>
        <RecommendationSavings recommendation={r} />
      </header>
      <div className="mt-3">
        <RecommendationTiers recommendation={r} />
      </div>
      <details className="mt-2">
        <summary className="cursor-pointer text-blue-700 text-xs hover:underline">
          Evidence, guardrail and fix
        </summary>
        <div className="mt-2 grid gap-4 rounded-md bg-slate-50 p-3 lg:grid-cols-2">
          <div className="space-y-3">
            <Facts title="Evidence" items={r.evidence} testId="evidence" />
            <Facts title="Guardrail" items={r.guardrail} testId="guardrail" />
            <Facts
              title="How the $ are made"
              items={[
                { label: "Now", value: r.current.cost.basis },
                { label: "Proposed", value: r.proposed.cost.basis },
                { label: "Saving", value: r.savings.basis },
              ]}
              testId="money-basis"
            />
          </div>
          <div>
            <div className="flex items-center justify-between gap-2">
              <h4 className="font-medium text-slate-700 text-xs uppercase tracking-wide">Manifest change</h4>
              <CopyButton text={r.fix.command} />
            </div>
            <p className="mt-1 text-slate-600 text-xs">{r.fix.summary}</p>
            <pre
              className="mt-2 max-h-72 overflow-auto whitespace-pre-wrap break-all rounded bg-slate-900 p-3 font-mono text-slate-100 text-xs"
              data-testid="fix-command"
            >
              {r.fix.command}
            </pre>
          </div>
        </div>
      </details>
      <footer className="mt-3 flex flex-wrap items-center justify-between gap-3">
        <DismissRecommendationForm rule={r.rule} subjectKey={r.subjectKey} dismissed={r.dismissed} />
        <button
          type="button"
          className="text-blue-700 text-xs hover:underline"
          onClick={() => props.onWhatIf(r)}
        >
          Add to what-if
        </button>
      </footer>
    </article>
  );
}
