"use client";
import { type FormEvent, useState } from "react";
import { useDigestOwnerOptions } from "@/components/digests/digest-owner-options";
import { useSaveDigestSubscription } from "@/hooks/queries/use-digest-queries";
import type { DigestSubscriptionDto } from "@/lib/services/digests/list-digest-subscriptions";

const INPUT = "w-full rounded-md border border-slate-300 px-2 py-1 text-sm";
const LABEL = "block text-slate-600 text-xs";

function initial(subscription?: DigestSubscriptionDto) {
  const owner = subscription?.owner;
  return {
    ownerKind: owner?.kind ?? ("team" as "team" | "namespace"),
    team: owner?.kind === "team" ? owner.team : "",
    cluster: owner?.kind === "namespace" ? owner.cluster : "",
    namespace: owner?.kind === "namespace" ? owner.namespace : "",
    recipients: subscription?.recipients.join(", ") ?? "",
    cadence: subscription?.cadence ?? ("weekly" as "weekly" | "monthly"),
    timeZone: subscription?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
  };
}

// A namespace option's value: cluster and namespace names cannot hold a newline.
const namespaceValue = (cluster: string, namespace: string) => `${cluster}\n${namespace}`;
function namespaceOf(value: string): { cluster: string; namespace: string } {
  const [cluster = "", namespace = ""] = value.split("\n");
  return { cluster, namespace };
}

/**
 * Create or edit a subscription, picking its team or namespace from the reader's own (no slug to
 * type); the server validates and names the field that is wrong.
 */
export function SubscriptionForm(props: { subscription?: DigestSubscriptionDto; onDone: () => void }) {
  const [draft, setDraft] = useState(() => initial(props.subscription));
  const save = useSaveDigestSubscription();
  const options = useDigestOwnerOptions();
  const set = (next: Partial<typeof draft>) => setDraft({ ...draft, ...next });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const owner =
      draft.ownerKind === "team"
        ? { team: draft.team }
        : { cluster: draft.cluster, namespace: draft.namespace };
    save.mutate(
      {
        id: props.subscription?.id,
        subscription: {
          ...owner,
          recipients: draft.recipients.split(/[\s,;]+/).filter(Boolean),
          cadence: draft.cadence,
          timeZone: draft.timeZone,
        },
      },
      { onSuccess: props.onDone },
    );
  };

  return (
    <form
      onSubmit={submit}
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      aria-label={props.subscription ? "Edit subscription" : "New subscription"}
    >
      <div className="flex gap-4 text-sm">
        {(["team", "namespace"] as const).map((kind) => (
          <label key={kind} className="flex items-center gap-1">
            <input
              type="radio"
              checked={draft.ownerKind === kind}
              onChange={() => set({ ownerKind: kind })}
            />
            {kind === "team" ? "A team" : "A namespace"}
          </label>
        ))}
      </div>
      <div className="grid grid-cols-1 gap-3 md:grid-cols-3">
        {draft.ownerKind === "team" ? (
          <label className={LABEL}>
            Team
            <select className={INPUT} value={draft.team} onChange={(e) => set({ team: e.target.value })}>
              <option value="">Choose a team</option>
              {options.teams.map((team) => (
                <option key={team.slug} value={team.slug}>
                  {team.name} ({team.slug})
                </option>
              ))}
            </select>
          </label>
        ) : (
          <label className={`${LABEL} md:col-span-2`}>
            Namespace
            <select
              className={INPUT}
              value={draft.cluster ? namespaceValue(draft.cluster, draft.namespace) : ""}
              onChange={(e) => set(namespaceOf(e.target.value))}
            >
              <option value="">Choose a namespace</option>
              {options.namespaces.map((n) => (
                <option
                  key={namespaceValue(n.cluster, n.namespace)}
                  value={namespaceValue(n.cluster, n.namespace)}
                >
                  {n.cluster}/{n.namespace}
                  {n.team ? ` (${n.team})` : ""}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className={`${LABEL} md:col-span-3`}>
          Recipients (comma-separated)
          <input
            className={INPUT}
            value={draft.recipients}
            onChange={(e) => set({ recipients: e.target.value })}
            placeholder="lead@example.com, finance@example.com"
          />
        </label>
        <label className={LABEL}>
          Cadence
          <select
            className={INPUT}
            value={draft.cadence}
            onChange={(e) => set({ cadence: e.target.value as "weekly" | "monthly" })}
          >
            <option value="weekly">Weekly: Monday 08:00, the previous week</option>
            <option value="monthly">Monthly: the 1st 08:00, the previous month</option>
          </select>
        </label>
        <label className={LABEL}>
          Time zone (IANA)
          <input
            className={INPUT}
            value={draft.timeZone}
            onChange={(e) => set({ timeZone: e.target.value })}
          />
        </label>
      </div>
      {save.error ? (
        <p role="alert" className="text-red-700 text-sm">
          {save.error.message}
        </p>
      ) : null}
      <div className="flex gap-2">
        <button
          type="submit"
          disabled={save.isPending}
          className="rounded-md bg-slate-900 px-3 py-1 font-medium text-sm text-white disabled:opacity-50"
        >
          {props.subscription ? "Save" : "Create subscription"}
        </button>
        <button
          type="button"
          onClick={props.onDone}
          className="rounded-md border border-slate-300 px-3 py-1 text-sm"
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
