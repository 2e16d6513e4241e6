import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { SESSION_COOKIE } from "../lib/api/auth-cookies";
import { isPublicPath } from "../lib/api/public-paths";
import { ADMIN_STORAGE_STATE } from "./auth-state";

// Generated from the route list at test time: every page.tsx and route.ts under app/, so a new
// route is covered without editing this file. Dynamic segments get plausible values.
const APP = path.resolve(import.meta.dirname, "../app");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
const SAMPLE: Record<string, string> = {
  id: "00000000-0000-4000-8000-000000000000",
  cluster: "prod-eks",
  namespace: "llm-training",
  slug: "vision",
  uid: "00000000-0000-4000-8000-000000000001",
  chain: "chain-1",
  chainId: "chain-1",
  month: "2026-11",
};

interface Route {
  readonly url: string;
  readonly kind: "page" | "api";
  readonly methods: readonly string[];
}

function routes(dir = APP): Route[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry): Route[] => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routes(full);
    if (entry.name !== "page.tsx" && entry.name !== "route.ts") return [];
    const segments = path
      .relative(APP, dir)
      .split(path.sep)
      .filter((segment) => segment && !/^\(.*\)$/.test(segment))
      .map((segment) => segment.replace(/^\[(.+)\]$/, (_, name: string) => SAMPLE[name] ?? "sample"));
    const url = `/${segments.join("/")}`;
    if (entry.name === "page.tsx") return [{ url, kind: "page", methods: ["GET"] }];
    const source = readFileSync(full, "utf8");
    const methods = METHODS.filter((m) =>
      new RegExp(`export (const|async function|function) ${m}\\b`).test(source),
    );
    return [{ url, kind: url.startsWith("/api/") ? "api" : "page", methods }];
  });
}

const ALL = routes().filter((route) => !isPublicPath(route.url));

test.describe("without credentials", () => {
  test.use({ storageState: { cookies: [], origins: [] }, extraHTTPHeaders: {} });

  test("the route list is found", () => {
    expect(ALL.filter((r) => r.kind === "api").length).toBeGreaterThan(20);
    expect(ALL.filter((r) => r.kind === "page").length).toBeGreaterThan(10);
  });

  for (const route of ALL) {
    for (const method of route.methods) {
      test(`${method} ${route.url} is refused`, async ({ request }) => {
        const response = await request.fetch(route.url, { method, maxRedirects: 0, failOnStatusCode: false });
        if (route.kind === "api") {
          expect(response.status()).toBe(401);
          expect((await response.json()).error.code).toBe("not_authenticated");
        } else {
          expect(response.status()).toBe(307);
          expect(response.headers().location).toMatch(/^\/login/);
        }
      });
    }
  }

  // The proxy skips the build's static files and collector pushes, and only those: a path that
  // merely starts like one is checked like any other.
  test("a path that only starts like one the proxy skips is refused", async ({ request }) => {
    const api = await request.get("/api/v1/clusters/prod/observationsx", { failOnStatusCode: false });
    expect(api.status()).toBe(401);
    const page = await request.get("/favicon.icox", { maxRedirects: 0, failOnStatusCode: false });
    expect(page.status()).toBe(307);
    expect(page.headers().location).toMatch(/^\/login/);
  });

  test("a forged session cookie is refused like none", async ({ request }) => {
    const response = await request.get("/api/v1/overview", {
      headers: { cookie: `${SESSION_COOKIE}=forged` },
    });
    expect(response.status()).toBe(401);
  });
});

test.describe("with a session but no CSRF token", () => {
  test.use({ storageState: ADMIN_STORAGE_STATE, extraHTTPHeaders: {} });

  for (const route of ALL.filter((r) => r.kind === "api")) {
    for (const method of route.methods.filter((m) => m !== "GET")) {
      test(`${method} ${route.url} is refused`, async ({ request }) => {
        const response = await request.fetch(route.url, { method, data: {}, failOnStatusCode: false });
        expect(response.status()).toBe(403);
        // A collector push takes only a collector's bearer token: a browser session is refused as such.
        const collectorPush = /\/api\/v1\/clusters\/[^/]+\/(observations|metrics)$/.test(route.url);
        expect((await response.json()).error.code).toBe(collectorPush ? "forbidden" : "csrf");
      });
    }
  }
});
