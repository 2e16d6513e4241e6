#!/usr/bin/env node
// The `tierscope` command. Tierscope runs on Node >= 22 (the Kubernetes client needs it); on an
// older system Node this re-runs itself with the Node 22 that `npm install` put in node_modules.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const major = Number(process.versions.node.split(".")[0]);

if (major < 22) {
  const local = path.join(root, "node_modules", "node", "bin", "node");
  if (!existsSync(local)) {
    console.error(`tierscope: needs Node >= 22 (this is ${process.version}); run npm install first`);
    process.exit(1);
  }
  const result = spawnSync(local, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: "inherit",
  });
  process.exit(result.status ?? 1);
}

const { register } = await import("tsx/esm/api");
register({ tsconfig: path.join(root, "tsconfig.json") });
await import(pathToFileURL(path.join(root, "lib", "cli", "main.ts")).href);
