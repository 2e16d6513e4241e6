"use client";
import { type FormEvent, useState } from "react";
import { FormActions } from "@/components/ui/form-actions";
import { BUDGET_SCOPES, type BudgetScopeKind } from "@/lib/services/budgets/budget-params";
import type { BudgetWithStatus } from "@/lib/services/budgets/list-budgets";

export interface BudgetFormValues {
  name: string;
  scopeKind: BudgetScopeKind;
  scopeKey: string;
  monthlyAmount: string;
  currency: string;
  actualThreshold: string;
  forecastThreshold: string;
}

const SCOPE_HINT: Record<BudgetScopeKind, string> = {
  fleet: "",
  cluster: "cluster name",
  team: "team slug",
  cost_centre: "cost centre",
  namespace: "CLUSTER/NAMESPACE",
  storage_class: "CLUSTER/STORAGE-CLASS",
};

const DECIMAL_FIELDS = [
  ["monthlyAmount", "Monthly amount"],
  ["actualThreshold", "Actual threshold (share)"],
  ["forecastThreshold", "Forecast threshold (share)"],
] as const;

function initial(budget?: BudgetWithStatus): BudgetFormValues {
  return {
    name: budget?.name ?? "",
    scopeKind: budget?.scopeKind ?? "fleet",
    scopeKey: budget?.scopeKey ?? "",
    monthlyAmount: budget?.monthlyAmount ?? "",
    currency: budget?.currency ?? "USD",
    actualThreshold: budget?.actualThreshold ?? "0.8",
    forecastThreshold: budget?.forecastThreshold ?? "1",
  };
}

/** A budget's fields; editing keeps the scope (the API does not change it). */
export function BudgetForm(props: {
  budget?: BudgetWithStatus;
  pending: boolean;
  onSubmit: (values: BudgetFormValues) => void;
  onCancel: () => void;
}) {
  const [values, setValues] = useState(() => initial(props.budget));
  const set = (key: keyof BudgetFormValues) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.onSubmit(values);
  };
  const field = "mt-1 block w-full rounded border border-slate-300 px-2 py-1 text-sm";
  return (
    <form onSubmit={submit} className="grid grid-cols-2 gap-3 text-sm md:grid-cols-4" aria-label="Budget">
      <label className="col-span-2">
        Name
        <input className={field} value={values.name} onChange={set("name")} required />
      </label>
      <label>
        Scope
        <select
          className={field}
          value={values.scopeKind}
          onChange={set("scopeKind")}
          disabled={props.budget !== undefined}
        >
          {BUDGET_SCOPES.map((kind) => (
            <option key={kind} value={kind}>
              {kind.replace("_", " ")}
            </option>
          ))}
        </select>
      </label>
      <label>
        Scope key
        <input
          className={field}
          value={values.scopeKey}
          onChange={set("scopeKey")}
          placeholder={SCOPE_HINT[values.scopeKind]}
          disabled={props.budget !== undefined || values.scopeKind === "fleet"}
        />
      </label>
      {DECIMAL_FIELDS.map(([key, label]) => (
        <label key={key}>
          {label}
          <input
            className={field}
            value={values[key]}
            onChange={set(key)}
            inputMode="decimal"
            required={key === "monthlyAmount"}
          />
        </label>
      ))}
      <label>
        Currency
        <input className={field} value={values.currency} onChange={set("currency")} maxLength={3} required />
      </label>
      <FormActions
        submitLabel={props.budget ? "Save budget" : "Create budget"}
        pending={props.pending}
        onCancel={props.onCancel}
      />
    </form>
  );
}
