"use client";
import { type FormEvent, useState } from "react";
import { useCreatePriceOverride, useDeletePriceOverride } from "@/hooks/queries/use-pricing-queries";
import type { PriceOverrideDto } from "@/lib/services/pricing/list-price-overrides";

export interface OverrideDraft {
  storageClassName: string;
  clusterName: string;
}

const INPUT = "rounded border border-slate-300 px-2 py-1 text-sm";
const BUTTON = "rounded bg-slate-900 px-3 py-1 font-medium text-sm text-white disabled:opacity-50";

function overrideText(o: PriceOverrideDto) {
  if (o.kind === "discount")
    return `${o.discountPercent}% off ${o.product ?? `all ${o.provider}`} list prices`;
  if (o.component === "gpu_hour") return `${o.unitPrice} ${o.currency} per GPU-hour on ${o.product}`;
  return `${o.unitPrice} ${o.currency} per ${o.unit === "TB_year" ? "TB-year" : "GiB-month"} for ${o.storageClassName}`;
}

export function PriceOverridesPanel(props: {
  overrides: PriceOverrideDto[];
  draft: OverrideDraft;
  setDraft: (d: OverrideDraft) => void;
}) {
  const create = useCreatePriceOverride();
  const remove = useDeletePriceOverride();
  const [price, setPrice] = useState({
    unitPrice: "",
    unit: "GiB_month" as "GiB_month" | "TB_year",
    currency: "USD",
  });
  // Every override states the first day it applies: finance must see which days it re-prices.
  const [effectiveFrom, setEffectiveFrom] = useState("");
  const effectiveFromField = (
    <label className="flex flex-col text-slate-600 text-xs">
      Effective from
      <input
        className={INPUT}
        type="date"
        required
        value={effectiveFrom}
        onChange={(e) => setEffectiveFrom(e.target.value)}
      />
    </label>
  );
  const [discount, setDiscount] = useState({
    provider: "aws" as "aws" | "azure" | "gcp",
    product: "",
    percent: "",
  });

  const submitPrice = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({
      kind: "unit_price",
      storageClassName: props.draft.storageClassName,
      clusterName: props.draft.clusterName || undefined,
      ...price,
      effectiveFrom,
    });
  };
  const submitDiscount = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({
      kind: "discount",
      provider: discount.provider,
      product: discount.product || undefined,
      discountPercent: discount.percent,
      effectiveFrom,
    });
  };

  return (
    <div className="space-y-4">
      {props.overrides.length === 0 ? (
        <p className="text-slate-500 text-sm">No overrides: every class is at list price.</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm" data-testid="overrides">
          {props.overrides.map((o) => (
            <li
              key={o.id}
              className="flex items-center justify-between py-2"
              data-testid={`override-${o.storageClassName ?? o.provider}`}
            >
              <span>
                {overrideText(o)}
                <span className="text-slate-500">
                  {" "}
                  · {o.clusterName ?? "every cluster"} · effective from {o.effectiveFrom}
                  {o.effectiveTo ? ` until ${o.effectiveTo}` : ""}
                </span>
              </span>
              <button
                type="button"
                className="text-red-700 text-sm underline"
                onClick={() => remove.mutate(o.id)}
                disabled={remove.isPending}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={submitPrice}
        aria-label="Price per storage class"
      >
        <label className="flex flex-col text-slate-600 text-xs">
          Storage class
          <input
            className={INPUT}
            required
            value={props.draft.storageClassName}
            onChange={(e) => props.setDraft({ ...props.draft, storageClassName: e.target.value })}
          />
        </label>
        <label className="flex flex-col text-slate-600 text-xs">
          Cluster (empty: every cluster)
          <input
            className={INPUT}
            value={props.draft.clusterName}
            onChange={(e) => props.setDraft({ ...props.draft, clusterName: e.target.value })}
          />
        </label>
        <label className="flex flex-col text-slate-600 text-xs">
          Price
          <input
            className={`${INPUT} w-24`}
            required
            inputMode="decimal"
            value={price.unitPrice}
            onChange={(e) => setPrice({ ...price, unitPrice: e.target.value })}
          />
        </label>
        <label className="flex flex-col text-slate-600 text-xs">
          Per
          <select
            className={INPUT}
            value={price.unit}
            onChange={(e) => setPrice({ ...price, unit: e.target.value as "GiB_month" | "TB_year" })}
          >
            <option value="GiB_month">GiB-month</option>
            <option value="TB_year">TB-year</option>
          </select>
        </label>
        <label className="flex flex-col text-slate-600 text-xs">
          Currency
          <input
            className={`${INPUT} w-16`}
            value={price.currency}
            onChange={(e) => setPrice({ ...price, currency: e.target.value.toUpperCase() })}
          />
        </label>
        {effectiveFromField}
        <button type="submit" className={BUTTON} disabled={create.isPending}>
          Save price
        </button>
      </form>
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={submitDiscount}
        aria-label="Negotiated discount"
      >
        <label className="flex flex-col text-slate-600 text-xs">
          Provider
          <select
            className={INPUT}
            value={discount.provider}
            onChange={(e) =>
              setDiscount({ ...discount, provider: e.target.value as "aws" | "azure" | "gcp" })
            }
          >
            <option value="aws">AWS</option>
            <option value="azure">Azure</option>
            <option value="gcp">GCP</option>
          </select>
        </label>
        <label className="flex flex-col text-slate-600 text-xs">
          Product (empty: all)
          <input
            className={INPUT}
            placeholder="ebs-gp3"
            value={discount.product}
            onChange={(e) => setDiscount({ ...discount, product: e.target.value })}
          />
        </label>
        <label className="flex flex-col text-slate-600 text-xs">
          Discount %
          <input
            className={`${INPUT} w-20`}
            required
            inputMode="decimal"
            value={discount.percent}
            onChange={(e) => setDiscount({ ...discount, percent: e.target.value })}
          />
        </label>
        {effectiveFromField}
        <button type="submit" className={BUTTON} disabled={create.isPending}>
          Save discount
        </button>
      </form>
      {create.error ? (
        <p className="text-red-700 text-sm" role="alert">
          {create.error.message}
        </p>
      ) : null}
      {remove.error ? (
        <p className="text-red-700 text-sm" role="alert">
          {remove.error.message}
        </p>
      ) : null}
    </div>
  );
}
