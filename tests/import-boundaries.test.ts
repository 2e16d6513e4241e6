import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The one door (README "Layers"): pages, routes and components reach data only through
// lib/services, and the library never reaches back into the app.

const ROOT = path.resolve(import.meta.dirname, "..");
const SOURCE = /\.(ts|tsx)$/;
const SPECIFIER = /(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)["']([^"']+)["']/g;

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
