import { describe, expect, it } from "vitest";
import { detectWaste } from "./detect-waste";
import { summarizeWaste } from "./summarize-waste";
import { boundPair, claim, context, daysAgo, inventory, usage, volume } from "./waste-test-fixtures";

describe("detectWaste", () => {
  it("reports an unmounted claim once: to be deleted, not also shrunk", () => {
    const idle = boundPair("idle", { claim: { createdAt: daysAgo(60) } });
    const inv = inventory({
      claims: [idle.claim],
      volumes: [idle.volume],
      usage: [usage({ claimName: "idle" })],
    });
    expect(detectWaste(inv, context()).map((f) => f.rule)).toEqual(["unmounted-claim"]);
    expect(detectWaste(inv, context(), ["oversized-volume"])).toEqual([]);
  });

  it("orders by rule, then by monthly cost, and totals each rule", () => {
    const inv = inventory({
      volumes: [
        volume({ name: "small", phase: "Released", capacityBytes: 100n * 1024n ** 3n }),
        volume({ name: "large", phase: "Released" }),
      ],
      claims: [claim({ name: "never", createdAt: daysAgo(30) })],
    });
    const findings = detectWaste(inv, context());
    expect(findings.map((f) => f.name)).toEqual(["large", "small", "never"]);
    const totals = summarizeWaste(findings);
    expect(totals).toHaveLength(7);
    expect(totals[0]).toMatchObject({ rule: "released-volume", count: 2, unpricedCount: 0 });
    expect(totals[0]?.monthlyCost.toFixed()).toBe("48");
    expect(totals.find((t) => t.rule === "oversized-volume")?.count).toBe(0);
  });
});
