import { describe, expect, it } from "vitest";
import { MS_PER_DAY } from "../day-window";
import { detectUnmountedClaims } from "./unmounted-claims";
import { boundPair, claim, context, daysAgo, inventory, mount, NOW } from "./waste-test-fixtures";

const ago = (ms: number) => new Date(NOW.getTime() - ms);

describe("unmounted claims", () => {
  it("does not fire when the last pod ended exactly the threshold ago, and fires just past it", () => {
    const { claim: c, volume: v } = boundPair("data-0");
    const at = mount({ claimName: "data-0", finishedAt: ago(14 * MS_PER_DAY) });
    const past = mount({ claimName: "data-0", finishedAt: ago(14 * MS_PER_DAY + 60_000) });
    expect(
      detectUnmountedClaims(inventory({ claims: [c], volumes: [v], podMounts: [at] }), context()),
    ).toEqual([]);
    const [finding] = detectUnmountedClaims(
      inventory({ claims: [c], volumes: [v], podMounts: [past] }),
      context(),
    );
    expect(finding).toMatchObject({
      rule: "unmounted-claim",
      kind: "PersistentVolumeClaim",
      namespace: "ml",
      name: "data-0",
      owner: { allocation: "allocated", namespace: "ml", team: "Vision" },
      ageDays: 14,
    });
    expect(finding?.cost.monthlyCost?.toFixed()).toBe("40");
    expect(finding?.evidence[0]?.value).toMatch(/^pod pod-data-0, until/);
    expect(finding?.fix.command).toBe("kubectl delete pvc -n ml data-0");
  });

  it("never fires while a pod still holds the claim", () => {
    const { claim: c, volume: v } = boundPair("data-0");
    const pods = [
      mount({ claimName: "data-0", podName: "old", finishedAt: daysAgo(60) }),
      mount({ claimName: "data-0" }),
    ];
    expect(
      detectUnmountedClaims(inventory({ claims: [c], volumes: [v], podMounts: pods }), context()),
    ).toEqual([]);
  });

  it("takes a pod's deletion as the end of its mount when it never finished", () => {
    const { claim: c } = boundPair("data-0");
    const pods = [mount({ claimName: "data-0", deletedAt: daysAgo(20) })];
    expect(detectUnmountedClaims(inventory({ claims: [c], podMounts: pods }), context())).toHaveLength(1);
  });

  it("counts a claim no pod ever mounted from its creation", () => {
    const old = claim({ name: "never", createdAt: daysAgo(15) });
    const young = claim({ name: "fresh", createdAt: daysAgo(13) });
    const findings = detectUnmountedClaims(inventory({ claims: [old, young] }), context());
    expect(findings.map((f) => f.name)).toEqual(["never"]);
    expect(findings[0]?.evidence[0]?.value).toMatch(/^never mounted/);
  });

  it("ignores pods of another namespace, and pods that ended before this claim was created", () => {
    const c = claim({ name: "data-0", createdAt: daysAgo(30) });
    const pods = [
      mount({ claimName: "data-0", namespace: "other" }),
      mount({ claimName: "data-0", createdAt: daysAgo(90), finishedAt: daysAgo(31) }),
    ];
    const [finding] = detectUnmountedClaims(inventory({ claims: [c], podMounts: pods }), context());
    expect(finding?.ageDays).toBe(30);
  });

  it("adds the PV and its disk to the commands when the volume is Retain", () => {
    const { claim: c, volume: v } = boundPair("data-0", { volume: { reclaimPolicy: "Retain" } });
    const [finding] = detectUnmountedClaims(inventory({ claims: [c], volumes: [v] }), context());
    expect(finding?.fix.command.split("\n")).toEqual([
      "kubectl delete pvc -n ml data-0",
      expect.stringMatching(/Retain/),
      "kubectl delete pv pv-data-0",
      "aws ec2 delete-volume --volume-id vol-pv-data-0",
    ]);
  });

  it("reads its threshold from the settings", () => {
    const c = claim({ name: "data-0", createdAt: daysAgo(5) });
    expect(detectUnmountedClaims(inventory({ claims: [c] }), context({ unmountedDays: 3 }))).toHaveLength(1);
  });
});
