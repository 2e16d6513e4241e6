import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/api/openapi/build-openapi-document";

const API = path.resolve(import.meta.dirname, "../../app/api/v1");
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

describe("the OpenAPI document against the route files", () => {
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
});
