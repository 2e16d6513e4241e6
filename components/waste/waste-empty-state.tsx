import Link from "next/link";
import { WASTE_RULE_INFO, type WasteRule } from "@/lib/costing/waste/waste-rules";

/** No findings: nothing at all (with what was checked), or nothing matching the filters. */
export function WasteEmptyState(props: {
  hasClusters: boolean;
  cluster: string | null;
  rule: WasteRule | null;
  clearHref: string;
}) {
  if (!props.hasClusters) {
    return (
      <section
        className="rounded-lg border border-slate-200 bg-white p-6 text-slate-600"
        data-testid="waste-empty"
      >
        No clusters yet. Run <code className="font-mono">tierscope demo</code> for a demo fleet, or import one
        with <code className="font-mono">tierscope import kube --cluster NAME</code>.
      </section>
    );
  }
  const filtered = props.cluster || props.rule;
  return (
    <section
      className="rounded-lg border border-emerald-200 bg-emerald-50 p-6 text-emerald-900"
      data-testid="waste-empty"
    >
      <p className="font-medium">
        {filtered
          ? `No ${props.rule ? WASTE_RULE_INFO[props.rule].label.toLowerCase() : "waste"}${props.cluster ? ` in ${props.cluster}` : ""}.`
          : "No waste found: nothing to clean up today."}
      </p>
      <p className="mt-1 text-emerald-800 text-sm">
        Tierscope checked for Released and long-unbound volumes, claims no pod mounts, snapshots of deleted
        claims, retained snapshot contents, snapshot chains past retention and oversized volumes.
      </p>
      {filtered && (
        <Link href={props.clearHref} className="mt-3 inline-block text-blue-700 text-sm hover:underline">
          Show every cluster and rule
        </Link>
      )}
    </section>
  );
}
