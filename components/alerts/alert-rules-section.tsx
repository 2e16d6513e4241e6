"use client";
import { useState } from "react";
import { useAlertRuleMutation } from "@/hooks/queries/use-alert-queries";
import type { AlertRuleJson } from "@/lib/services/alerts/alert-json";
import { AlertRuleForm, type AlertRuleFormValues } from "./alert-rule-form";
import { alertRuleBody, alertRulePatch } from "./alert-rule-request";
import { AlertRulesTable } from "./alert-rules-table";

/** The rules, and for admin and finance a form to create one, or edit or delete each. */
export function AlertRulesSection(props: {
  rules: AlertRuleJson[];
  channelNames: string[];
  canWrite: boolean;
}) {
  const mutation = useAlertRuleMutation();
  const [editing, setEditing] = useState<AlertRuleJson | "new" | null>(null);
  const close = () => {
    setEditing(null);
    mutation.reset();
  };
  const submit = (values: AlertRuleFormValues) => {
    const done = { onSuccess: () => setEditing(null) };
    if (editing === "new") mutation.mutate({ action: "create", body: alertRuleBody(values) }, done);
    else if (editing)
      mutation.mutate({ action: "update", id: editing.id, patch: alertRulePatch(editing, values) }, done);
  };
  return (
    <div className="space-y-3">
      {props.canWrite && editing === null ? (
        <button
          type="button"
          onClick={() => setEditing("new")}
          className="rounded border border-slate-300 px-3 py-1 text-sm"
        >
          New rule
        </button>
      ) : null}
      {mutation.error ? (
        <p role="alert" className="text-red-700 text-sm" data-testid="alert-rule-error">
          {mutation.error.message}
        </p>
      ) : null}
      {editing !== null ? (
        <AlertRuleForm
          key={editing === "new" ? "new" : editing.id}
          rule={editing === "new" ? undefined : editing}
          channelNames={props.channelNames}
          pending={mutation.isPending}
          onSubmit={submit}
          onCancel={close}
        />
      ) : null}
      {props.rules.length === 0 ? (
        <p className="text-slate-500 text-sm">No alert rules yet.</p>
      ) : (
        <AlertRulesTable
          rules={props.rules}
          canWrite={props.canWrite}
          onEdit={(rule) => {
            mutation.reset();
            setEditing(rule);
          }}
          onDelete={(rule) => {
            if (window.confirm(`Delete the rule ${rule.name} and its history?`))
              mutation.mutate({ action: "delete", id: rule.id });
          }}
        />
      )}
    </div>
  );
}
