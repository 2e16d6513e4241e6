"use client";
import { TableScroll } from "@/components/ui/table-scroll";
import { formatBytes, formatCount } from "@/lib/format";
import { formatMoney, formatUnitPrice } from "@/lib/format-money";
import { sourceText } from "@/lib/pricing/price-provenance";
import type { SerializedComponent } from "@/lib/pricing/serialize";
import { UNIT_LABEL } from "@/lib/pricing/units";
import type { StorageClassPricing } from "@/lib/services/pricing/get-storage-class-pricing";
import { PriceStatusBadge } from "./price-status-badge";

function unitPrice(c: SerializedComponent) {
  const unit = c.unit ? ` / ${UNIT_LABEL[c.unit]}` : "";
  if (c.tierLabel && c.unitPrice)
    return `${c.tierLabel}: ${formatUnitPrice(c.unitPrice, c.listCurrency ?? c.currency)}${unit}`;
  if (c.unitPrice) return `${formatUnitPrice(c.unitPrice, c.listCurrency ?? c.currency)}${unit}`;
  if (c.slices.length > 0)
    return `${c.slices.map((s) => `${formatCount(Number(s.quantity))} × ${s.unitPrice}`).join(" + ")}${unit}`;
  return "—";
}

function ComponentLine({ c }: { c: SerializedComponent }) {
  const included =
    c.includedQuantity && c.includedQuantity !== "0"
      ? ` (${formatCount(Number(c.includedQuantity))} included)`
      : "";
  return (
    <li className="flex flex-wrap gap-x-3 gap-y-0.5" data-testid={`component-${c.component}`}>
      <span className="w-20 font-medium">{c.component}</span>
      <span className="tabular-nums">
        {c.quantity === null ? "?" : `${formatCount(Number(c.quantity))} ${c.quantityUnit}`}
        {included}
      </span>
      <span className="text-slate-600 tabular-nums" data-testid="unit-price">
        {unitPrice(c)}
      </span>
      <span className="font-medium tabular-nums">
        {c.monthlyCost === null ? (
          <span className="text-red-700">unpriced: {c.reason}</span>
        ) : (
          `${formatMoney(c.monthlyCost, c.currency)}/mo`
        )}
      </span>
      {c.source ? (
        <span className="text-slate-500" data-testid="component-source">
          {sourceText(c.source)}
        </span>
      ) : c.overrideId ? (
        <span className="text-violet-700">override</span>
      ) : null}
      {c.discountPercent ? <span className="text-violet-700">−{c.discountPercent}% discount</span> : null}
    </li>
  );
}

export function StorageClassPricingTable(props: {
  rows: StorageClassPricing[];
  onOverride: (row: StorageClassPricing) => void;
}) {
  return (
    <TableScroll>
      <table className="mt-3 w-full text-sm" data-testid="storage-class-pricing">
        <thead className="text-left text-slate-500">
          <tr>
            <th className="py-2 font-medium">Storage class</th>
            <th className="py-2 font-medium">Resolves to</th>
            <th className="py-2 font-medium">Components (one volume of the class's usual size)</th>
            <th className="py-2 text-right font-medium">Live volumes</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => {
            const priced = row.reference.priced;
            return (
              <tr
                key={`${row.clusterId}/${row.storageClassName}`}
                className="border-slate-100 border-t align-top"
                data-testid={`sc-${row.clusterName}-${row.storageClassName ?? "none"}`}
              >
                <td className="py-2 pr-3">
                  <div className="font-medium">{row.storageClassName ?? "(no class)"}</div>
                  <div className="text-slate-500 text-xs">{row.clusterName}</div>
                  <div className="font-mono text-slate-500 text-xs">{row.provisioner ?? "—"}</div>
                </td>
                <td className="py-2 pr-3">
                  <div>{row.resolution.label}</div>
                  <div className="text-slate-500 text-xs">{priced.region ?? row.clusterRegion ?? ""}</div>
                  <PriceStatusBadge status={priced.status} />
                </td>
                <td className="py-2 pr-3 text-xs">
                  <div className="mb-1 text-sm" data-testid="reference-price">
                    {priced.monthlyCost === null ? (
                      <span className="text-red-700">
                        <span className="font-medium">unpriced</span>
                        {priced.components.length > 0
                          ? ` for ${formatBytes(row.reference.sizeBytes)}: no price known for ${priced.components
                              .filter((c) => c.status === "unpriced")
                              .map((c) => c.component)
                              .join(", ")}`
                          : `: ${priced.reason}`}
                      </span>
                    ) : (
                      <>
                        <span className="font-medium">
                          {formatMoney(priced.monthlyCost, priced.currency)}
                        </span>{" "}
                        a month for {formatBytes(row.reference.sizeBytes)}
                        {priced.status === "included" || priced.status === "estimated"
                          ? ` — ${priced.reason}`
                          : ""}
                      </>
                    )}
                  </div>
                  <ul className="space-y-0.5">
                    {priced.components.map((c) => (
                      <ComponentLine key={c.component} c={c} />
                    ))}
                  </ul>
                  {row.snapshotPrice ? (
                    <p className="text-slate-600" data-testid="snapshot-price">
                      Snapshots:{" "}
                      {formatUnitPrice(row.snapshotPrice.unitPrice ?? "?", row.snapshotPrice.currency)} /{" "}
                      {UNIT_LABEL[row.snapshotPrice.unit]} of stored (changed) data ·{" "}
                      {row.snapshotPrice.source.kind} · {row.snapshotPrice.source.sourceDate}
                    </p>
                  ) : null}
                  {priced.notes.map((note) => (
                    <p key={note} className="text-slate-500">
                      {note}
                    </p>
                  ))}
                  {priced.status === "unpriced" && row.storageClassName ? (
                    <button
                      type="button"
                      className="mt-1 text-sky-700 underline"
                      onClick={() => props.onOverride(row)}
                      data-testid="add-override"
                    >
                      Set a price for this class
                    </button>
                  ) : null}
                </td>
                <td className="py-2 text-right tabular-nums" data-testid="volumes-cost">
                  <div>{formatCount(row.volumes.count)}</div>
                  <div className="text-slate-500 text-xs">{formatBytes(row.volumes.capacityBytes)}</div>
                  {/* A class with any unpriced volume has no total: a partial sum would read as its cost. */}
                  {row.volumes.unpricedVolumes > 0 && row.volumes.unpricedVolumes < row.volumes.count ? (
                    <div className="text-red-700" data-testid="volumes-partial">
                      partial: {formatCount(row.volumes.unpricedVolumes)} unpriced
                    </div>
                  ) : (
                    <div>
                      {row.volumes.monthlyCost === null
                        ? "unpriced"
                        : `${formatMoney(row.volumes.monthlyCost, row.volumes.currency)}/mo`}
                    </div>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
