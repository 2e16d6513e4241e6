import type { WasteFindingDto } from "@/lib/costing/waste/serialize-finding";
import { CopyButton } from "./copy-button";
import { WasteMoney } from "./waste-money";

function Owner({ owner }: { owner: WasteFindingDto["owner"] }) {
  const who = owner.namespace ?? "unknown";
  return (
    <span>
      {owner.allocation === "unallocated" && <span className="text-amber-700">unallocated · likely </span>}
      <span className="font-medium">{who}</span>
      {owner.team && <span className="text-slate-500"> · {owner.team}</span>}
    </span>
  );
}

/** One finding: what, where, whose, how old, how much; then its evidence and the fix to copy. */
export function WasteFindingRow({ finding }: { finding: WasteFindingDto }) {
  return (
    <tbody className="border-slate-100 border-t" data-testid={`finding-${finding.rule}-${finding.uid}`}>
      <tr className="align-top">
        <td className="py-2 pr-3">
          <p className="font-mono text-xs">
            {finding.namespace ? `${finding.namespace}/` : ""}
            {finding.name}
          </p>
          <p className="text-slate-500 text-xs">
            {finding.kind}
            {finding.dismissed && <span className="ml-2 text-slate-500">(dismissed)</span>}
          </p>
        </td>
        <td className="py-2 pr-3">{finding.clusterName}</td>
        <td className="py-2 pr-3" data-testid="owner">
          <Owner owner={finding.owner} />
        </td>
        <td className="py-2 pr-3 text-right tabular-nums" data-testid="age" title={finding.since}>
          {finding.ageDays} d
        </td>
        <td className="py-2 text-right">
          <WasteMoney cost={finding.cost} />
        </td>
      </tr>
      <tr>
        <td colSpan={5} className="pb-3">
          <details>
            <summary className="cursor-pointer text-blue-700 text-xs hover:underline">
              Evidence and fix
            </summary>
            <div className="mt-2 grid gap-4 rounded-md bg-slate-50 p-3 lg:grid-cols-2">
              <div>
                <h4 className="font-medium text-slate-700 text-xs uppercase tracking-wide">Evidence</h4>
                <dl
                  className="mt-1 grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1 text-xs"
                  data-testid="evidence"
                >
                  {finding.evidence.map((e) => (
                    <div key={e.label} className="contents">
                      <dt className="text-slate-500">{e.label}</dt>
                      <dd className="break-all">{e.value}</dd>
                    </div>
                  ))}
                  <dt className="text-slate-500">$/month</dt>
                  <dd className="break-words">{finding.cost.basis}</dd>
                </dl>
              </div>
              <div>
                <div className="flex items-center justify-between gap-2">
                  <h4 className="font-medium text-slate-700 text-xs uppercase tracking-wide">
                    {finding.fix.language === "yaml" ? "Manifest change" : "Fix"}
                  </h4>
                  <CopyButton text={finding.fix.command} />
                </div>
                <p className="mt-1 text-slate-600 text-xs">{finding.fix.summary}</p>
                <pre
                  className="mt-2 max-h-72 overflow-auto whitespace-pre-wrap break-all rounded bg-slate-900 p-3 font-mono text-slate-100 text-xs"
                  data-testid="fix-command"
                >
                  {finding.fix.command}
                </pre>
              </div>
            </div>
          </details>
        </td>
      </tr>
    </tbody>
  );
}
