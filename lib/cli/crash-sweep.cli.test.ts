import { beforeAll, describe, expect, it } from "vitest";
import {
  planScenario,
  type ScenarioPlan,
  sweepScenarios,
  tryPoint,
  writeSweepDump,
} from "../testing/crash-sweep";
import { temporaryDataDir } from "../testing/temporary-data-dir";

// A bounded part of the crash sweep (npm run crash:sweep tries every point): an import killed
// inside its transaction, between its commit and its costs, and inside its costs' transaction;
// a report export killed before its file is whole. After each kill the database holds no half
// observation, and the re-run leaves it (and the report) equal to a clean run's.
const workDir = temporaryDataDir("tierscope-crash-");
const scenarios = sweepScenarios(writeSweepDump(workDir), workDir);
const plans = new Map<string, ScenarioPlan>();

beforeAll(async () => {
  for (const scenario of scenarios.filter((s) => s.name === "import" || s.name === "report-csv")) {
    plans.set(scenario.name, await planScenario(scenario, workDir));
  }
});

describe("a command killed at a kill point, then run again", () => {
  it("lists the points an import passes: its batches, its commit, and its costs", () => {
    const plan = plans.get("import") as ScenarioPlan;
    // The clean run computed costs: equal facts after a re-run mean something.
    expect(JSON.parse(plan.clean).facts.n).toBeGreaterThan(1000);
    const points = plan.points;
    expect(points).toEqual(
      expect.arrayContaining([
        "import:batch-written#1",
        "import:batch-written#2",
        "import:before-commit#1",
        "import:committed#1",
        "costs:month-written#1",
        "costs:before-commit#1",
        "costs:cluster-committed#1",
      ]),
    );
  });

  for (const point of ["import:batch-written#2", "import:committed#1", "costs:before-commit#1"]) {
    it(`import killed at ${point}: consistent, and the re-run equals a clean run`, async () => {
      const outcome = await tryPoint(plans.get("import") as ScenarioPlan, point, workDir);
      expect(outcome.problems).toEqual([]);
    });
  }

  it("report killed before its file is whole: no file, and the re-run writes the clean run's", async () => {
    const outcome = await tryPoint(
      plans.get("report-csv") as ScenarioPlan,
      "report:before-rename#1",
      workDir,
    );
    expect(outcome.problems).toEqual([]);
  });
});
