// The crash-safety sweep (npm run crash:sweep [-- --only <scenario>]): every kill point of an
// import, a recompute, a month close, report exports and a digest worker pass, each killed with
// SIGKILL on a fresh copy of its starting database, checked, re-run and compared with a clean run
// (lib/testing/crash-sweep.ts). Prints the points tried and the inconsistencies found; exits 1 if any.
import { rmSync } from "node:fs";
import {
  planScenario,
  sweepScenarios,
  sweepWorkDir,
  tryPoint,
  writeSweepDump,
} from "../lib/testing/crash-sweep";

const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined;
const workDir = sweepWorkDir();
const started = performance.now();
let tried = 0;
let inconsistent = 0;
try {
  const scenarios = sweepScenarios(writeSweepDump(workDir), workDir).filter((s) => !only || s.name === only);
  for (const scenario of scenarios) {
    const plan = await planScenario(scenario, workDir);
    console.log(`${scenario.name}: ${plan.points.length} kill points: ${plan.points.join(", ")}`);
    for (const point of plan.points) {
      const outcome = await tryPoint(plan, point, workDir);
      tried++;
      if (outcome.problems.length > 0) inconsistent++;
      console.log(
        `  ${point}: ${outcome.problems.length === 0 ? "consistent after the kill and after the re-run" : outcome.problems.join("; ")}`,
      );
    }
  }
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
console.log(
  `crash sweep: ${tried} kill points tried, ${inconsistent} inconsistencies, in ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
if (inconsistent > 0) process.exitCode = 1;
