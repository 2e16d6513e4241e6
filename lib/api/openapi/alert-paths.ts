import { ZAlertChannelInput, ZAlertRuleInput, ZAlertRulePatch } from "../../services/alerts/alert-params";
import type { PathHelpers } from "./budget-paths";

// The /api/v1/alerts paths (README "Alerts"). Channel URLs and secrets are accepted, never returned.

const jsonObject = (description: string) => ({
  description,
  content: { "application/json": { schema: { type: "object" } } },
});
const idParameter = { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } };

export function alertPaths({ operation, errors, errorsAnd404 }: PathHelpers) {
  const tag = "alerts";
  return {
    "/api/v1/alerts/rules": {
      get: operation({
        id: "listAlertRules",
        tag,
        summary: "Alert rules in the reader's scope",
        responses: { "200": jsonObject("The rules") },
      }),
      post: operation({
        id: "createAlertRule",
        tag,
        summary: "Create an alert rule (admin or finance; recorded in the audit log)",
        requestBody: ZAlertRuleInput,
        responses: { "201": jsonObject("Created"), ...errors },
      }),
    },
    "/api/v1/alerts/rules/{id}": {
      patch: operation({
        id: "updateAlertRule",
        tag,
        summary:
          "Rename, re-route, change the figures of, or mute an alert rule until a time (admin or finance)",
        parameters: [idParameter],
        requestBody: ZAlertRulePatch,
        responses: { "200": jsonObject("The rule"), ...errorsAnd404 },
      }),
      delete: operation({
        id: "deleteAlertRule",
        tag,
        summary: "Delete an alert rule with its history (admin or finance)",
        parameters: [idParameter],
        responses: { "204": { description: "Deleted" }, ...errorsAnd404 },
      }),
    },
    "/api/v1/alerts/channels": {
      get: operation({
        id: "listAlertChannels",
        tag,
        summary: "Alert channels: name, kind, recipients or host; never a URL's path or a secret",
        responses: { "200": jsonObject("The channels") },
      }),
      post: operation({
        id: "createAlertChannel",
        tag,
        summary: "Create an email, Slack, Teams or signed webhook channel (admin or finance)",
        requestBody: ZAlertChannelInput,
        responses: { "201": jsonObject("Created, without its URL or secret"), ...errors },
      }),
    },
    "/api/v1/alerts/channels/{id}": {
      delete: operation({
        id: "deleteAlertChannel",
        tag,
        summary: "Delete a channel no rule routes to (admin or finance)",
        parameters: [idParameter],
        responses: { "204": { description: "Deleted" }, ...errorsAnd404 },
      }),
    },
    "/api/v1/alerts/history": {
      get: operation({
        id: "listAlertHistory",
        tag,
        summary: "The newest alerts in scope with each channel's delivery: status, attempts, last error",
        responses: { "200": jsonObject("The history") },
      }),
    },
    "/api/v1/alerts/history/{id}/acknowledge": {
      post: operation({
        id: "acknowledgeAlert",
        tag,
        summary: "Acknowledge an alert (anyone who may read it; recorded in the audit log)",
        parameters: [idParameter],
        responses: { "200": jsonObject("When it was acknowledged"), ...errorsAnd404 },
      }),
    },
  };
}
