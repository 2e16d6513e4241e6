import { existsSync } from "node:fs";

// Shutdown testing (lib/cli/serve-sigterm-job.cli.test.ts), test-only: TIERSCOPE_PAUSE_AT=<point>
// makes work that reaches <point> print "paused at <point> (<detail>)" and wait there until the file
// named by TIERSCOPE_PAUSE_UNTIL exists, then print "released at <point> (<detail>)". A test can so
// signal the process while the work is in progress, and decide when (or whether) it goes on.
// Unset, a point does nothing.

export async function pausePoint(
  point: string,
  detail: string,
  env: Record<string, string | undefined> = process.env,
): Promise<void> {
  if (env.TIERSCOPE_PAUSE_AT !== point) return;
  const release = env.TIERSCOPE_PAUSE_UNTIL;
  if (!release) throw new Error("TIERSCOPE_PAUSE_AT is set without TIERSCOPE_PAUSE_UNTIL (the release file)");
  console.log(`paused at ${point} (${detail})`);
  while (!existsSync(release)) await new Promise((resolve) => setTimeout(resolve, 100));
  console.log(`released at ${point} (${detail})`);
}
