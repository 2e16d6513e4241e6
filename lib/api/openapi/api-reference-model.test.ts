import { describe, expect, it } from "vitest";
import { apiReferenceModel, schemaType } from "./api-reference-model";
import { buildOpenApiDocument } from "./build-openapi-document";

const DOCUMENT = {
  openapi: "3.1.0",
  paths: {
    "/api/v1/things": {
      get: {
        operationId: "listThings",
        tags: ["Things"],
        summary: "List things",
        parameters: [
          {
            name: "page",
            in: "query",
            required: false,
            schema: { type: "integer", description: "Page number" },
          },
          { name: "kind", in: "query", required: true, schema: { type: "string", enum: ["a", "b"] } },
        ],
        security: [{ sessionCookie: [] }, { bearerToken: [] }],
        responses: {
          "401": { $ref: "#/components/responses/NotAuthenticated" },
          "200": { description: "OK" },
        },
      },
      post: {
        operationId: "createThing",
        tags: ["Things"],
        summary: "Create a thing",
        requestBody: { content: { "application/json": { schema: { type: "object", properties: {} } } } },
        responses: { "201": { description: "Created" } },
      },
    },
    "/api/v1/other": { get: { operationId: "other", summary: "Untagged", responses: {} } },
  },
  components: { responses: { NotAuthenticated: { description: "No valid session (401)" } } },
};

describe("apiReferenceModel", () => {
  it("groups operations by tag with parameters, body, resolved responses and security", () => {
    const [things, other] = apiReferenceModel(DOCUMENT);
    expect(things?.tag).toBe("Things");
    expect(things?.operations.map((op) => `${op.method} ${op.path}`)).toEqual([
      "GET /api/v1/things",
      "POST /api/v1/things",
    ]);
    const list = things?.operations[0];
    expect(list?.parameters).toEqual([
      { name: "page", in: "query", required: false, type: "integer", description: "Page number" },
      { name: "kind", in: "query", required: true, type: "string (a | b)", description: null },
    ]);
    expect(list?.responses).toEqual([
      { status: "200", description: "OK" },
      { status: "401", description: "No valid session (401)" },
    ]);
    expect(list?.security).toEqual(["sessionCookie", "bearerToken"]);
    expect(things?.operations[1]?.requestBody).toEqual({ type: "object", properties: {} });
    expect(other).toMatchObject({ tag: "Other", operations: [{ id: "other" }] });
  });

  it("names array and $ref schemas", () => {
    expect(schemaType({ type: "array", items: { $ref: "#/components/schemas/Volume" } })).toBe(
      "array of Volume",
    );
    expect(schemaType({ type: "string", format: "date" })).toBe("string (date)");
  });

  it("covers every operation of the app's own document", () => {
    const document = buildOpenApiDocument();
    const operations = Object.values(document.paths).reduce((n, item) => n + Object.keys(item).length, 0);
    const model = apiReferenceModel(document);
    expect(model.reduce((n, tag) => n + tag.operations.length, 0)).toBe(operations);
    expect(model.map((tag) => tag.tag)).toContain("Settings");
  });
});
