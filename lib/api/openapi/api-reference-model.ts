// The API reference page's model: the OpenAPI document's operations grouped by tag, each with its
// parameters, request body, responses and security, $refs resolved to their descriptions. Pure: it
// reads the document the app serves at /api/v1/openapi.json and nothing else.

type Json = Record<string, unknown>;

export interface ReferenceParameter {
  name: string;
  in: string;
  required: boolean;
  type: string;
  description: string | null;
}

export interface ReferenceOperation {
  id: string;
  method: string;
  path: string;
  summary: string;
  description: string | null;
  parameters: ReferenceParameter[];
  /** The request body's JSON schema, when the operation takes one. */
  requestBody: Json | null;
  responses: { status: string; description: string }[];
  security: string[];
}

export interface ReferenceTag {
  tag: string;
  operations: ReferenceOperation[];
}

const METHODS = ["get", "post", "put", "patch", "delete"] as const;

const asObject = (value: unknown): Json =>
  value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Json) : {};
const asString = (value: unknown): string | null => (typeof value === "string" ? value : null);

/** "string", "integer (enum: a | b)", "array of string", a $ref's name… as one short phrase. */
export function schemaType(schema: unknown): string {
  const s = asObject(schema);
  const ref = asString(s.$ref);
  if (ref) return ref.split("/").pop() ?? ref;
  if (Array.isArray(s.enum)) return `${asString(s.type) ?? "one of"} (${s.enum.map(String).join(" | ")})`;
  if (s.type === "array") return `array of ${schemaType(s.items)}`;
  if (Array.isArray(s.anyOf)) return s.anyOf.map(schemaType).join(" or ");
  const format = asString(s.format);
  const type = asString(s.type) ?? "any";
  return format ? `${type} (${format})` : type;
}

/** A response's description, following a $ref into components.responses. */
function responseDescription(document: Json, response: unknown): string {
  const r = asObject(response);
  const ref = asString(r.$ref);
  if (ref) {
    const name = ref.split("/").pop() ?? "";
    return asString(asObject(asObject(asObject(document.components).responses)[name]).description) ?? name;
  }
  return asString(r.description) ?? "";
}

function operationOf(document: Json, path: string, method: string, raw: Json): ReferenceOperation {
  const body = asObject(asObject(asObject(asObject(raw.requestBody).content)["application/json"]).schema);
  return {
    id: asString(raw.operationId) ?? `${method} ${path}`,
    method: method.toUpperCase(),
    path,
    summary: asString(raw.summary) ?? "",
    description: asString(raw.description),
    parameters: (Array.isArray(raw.parameters) ? raw.parameters : []).map((parameter) => {
      const p = asObject(parameter);
      return {
        name: asString(p.name) ?? "",
        in: asString(p.in) ?? "query",
        required: p.required === true,
        type: schemaType(p.schema),
        description: asString(p.description) ?? asString(asObject(p.schema).description),
      };
    }),
    requestBody: Object.keys(body).length > 0 ? body : null,
    responses: Object.entries(asObject(raw.responses))
      .map(([status, response]) => ({ status, description: responseDescription(document, response) }))
      .sort((a, b) => a.status.localeCompare(b.status)),
    security: (Array.isArray(raw.security) ? raw.security : []).flatMap((entry) =>
      Object.keys(asObject(entry)),
    ),
  };
}

/** Every operation of the document under its first tag; tags and their operations in document order. */
export function apiReferenceModel(document: unknown): ReferenceTag[] {
  const doc = asObject(document);
  const tags = new Map<string, ReferenceOperation[]>();
  for (const [path, item] of Object.entries(asObject(doc.paths))) {
    for (const method of METHODS) {
      const raw = asObject(asObject(item)[method]);
      if (Object.keys(raw).length === 0) continue;
      const tag = (Array.isArray(raw.tags) ? asString(raw.tags[0]) : null) ?? "Other";
      const list = tags.get(tag) ?? [];
      list.push(operationOf(doc, path, method, raw));
      tags.set(tag, list);
    }
  }
  return [...tags].map(([tag, operations]) => ({ tag, operations }));
}
