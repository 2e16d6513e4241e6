import { spawnSync } from "node:child_process";
import path from "node:path";
import { PROJECT_ROOT } from "./start-web-server";

/**
 * Builds the web app once, for a checkout installed with TIERSCOPE_SKIP_BUILD=1 (`npm install`
 * builds it otherwise), through the same script, so the test command sees the build as current.
 */
export function buildApp(): void {
  const result = spawnSync(process.execPath, [path.join(PROJECT_ROOT, "scripts", "build-web-app.mjs")], {
    cwd: PROJECT_ROOT,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", TIERSCOPE_SKIP_BUILD: "0" },
  });
  if (result.status !== 0) throw new Error("next build failed (see the output above)");
}
