import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./build-openapi-document";

describe("the OpenAPI document", () => {
  const document = buildOpenApiDocument();

  it("declares every path parameter and resolves every $ref", () => {
    const text = JSON.stringify(document);
    for (const [, name] of text.matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)) {
      expect(document.components.schemas, `schema ${name}`).toHaveProperty(name as string);
    }
    for (const [, name] of text.matchAll(/"\$ref":"#\/components\/responses\/([^"]+)"/g)) {
      expect(document.components.responses, `response ${name}`).toHaveProperty(name as string);
    }
    for (const [route, item] of Object.entries(document.paths)) {
      const names = [...route.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
      for (const op of Object.values(item) as { parameters?: { name: string; in: string }[] }[]) {
        const declared = (op.parameters ?? []).filter((p) => p.in === "path").map((p) => p.name);
        expect(declared.sort(), route).toEqual([...names].sort());
      }
    }
  });

  it("declares its security schemes and requires one on every operation", () => {
    expect(Object.keys(document.components.securitySchemes).sort()).toEqual(["bearerToken", "sessionCookie"]);
    for (const [route, item] of Object.entries(document.paths)) {
      for (const [method, op] of Object.entries(item) as [
        string,
        { security?: unknown[]; responses: object },
      ][]) {
        expect(op.security, `${method} ${route}`).toEqual([{ sessionCookie: [] }, { bearerToken: [] }]);
        expect(op.responses, `${method} ${route}`).toHaveProperty("401");
      }
    }
  });

  it("is OpenAPI 3.1 with query parameters taken from the routes' own schemas", () => {
    expect(document.openapi).toBe("3.1.0");
    const costs = document.paths["/api/v1/costs"]?.get as {
      parameters: { name: string; schema: { enum?: string[] } }[];
    };
    expect(costs.parameters.map((p) => p.name)).toEqual([
      "from",
      "to",
      "month",
      "by",
      "cluster",
      "currency",
      "page",
      "pageSize",
    ]);
    expect(costs.parameters.find((p) => p.name === "by")?.schema.enum).toContain("cost-centre");
    expect(JSON.parse(JSON.stringify(document))).toEqual(document);
  });
});
