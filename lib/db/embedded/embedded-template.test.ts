import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { seedFromEmbeddedTemplate } from "./embedded-template";

let work: string;
afterEach(() => rmSync(work, { recursive: true, force: true }));

function folders() {
  work = mkdtempSync(path.join(tmpdir(), "tierscope-template-"));
  const template = path.join(work, "template");
  mkdirSync(path.join(template, "base"), { recursive: true });
  writeFileSync(path.join(template, "PG_VERSION"), "18\n");
  writeFileSync(path.join(template, "base", "1"), "pages");
  return { template, pgdata: path.join(work, "data", "pglite") };
}

describe("seedFromEmbeddedTemplate", () => {
  it("copies the template into a data folder that does not exist yet", () => {
    const { template, pgdata } = folders();
    mkdirSync(path.dirname(pgdata));
    expect(seedFromEmbeddedTemplate(pgdata, template)).toBe(true);
    expect(readFileSync(path.join(pgdata, "base", "1"), "utf8")).toBe("pages");
    expect(existsSync(`${pgdata}.partial`)).toBe(false);
  });

  it("leaves an existing database as it is", () => {
    const { template, pgdata } = folders();
    mkdirSync(pgdata, { recursive: true });
    writeFileSync(path.join(pgdata, "PG_VERSION"), "17\n");
    expect(seedFromEmbeddedTemplate(pgdata, template)).toBe(false);
    expect(readFileSync(path.join(pgdata, "PG_VERSION"), "utf8")).toBe("17\n");
    expect(existsSync(path.join(pgdata, "base"))).toBe(false);
  });

  it("copies nothing when no template matches", () => {
    const { pgdata } = folders();
    mkdirSync(path.dirname(pgdata));
    expect(seedFromEmbeddedTemplate(pgdata, path.join(work, "missing"))).toBe(false);
    expect(existsSync(pgdata)).toBe(false);
  });

  it("replaces what a copy cut short left behind", () => {
    const { template, pgdata } = folders();
    mkdirSync(`${pgdata}.partial`, { recursive: true });
    writeFileSync(path.join(`${pgdata}.partial`, "stale"), "x");
    expect(seedFromEmbeddedTemplate(pgdata, template)).toBe(true);
    expect(existsSync(path.join(pgdata, "stale"))).toBe(false);
  });
});
