import { describe, expect, it } from "vitest";
import { runTierscope } from "../testing/run-tierscope";
import { temporaryDataDir } from "../testing/temporary-data-dir";

describe("tierscope settings", () => {
  const dataDir = temporaryDataDir("tierscope-settings-");

  it("sets a threshold, refuses a bad one by name without changing it, and prints both with defaults", async () => {
    const set = await runTierscope(["settings", "set", "waste.thresholds.unmountedDays", "21"], dataDir);
    expect(set.status, set.stderr).toBe(0);
    expect(set.stdout).toContain("Set waste.thresholds.unmountedDays to 21.");

    const bad = await runTierscope(["settings", "set", "waste.thresholds.unmountedDays", "-3"], dataDir);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^tierscope: waste\.thresholds\.unmountedDays: /);

    const get = await runTierscope(["settings", "get", "waste.thresholds"], dataDir);
    expect(get.status, get.stderr).toBe(0);
    expect(get.stdout).toMatch(/waste\.thresholds\.unmountedDays\s+21\s+default 14/);
    expect(get.stdout).toMatch(/waste\.thresholds\.availableDays\s+7\s+default/);
  });
});
