import { appendFileSync } from "node:fs";

// Crash-safety testing (scripts/crash-sweep.ts): work that must survive a crash names the points
// between its steps. TIERSCOPE_KILL_AT=<point>#<n> ends this process with SIGKILL, as a power cut
// would, the nth time it reaches <point>; TIERSCOPE_KILL_POINTS=<file> appends every point reached,
// one per line, so a clean run lists the points a sweep can try. Unset, a point does nothing.

const reached = new Map<string, number>();

export function killPoint(point: string, env: Record<string, string | undefined> = process.env): void {
  const target = env.TIERSCOPE_KILL_AT;
  const log = env.TIERSCOPE_KILL_POINTS;
  if (!target && !log) return;
  const count = (reached.get(point) ?? 0) + 1;
  reached.set(point, count);
  if (log) appendFileSync(log, `${point}#${count}\n`);
  if (target === `${point}#${count}`) process.kill(process.pid, "SIGKILL");
}
