import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./build-openapi-document";

const API = path.resolve(import.meta.dirname, "../../../app/api/v1");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** Every route file under app/api/v1, as its OpenAPI path and the methods it exports. */
function routeFiles(dir = API): { file: string; path: string; methods: string[] }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    if (entry.name !== "route.ts") return [];
    const source = readFileSync(full, "utf8");
    const segments = path.relative(API, dir).split(path.sep).filter(Boolean);
    return [
      {
        file: path.relative(process.cwd(), full),
        path: `/api/v1/${segments.map((s) => s.replace(/^\[(.+)\]$/, "{$1}")).join("/")}`.replace(/\/$/, ""),
        methods: METHODS.filter((m) =>
          new RegExp(`export (const|async function|function) ${m}\\b`).test(source),
        ),
      },
    ];
  });
}

describe("the OpenAPI document", () => {
  const document = buildOpenApiDocument();

  it("has a path, with every exported method, for every route file under app/api/v1", () => {
    const routes = routeFiles();
    expect(routes.length).toBeGreaterThan(10);
    for (const route of routes) {
      const item = document.paths[route.path] as Record<string, unknown> | undefined;
      expect(item, `${route.file} has no path ${route.path} in the document`).toBeDefined();
      expect(route.methods.length, `${route.file} exports no method`).toBeGreaterThan(0);
      for (const method of route.methods) {
        expect(
          item?.[method.toLowerCase()],
          `${route.file}: ${method} ${route.path} is not described`,
        ).toBeDefined();
      }
    }
  });

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
