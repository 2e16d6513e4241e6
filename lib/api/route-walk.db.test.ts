import { readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { setUpTestDatabase } from "../testing/test-database";

// Walks every route under app/ (found from the files, not from a list that could fall behind)
// with malformed ids, bodies, content types and very long parameters: each answer is a 4xx in the
// API's one-line envelope (or the unsubscribe page), never a 500, a stack or SQL.

const { url } = setUpTestDatabase();
const APP = path.resolve(import.meta.dirname, "../../app");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

interface Route {
  file: string;
  segments: string[];
}

function routeFiles(dir = APP): Route[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    if (entry.name !== "route.ts") return [];
    return [{ file: full, segments: path.relative(APP, dir).split(path.sep).filter(Boolean) }];
  });
}

const BAD_IDS = ["not-a-uuid", "\u0000", "x".repeat(5000), "../../etc", "%", "💥", "1e100000000"];
const BAD_QUERIES = [
  "?unknown=1",
  "?page=%00",
  "?cluster=a%00b",
  `?cluster=${"x".repeat(20_000)}`,
  "?page=-1&pageSize=1e9",
  "?from=9999-99-99&to=0000-00-00",
  "?page=1&page=2",
];
const BAD_BODIES: { type: string | null; body: string }[] = [
  { type: "application/json", body: "{" },
  { type: "application/json", body: "null" },
  { type: "application/json", body: "[]" },
  { type: "application/json", body: '{"name":"\\u0000","email":"a\\u0000b","recipients":["\\u0000"]}' },
  { type: "application/json", body: `{"a":${"[".repeat(10_000)}${"]".repeat(10_000)}}` },
  { type: "application/json", body: JSON.stringify({ pad: "x".repeat(2 * 1024 * 1024) }) },
  { type: "text/plain", body: "hello" },
  { type: "application/x-www-form-urlencoded", body: "token=%00&email=a" },
  { type: null, body: '{"unsubscribe":true}' },
];

function fill(route: Route, id: string): { path: string; params: Record<string, string> } {
  const params: Record<string, string> = {};
  const parts = route.segments.map((segment) => {
    const name = /^\[(.+)\]$/.exec(segment)?.[1];
    if (!name) return segment;
    params[name] = id;
    return encodeURIComponent(id);
  });
  return { path: `/${parts.join("/")}`, params };
}

async function expectNo500(label: string, response: Response) {
  const text = await response.text();
  expect(response.status, `${label} → ${response.status} ${text.slice(0, 200)}`).toBeLessThan(500);
  expect(text, label).not.toMatch(/prisma|SELECT |\n\s+at /i);
  if (response.status >= 400 && response.headers.get("content-type")?.includes("json")) {
    const body = JSON.parse(text) as { error?: { code?: string; message?: string } };
    expect(body.error?.code, label).toBeTypeOf("string");
    expect(body.error?.message, label).not.toContain("\n");
  }
}

describe("every route under app/, under abuse", () => {
  const routes = routeFiles();
  const modules = new Map<string, Partial<Record<(typeof METHODS)[number], Handler>>>();

  beforeAll(async () => {
    process.env.DATABASE_URL = url;
    for (const route of routes) modules.set(route.file, await import(route.file));
  });

  it("finds the routes", () => {
    expect(routes.length).toBeGreaterThan(30);
  });

  for (const route of routeFiles()) {
    const name = path.relative(APP, route.file);
    it(`${name}: malformed ids, parameters and bodies never give a 500`, async () => {
      const handlers = modules.get(route.file) ?? {};
      const methods = METHODS.filter((m) => typeof handlers[m] === "function");
      expect(methods.length, name).toBeGreaterThan(0);
      const ids = route.segments.some((s) => s.startsWith("[")) ? BAD_IDS : ["-"];
      for (const method of methods) {
        const handler = handlers[method] as Handler;
        for (const id of ids) {
          const target = fill(route, id);
          const call = (suffix: string, init: RequestInit = {}) =>
            handler(new Request(`http://localhost${target.path}${suffix}`, { method, ...init }), {
              params: Promise.resolve(target.params),
            });
          await expectNo500(`${method} ${target.path.slice(0, 60)}`, await call(""));
          for (const query of BAD_QUERIES) {
            await expectNo500(
              `${method} ${target.path.slice(0, 60)}${query.slice(0, 60)}`,
              await call(query),
            );
          }
          if (method === "GET") continue;
          for (const { type, body } of BAD_BODIES) {
            const headers = type ? { "content-type": type } : undefined;
            await expectNo500(
              `${method} ${target.path.slice(0, 60)} ${type} ${body.slice(0, 40)}`,
              await call("", { headers, body }),
            );
          }
        }
      }
    });
  }
});
