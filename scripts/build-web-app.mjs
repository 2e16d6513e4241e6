#!/usr/bin/env node
// Builds the web app (`next build`) unless the build in .next was made from the same sources.
// `npm install` runs it (postinstall), so a fresh clone serves on its first start; the test command
// runs it too and rebuilds only when the sources changed since. TIERSCOPE_SKIP_BUILD=1 skips it.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SOURCE_DIRS = ["app", "components", "hooks", "lib", "public"];
const SOURCE_FILES = ["next.config.js", "postcss.config.mjs", "tsconfig.json", "package-lock.json"];
const NOT_BUILT = /\.(test|db\.test|cli\.test)\.tsx?$/;
const STAMP = path.join(root, ".next", "tierscope-sources.sha256");

function listFiles(dir) {
  const full = path.join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && !NOT_BUILT.test(entry.name))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

/** sha256 over the path and bytes of every file the build reads, in a stable order. */
function hashSources() {
  const files = [
    ...SOURCE_DIRS.flatMap(listFiles),
    ...SOURCE_FILES.filter((f) => existsSync(path.join(root, f))),
  ];
  const hash = createHash("sha256");
  for (const file of files.sort()) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(path.join(root, file)));
  }
  return hash.digest("hex");
}

if (process.env.TIERSCOPE_SKIP_BUILD === "1") {
  console.log("Web app: not built (TIERSCOPE_SKIP_BUILD=1); `tierscope serve` builds it on first start.");
  process.exit(0);
}
const sources = hashSources();
const built = existsSync(path.join(root, ".next", "BUILD_ID")) && existsSync(STAMP);
if (built && readFileSync(STAMP, "utf8") === sources) {
  console.log("Web app: the build in .next is up to date with the sources.");
  process.exit(0);
}
console.log("Web app: building it (next build, a minute or more)...");
const result = spawnSync(
  process.execPath,
  [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"],
  {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  },
);
if (result.status !== 0) {
  console.error("Web app: next build failed (see above).");
  process.exit(result.status ?? 1);
}
writeFileSync(STAMP, sources);
