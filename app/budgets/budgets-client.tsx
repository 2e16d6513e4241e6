"use client";
import { useState } from "react";
import { BudgetCard } from "@/components/budgets/budget-card";
import { BudgetForm, type BudgetFormValues } from "@/components/budgets/budget-form";
import { useBudgetMutation, useBudgetsQuery } from "@/hooks/queries/use-budget-queries";
import type { BudgetWithStatus } from "@/lib/services/budgets/list-budgets";

/** Optional fields left empty are left out, so the API's defaults apply. */
function filled(values: BudgetFormValues) {
  return {
    name: values.name,
    monthlyAmount: values.monthlyAmount,
    currency: values.currency,
    ...(values.actualThreshold ? { actualThreshold: values.actualThreshold } : {}),
    ...(values.forecastThreshold ? { forecastThreshold: values.forecastThreshold } : {}),
  };
}

export function BudgetsClient() {
  const { data, error, isPending } = useBudgetsQuery();
  const mutation = useBudgetMutation();
  const [editing, setEditing] = useState<BudgetWithStatus | "new" | null>(null);
  const done = { onSuccess: () => setEditing(null) };
  const submit = (values: BudgetFormValues) => {
    if (editing === "new") {
      const scopeKey = values.scopeKind === "fleet" ? {} : { scopeKey: values.scopeKey };
      mutation.mutate(
        { action: "create", input: { ...filled(values), scopeKind: values.scopeKind, ...scopeKey } },
        done,
      );
    } else if (editing) {
      mutation.mutate({ action: "update", id: editing.id, patch: filled(values) }, done);
    }
  };
  const remove = (budget: BudgetWithStatus) => {
    if (window.confirm(`Delete the budget ${budget.name}?`))
      mutation.mutate({ action: "delete", id: budget.id });
  };
  return (
    <div className="space-y-6">
      <header className="flex items-end justify-between gap-4">
        <div>
          <h1 className="font-semibold text-2xl">Budgets</h1>
          <p className="mt-1 text-slate-500 text-sm">
            This month's spend and month-end forecast against each budget in your scope, in the budget's
            currency.
          </p>
        </div>
        {data?.mayWrite && editing === null ? (
          <button
            type="button"
            className="rounded bg-blue-700 px-3 py-1.5 text-sm text-white"
            onClick={() => setEditing("new")}
          >
            New budget
          </button>
        ) : null}
      </header>
      {editing !== null ? (
        <section className="rounded-lg border border-slate-200 bg-white p-5">
          <BudgetForm
            key={editing === "new" ? "new" : editing.id}
            budget={editing === "new" ? undefined : editing}
            pending={mutation.isPending}
            onSubmit={submit}
            onCancel={() => setEditing(null)}
          />
        </section>
      ) : null}
      {mutation.error ? (
        <p className="text-red-700 text-sm" role="alert" data-testid="budget-error">
          {mutation.error.message}
        </p>
      ) : null}
      {isPending ? <p className="text-slate-500">Loading budgets…</p> : null}
      {error ? <p className="text-red-700">Could not load budgets: {error.message}</p> : null}
      {data && data.budgets.length === 0 ? (
        <p className="text-slate-500" data-testid="budgets-empty">
          No budgets in your scope yet.
        </p>
      ) : null}
      {data?.budgets.map((budget) => (
        <BudgetCard
          key={budget.id}
          budget={budget}
          mayWrite={data.mayWrite}
          onEdit={() => setEditing(budget)}
          onDelete={() => remove(budget)}
        />
      ))}
    </div>
  );
}
