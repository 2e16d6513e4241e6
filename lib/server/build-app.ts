import { spawnSync } from "node:child_process";
import path from "node:path";
import { PROJECT_ROOT } from "./start-web-server";

/** Runs `next build` once, for commands that serve the app from a fresh clone. */
export function buildApp(): void {
  const nextBin = path.join(PROJECT_ROOT, "node_modules", "next", "dist", "bin", "next");
  const result = spawnSync(process.execPath, [nextBin, "build"], {
    cwd: PROJECT_ROOT,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error("next build failed (see the output above)");
}
