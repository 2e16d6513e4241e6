"use client";
import { type FormEvent, useState } from "react";
import { FormActions } from "@/components/ui/form-actions";
import { ALERT_CHANNEL_KINDS } from "@/lib/services/alerts/alert-kinds";
import type { TAlertChannelInput } from "@/lib/services/alerts/alert-params";

type Kind = (typeof ALERT_CHANNEL_KINDS)[number];

const URL_HINT: Record<Kind, string> = {
  email: "",
  slack: "https://hooks.slack.com/services/…",
  teams: "https://…logic.azure.com/workflows/…",
  webhook: "https://hooks.example.com/tierscope",
};

/** The body of POST /api/v1/alerts/channels from the form's fields: only those of the kind. */
function channelBody(v: { name: string; kind: Kind; recipients: string; url: string; secret: string }) {
  const list = v.recipients.split(",").map((r) => r.trim());
  switch (v.kind) {
    case "email":
      return { name: v.name, kind: v.kind, recipients: list.filter((r) => r !== "") };
    case "webhook":
      return { name: v.name, kind: v.kind, url: v.url, secret: v.secret };
    default:
      return { name: v.name, kind: v.kind, url: v.url };
  }
}

/** A new channel. The URL and secret are sent once and never shown back (the list shows the host). */
export function AlertChannelForm(props: {
  pending: boolean;
  onSubmit: (body: TAlertChannelInput) => void;
  onCancel: () => void;
}) {
  const [values, setValues] = useState({
    name: "",
    kind: "email" as Kind,
    recipients: "",
    url: "",
    secret: "",
  });
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.onSubmit(channelBody(values));
  };
  const field = "mt-1 block w-full rounded border border-slate-300 px-2 py-1 text-sm";
  return (
    <form onSubmit={submit} className="grid grid-cols-2 gap-3 text-sm md:grid-cols-4" aria-label="Channel">
      <label>
        Channel name
        <input className={field} value={values.name} onChange={set("name")} />
      </label>
      <label>
        Kind
        <select className={field} value={values.kind} onChange={set("kind")}>
          {ALERT_CHANNEL_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kind}
            </option>
          ))}
        </select>
      </label>
      {values.kind === "email" ? (
        <label className="col-span-2">
          Recipients (comma-separated)
          <input className={field} value={values.recipients} onChange={set("recipients")} />
        </label>
      ) : (
        <label className="col-span-2">
          URL
          <input
            className={field}
            value={values.url}
            onChange={set("url")}
            placeholder={URL_HINT[values.kind]}
          />
        </label>
      )}
      {values.kind === "webhook" ? (
        <label className="col-span-2">
          Signing secret (16 characters or more)
          <input
            className={field}
            type="password"
            autoComplete="off"
            value={values.secret}
            onChange={set("secret")}
          />
        </label>
      ) : null}
      <FormActions submitLabel={"Create channel"} pending={props.pending} onCancel={props.onCancel} />
    </form>
  );
}
