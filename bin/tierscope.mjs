#!/usr/bin/env node
// The `tierscope` command. Tierscope runs on Node >= 22 (the Kubernetes client needs it); on an
// older system Node this re-runs itself with the Node 22 that `npm install` put in node_modules.
import { spawn } from "node:child_process";
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
  const child = spawn(local, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: "inherit",
  });
  // Stopping this command stops the Node 22 it runs: the signal is passed on, and this process
  // ends as the child ended (a child ended by a signal ends this one by the same signal).
  const signals = ["SIGINT", "SIGTERM", "SIGHUP"];
  const forward = (signal) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  for (const signal of signals) process.on(signal, forward);
  child.on("exit", (code, signal) => {
    if (signal) {
      for (const s of signals) process.removeListener(s, forward);
      process.kill(process.pid, signal);
    } else process.exit(code ?? 1);
  });
} else {
  const { register } = await import("tsx/esm/api");
  register({ tsconfig: path.join(root, "tsconfig.json") });
  await import(pathToFileURL(path.join(root, "lib", "cli", "main.ts")).href);
}
