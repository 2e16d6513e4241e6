import { WasteMoney } from "@/components/waste/waste-money";
import type { RecommendationDto } from "@/lib/costing/recommendations/serialize-recommendation";
import { formatCount } from "@/lib/format";

const LATENCY: Record<RecommendationDto["current"]["performance"]["latencyClass"], string> = {
  "local-nvme": "local NVMe",
  "sub-millisecond": "sub-millisecond",
  "single-digit-ms": "single-digit ms",
  "object-storage": "object storage",
};

type Side = RecommendationDto["current"];

function Row({ name, side, testId }: { name: string; side: Side; testId: string }) {
  const p = side.performance;
  return (
    <tr data-testid={testId} className="border-slate-100 border-t">
      <th scope="row" className="py-1 pr-3 text-left font-normal text-slate-500">
        {name}
      </th>
      <td className="py-1 pr-3">
        {side.label}
        {side.storageClassName && (
          <span className="ml-1 font-mono text-slate-500">({side.storageClassName})</span>
        )}
      </td>
      <td className="py-1 pr-3 text-right" title={side.cost.basis}>
        <WasteMoney cost={side.cost} />
      </td>
      <td className="py-1 pr-3 text-right tabular-nums" title={p.basis}>
        {p.iops === null ? "—" : formatCount(p.iops)}
      </td>
      <td className="py-1 pr-3 text-right tabular-nums" title={p.basis}>
        {p.throughput === null ? "—" : `${formatCount(p.throughput.value)} ${p.throughput.unit}`}
      </td>
      <td className="py-1" title={p.basis}>
        {LATENCY[p.latencyClass]}
      </td>
    </tr>
  );
}

/** Now against proposed: the tier, $/month, IOPS, throughput and latency class, each with its basis on hover. */
export function RecommendationTiers({ recommendation }: { recommendation: RecommendationDto }) {
  return (
    <table className="w-full text-xs">
      <thead className="text-slate-500">
        <tr>
          <th className="sr-only">Side</th>
          <th className="pr-3 text-left font-normal">Tier</th>
          <th className="pr-3 text-right font-normal">$/month</th>
          <th className="pr-3 text-right font-normal">IOPS</th>
          <th className="pr-3 text-right font-normal">Throughput</th>
          <th className="text-left font-normal">Latency</th>
        </tr>
      </thead>
      <tbody>
        <Row name="Now" side={recommendation.current} testId="tier-current" />
        <Row name="Proposed" side={recommendation.proposed} testId="tier-proposed" />
      </tbody>
    </table>
  );
}
