import type { z } from "zod";
import { ZAuditQuery } from "../../services/audit/list-audit-events";
import { ZCreateApiToken } from "../../services/identity/create-api-token";

// The /api/v1/tokens and /api/v1/audit paths (admin only), built with the document's helpers.

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
const integer: Schema = { type: "integer" };
const object = (properties: Record<string, Schema>): Schema => ({
  type: "object",
  properties,
  required: Object.keys(properties),
});
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schemaName: string, description = "OK") => ({
  description,
  content: { "application/json": { schema: ref(schemaName) } },
});

const apiToken = object({
  id: string,
  name: string,
  scope: { type: "string", enum: ["read", "write", "collector"] },
  clusterName: nullableString,
  expiresAt: string,
  revokedAt: nullableString,
  lastUsedAt: nullableString,
  createdAt: string,
  createdBy: string,
});

export const IDENTITY_SCHEMAS: Record<string, Schema> = {
  ApiToken: apiToken,
  ApiTokenList: object({ items: { type: "array", items: ref("ApiToken") } }),
  CreatedApiToken: object({
    token: { type: "string", description: "The bearer token: shown this once, stored only as a hash." },
    apiToken: ref("ApiToken"),
  }),
  AuditEventsPage: object({
    items: {
      type: "array",
      items: object({
        id: string,
        at: string,
        actorKind: { type: "string", enum: ["user", "token", "system", "anonymous"] },
        actorId: nullableString,
        actorName: string,
        action: string,
        targetType: string,
        targetId: nullableString,
        before: {},
        after: {},
        requestId: nullableString,
      }),
    },
    total: integer,
    page: integer,
    pageSize: integer,
  }),
};

export function identityPaths({ operation, queryParameters, errors, errorsAnd404 }: Helpers) {
  return {
    "/api/v1/tokens": {
      get: operation({
        id: "listApiTokens",
        tag: "access",
        summary: "API tokens, newest first, without their secrets (admin)",
        responses: { "200": json("ApiTokenList") },
      }),
      post: operation({
        id: "createApiToken",
        tag: "access",
        summary: "Create an API token (admin); the answer is the only time the token is shown",
        description:
          "Scopes: read (GET only), write (acts as an admin), collector (one cluster's observations).",
        requestBody: ZCreateApiToken,
        responses: { "201": json("CreatedApiToken", "Created"), ...errors },
      }),
    },
    "/api/v1/tokens/{id}": {
      delete: operation({
        id: "revokeApiToken",
        tag: "access",
        summary: "Revoke an API token (admin); revoking it again changes nothing",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
        responses: { "200": json("ApiToken"), ...errorsAnd404 },
      }),
    },
    "/api/v1/audit": {
      get: operation({
        id: "listAuditEvents",
        tag: "access",
        summary: "The audit log, newest first: who changed what, when, before and after (admin)",
        parameters: queryParameters(ZAuditQuery),
        responses: { "200": json("AuditEventsPage"), ...errors },
      }),
    },
  };
}
