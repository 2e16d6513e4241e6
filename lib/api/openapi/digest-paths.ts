import type { z } from "zod";
import { ZDigestSubscriptionInput } from "../../queries/digests/create-digest-subscription";
import {
  ZDigestPreviewQuery,
  ZDigestSendNowBody,
  ZDigestSendQuery,
  ZDigestSendsQuery,
  ZDigestSubscriptionsQuery,
} from "../../services/digests/digests-params";

// The /api/v1/digests paths, built with the document's own helpers (passed in) so they read the
// same zod schemas the routes parse with.

type Schema = Record<string, unknown>;

interface Helpers {
  operation(input: {
    id: string;
    tag: string;
    summary: string;
    description?: string;
    parameters?: unknown[];
    requestBody?: z.ZodType;
    responses: Record<string, unknown>;
  }): unknown;
  queryParameters(schema: z.ZodType, descriptions?: Record<string, string>): unknown[];
  errors: Record<string, unknown>;
  errorsAnd404: Record<string, unknown>;
}

const string: Schema = { type: "string" };
const nullableString: Schema = { type: ["string", "null"] };
const strings: Schema = { type: "array", items: string };
const object = (properties: Record<string, Schema>): Schema => ({
  type: "object",
  properties,
  required: Object.keys(properties),
});

const subscription = object({
  id: { type: "string", format: "uuid" },
  owner: {
    description: "{kind: team, team, label} or {kind: namespace, cluster, namespace, label}",
    type: "object",
  },
  recipients: strings,
  cadence: { enum: ["weekly", "monthly"] },
  timeZone: string,
  createdAt: string,
  lastSend: { type: ["object", "null"] },
});

const send = object({
  id: { type: "string", format: "uuid" },
  subscriptionId: string,
  ownerLabel: string,
  trigger: { enum: ["schedule", "manual"] },
  periodStart: string,
  periodEnd: string,
  dueAt: string,
  status: { enum: ["pending", "sending", "retrying", "sent", "logged", "failed", "skipped"] },
  attempts: { type: "integer" },
  error: nullableString,
  recipients: strings,
  subject: nullableString,
  messageId: nullableString,
  finishedAt: nullableString,
  createdAt: string,
});

const page = (items: Schema) =>
  object({
    items: { type: "array", items },
    total: { type: "integer" },
    page: { type: "integer" },
    pageSize: { type: "integer" },
  });
const ok = (schema: Schema, description = "OK") => ({
  description,
  content: { "application/json": { schema } },
});
const id = (what: string) => ({
  name: "id",
  in: "path",
  required: true,
  description: `The ${what}'s id`,
  schema: { type: "string", format: "uuid" },
});
const messageParts = {
  description: "OK: JSON, or with format=html or text that part alone",
  content: {
    "application/json": { schema: { type: "object" } },
    "text/html": { schema: string },
    "text/plain": { schema: string },
  },
};

export function digestPaths(h: Helpers): Record<string, Record<string, unknown>> {
  const tag = "Digests";
  return {
    "/api/v1/digests/subscriptions": {
      get: h.operation({
        id: "listDigestSubscriptions",
        tag,
        summary: "Digest subscriptions, one page at a time",
        parameters: h.queryParameters(ZDigestSubscriptionsQuery),
        responses: { "200": ok(page(subscription)), ...h.errors },
      }),
      post: h.operation({
        id: "createDigestSubscription",
        tag,
        summary: "Subscribe recipients to a team's or a namespace's weekly or monthly digest",
        requestBody: ZDigestSubscriptionInput,
        responses: { "201": ok(subscription, "Created"), ...h.errors },
      }),
    },
    "/api/v1/digests/subscriptions/{id}": {
      get: h.operation({
        id: "getDigestSubscription",
        tag,
        summary: "One subscription",
        parameters: [id("subscription")],
        responses: { "200": ok(subscription), ...h.errorsAnd404 },
      }),
      put: h.operation({
        id: "updateDigestSubscription",
        tag,
        summary: "Replace a subscription's owner, recipients, cadence and time zone",
        parameters: [id("subscription")],
        requestBody: ZDigestSubscriptionInput,
        responses: { "200": ok(subscription), ...h.errorsAnd404 },
      }),
      delete: h.operation({
        id: "deleteDigestSubscription",
        tag,
        summary: "Delete a subscription and its send log",
        parameters: [id("subscription")],
        responses: { "204": { description: "Deleted" }, ...h.errorsAnd404 },
      }),
    },
    "/api/v1/digests/subscriptions/{id}/preview": {
      get: h.operation({
        id: "previewDigest",
        tag,
        summary:
          "The digest as it would be sent now, for the last complete period or the one starting on periodStart",
        parameters: [id("subscription"), ...h.queryParameters(ZDigestPreviewQuery)],
        responses: { "200": messageParts, ...h.errorsAnd404 },
      }),
    },
    "/api/v1/digests/subscriptions/{id}/send": {
      post: h.operation({
        id: "sendDigestNow",
        tag,
        summary:
          "Send the digest now, once, outside its schedule; the outcome is logged like a scheduled send",
        parameters: [id("subscription")],
        requestBody: ZDigestSendNowBody,
        responses: {
          "200": ok(
            object({
              sendId: string,
              period: object({ start: string, end: string }),
              outcome: { enum: ["sent", "logged", "failed"] },
              error: nullableString,
            }),
          ),
          ...h.errorsAnd404,
        },
      }),
    },
    "/api/v1/digests/sends": {
      get: h.operation({
        id: "listDigestSends",
        tag,
        summary: "The send log, newest first (status=failed: the failures)",
        parameters: h.queryParameters(ZDigestSendsQuery),
        responses: { "200": ok(page(send)), ...h.errors },
      }),
    },
    "/api/v1/digests/sends/{id}": {
      get: h.operation({
        id: "getDigestSend",
        tag,
        summary: "One send with the message as rendered (sent, or logged when no SMTP is configured)",
        parameters: [id("send"), ...h.queryParameters(ZDigestSendQuery)],
        responses: { "200": messageParts, ...h.errorsAnd404 },
      }),
    },
  };
}
