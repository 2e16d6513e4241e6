import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The one door (README "Layers"): pages, routes and components reach data only through
// lib/services, and the library never reaches back into the app.

const ROOT = path.resolve(import.meta.dirname, "..");
const SOURCE = /\.(ts|tsx)$/;
const SPECIFIER = /(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)["']([^"']+)["']/g;
const TEST = /\.test\.tsx?$/;
/** A Prisma model call or raw SQL on a client or transaction: data access that belongs in lib/queries. */
const OWN_QUERY =
  /\b(?:db|tx|prisma)\.(?:[a-z]\w*\.(?:find\w*|create\w*|update\w*|upsert|delete\w*|count|aggregate|groupBy)|\$(?:queryRaw|executeRaw)\w*)\(/;

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(relative);
    return SOURCE.test(entry.name) ? [relative] : [];
  });
}

/** The repository-relative path an import specifier points at, or null for a package. */
function importTarget(file: string, specifier: string): string | null {
  if (specifier.startsWith("@/")) return path.normalize(specifier.slice(2));
  if (specifier.startsWith(".")) return path.join(path.dirname(file), specifier);
  return null;
}

/** Each import in `dirs` whose target lies under `forbidden`, as "file → specifier". */
function importsInto(dirs: string[], forbidden: string): string[] {
  return dirs.flatMap(sourceFiles).flatMap((file) =>
    [...readFileSync(path.join(ROOT, file), "utf8").matchAll(SPECIFIER)]
      .map((match) => match[1] as string)
      .filter((specifier) => {
        const target = importTarget(file, specifier);
        return target !== null && (target === forbidden || target.startsWith(`${forbidden}/`));
      })
      .map((specifier) => `${file} → ${specifier}`),
  );
}

describe("import boundaries", () => {
  it("resolves aliased and relative specifiers to repository paths", () => {
    expect(importTarget("app/x/page.tsx", "@/lib/queries/a")).toBe("lib/queries/a");
    expect(importTarget("components/y/z.tsx", "../../lib/queries/b")).toBe("lib/queries/b");
    expect(importTarget("lib/api/c.ts", "../../app/d")).toBe("app/d");
    expect(importTarget("lib/api/c.ts", "../services/e")).toBe("lib/services/e");
    expect(importTarget("lib/api/c.ts", "zod")).toBeNull();
  });

  it("keeps pages, routes, components and hooks off lib/queries: they go through lib/services", () => {
    expect(importsInto(["app", "components", "hooks"], "lib/queries")).toEqual([]);
  });

  it("keeps the CLI and the jobs off lib/queries: they go through lib/services with systemContext", () => {
    // Opening the database and migrating it (lib/db) is infrastructure, not a query: it stays open to them.
    expect(importsInto(["lib/cli", "lib/jobs"], "lib/queries")).toEqual([]);
  });

  it("keeps the CLI and the jobs from running Prisma queries of their own", () => {
    const code = ["lib/cli", "lib/jobs"].flatMap(sourceFiles).filter((file) => !TEST.test(file));
    const querying = code.filter((file) => OWN_QUERY.test(readFileSync(path.join(ROOT, file), "utf8")));
    expect(querying).toEqual([]);
  });

  it("finds a Prisma query written in place", () => {
    expect(OWN_QUERY.test("await db.cluster.findMany({ where })")).toBe(true);
    expect(OWN_QUERY.test("await tx.$queryRawUnsafe(sql)")).toBe(true);
    expect(OWN_QUERY.test("await listInventory(db, { ctx, input })")).toBe(false);
  });

  it("keeps lib/ from importing anything under app/, components/ or hooks/", () => {
    for (const layer of ["app", "components", "hooks"]) expect(importsInto(["lib"], layer)).toEqual([]);
  });
});

// Input contracts (zod) sit beside their services: pages and routes use the schemas a service
// exports, and never declare or inspect one themselves.
describe("input contracts", () => {
  it("keeps zod out of app/: every schema lives beside its service under lib/services", () => {
    const zodImports = sourceFiles("app").filter((file) =>
      [...readFileSync(path.join(ROOT, file), "utf8").matchAll(SPECIFIER)].some(
        (match) => match[1] === "zod" || match[1]?.startsWith("zod/"),
      ),
    );
    expect(zodImports).toEqual([]);
  });
});
