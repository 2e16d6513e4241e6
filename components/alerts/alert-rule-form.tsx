"use client";
import { type FormEvent, useState } from "react";
import { FormActions } from "@/components/ui/form-actions";
import type { AlertRuleJson } from "@/lib/services/alerts/alert-json";
import { ALERT_RULE_KINDS } from "@/lib/services/alerts/alert-kinds";

type Kind = (typeof ALERT_RULE_KINDS)[number];

export interface AlertRuleFormValues {
  name: string;
  kind: Kind;
  team: string;
  budget: string;
  threshold: string;
  minAmount: string;
  currency: string;
  channels: string[];
}

const isBudgetKind = (kind: Kind) => kind === "budget_actual" || kind === "budget_forecast";

function initial(rule?: AlertRuleJson): AlertRuleFormValues {
  return {
    name: rule?.name ?? "",
    kind: rule?.kind ?? "budget_actual",
    team: rule?.team ?? "",
    budget: rule?.budget ?? "",
    threshold: rule?.threshold ?? "",
    minAmount: rule?.minAmount ?? "",
    currency: rule?.currency ?? "USD",
    channels: rule?.channels ?? [],
  };
}

/** A rule's fields; editing keeps its kind and team (the API does not change them). */
export function AlertRuleForm(props: {
  rule?: AlertRuleJson;
  channelNames: string[];
  pending: boolean;
  onSubmit: (values: AlertRuleFormValues) => void;
  onCancel: () => void;
}) {
  const [values, setValues] = useState(() => initial(props.rule));
  const set = (key: keyof AlertRuleFormValues) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));
  const toggle = (name: string) =>
    setValues((v) => ({
      ...v,
      channels: v.channels.includes(name) ? v.channels.filter((c) => c !== name) : [...v.channels, name],
    }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.onSubmit(values);
  };
  const editing = props.rule !== undefined;
  const field = "mt-1 block w-full rounded border border-slate-300 px-2 py-1 text-sm";
  return (
    <form onSubmit={submit} className="grid grid-cols-2 gap-3 text-sm md:grid-cols-4" aria-label="Rule">
      <label className="col-span-2">
        Rule name
        <input className={field} value={values.name} onChange={set("name")} />
      </label>
      <label>
        Kind
        <select className={field} value={values.kind} onChange={set("kind")} disabled={editing}>
          {ALERT_RULE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kind}
            </option>
          ))}
        </select>
      </label>
      <label>
        Team (slug; empty: the fleet)
        <input className={field} value={values.team} onChange={set("team")} disabled={editing} />
      </label>
      {isBudgetKind(values.kind) ? (
        <>
          <label className="col-span-2">
            Budget (name; empty: every budget in scope)
            <input className={field} value={values.budget} onChange={set("budget")} />
          </label>
          <label>
            Threshold (share, 0.8 = 80 %)
            <input
              className={field}
              value={values.threshold}
              onChange={set("threshold")}
              inputMode="decimal"
            />
          </label>
        </>
      ) : null}
      {values.kind === "waste" ? (
        <>
          <label>
            Least monthly amount
            <input
              className={field}
              value={values.minAmount}
              onChange={set("minAmount")}
              inputMode="decimal"
            />
          </label>
          <label>
            Currency
            <input
              className={field}
              value={values.currency}
              onChange={set("currency")}
              maxLength={3}
              disabled={editing}
            />
          </label>
        </>
      ) : null}
      <fieldset className="col-span-2 md:col-span-4">
        <legend>Channels</legend>
        {props.channelNames.length === 0 ? <p className="text-slate-500">Create a channel first.</p> : null}
        <div className="flex flex-wrap gap-3">
          {props.channelNames.map((name) => (
            <label key={name} className="flex items-center gap-1">
              <input type="checkbox" checked={values.channels.includes(name)} onChange={() => toggle(name)} />
              {name}
            </label>
          ))}
        </div>
      </fieldset>
      <FormActions
        submitLabel={editing ? "Save rule" : "Create rule"}
        pending={props.pending}
        onCancel={props.onCancel}
      />
    </form>
  );
}
