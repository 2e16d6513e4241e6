import { describe, expect, it } from "vitest";
import { demoFleet } from "./demo-fleet-fixture";

const TIB = 2n ** 40n;

function readings() {
  const [eks] = demoFleet().dataAccess;
  if (!eks) throw new Error("the demo has no data-access readings");
  return eks.readings;
}

const totalOf = (metric: string, source: string) =>
  readings()
    .filter((r) => r.metric === metric && r.source === source)
    .reduce((sum, r) => sum + BigInt(r.value), 0n);

describe("the demo's data-access readings", () => {
  it("belong to the EKS cluster only", () => {
    const fleet = demoFleet();
    const eks = fleet.clusters.find((c) => c.name === "prod-eks-use1");
    expect(fleet.dataAccess.map((d) => d.clusterId)).toEqual([eks?.id]);
  });

  it("read the 1 TiB training dataset about a hundred times: 200 GiB per training pod-hour", () => {
    // vit-h-pretrain: two pods for 9 days 10 hours (the worker 20 s later); detr-finetune: one pod
    // for 61 hours. 512.99 pod-hours x 200 GiB = 100.19 TiB.
    const podHours = 2 * (9 * 24 + 10) - 20 / 3600 + 61;
    const read = totalOf("read_bytes", "cloudwatch");
    expect(Number(read) / Number(TIB)).toBeCloseTo((podHours * 200) / 1024, 3);
  });

  it("give CloudWatch's daily sums that equal what the nodes' NFS counters counted", () => {
    const counters = new Map<string, bigint[]>();
    for (const r of readings().filter((r) => r.source === "node_mountstats")) {
      expect(r.target).toBe("fs-07d2b94e1a6c3f580.efs.us-east-1.amazonaws.com:/");
      counters.set(r.node, [...(counters.get(r.node) ?? []), BigInt(r.value)]);
    }
    // three nodes: two A100 nodes for vit-h-pretrain, one A10G node for detr-finetune
    expect(counters.size).toBe(3);
    const counted = [...counters.values()].reduce((sum, values) => sum + (values.at(-1) ?? 0n), 0n);
    expect(counted).toBe(totalOf("read_bytes", "cloudwatch"));
  });

  it("count the evaluation harness's GET and LIST requests on its Mountpoint for S3 bucket", () => {
    const s3 = readings().filter((r) => r.metric === "get_requests" || r.metric === "list_requests");
    expect(new Set(s3.map((r) => r.target))).toEqual(new Set(["acme-ai-eval-corpus-s3"]));
    expect(s3.every((r) => r.periodSeconds === 86_400 && !r.partial)).toBe(true);
    // 250,000 GETs and 20,000 LISTs per pod-hour, for the 44 days the harness has run
    expect(Number(totalOf("get_requests", "cloudwatch"))).toBeGreaterThan(250_000 * 24 * 43);
    expect(
      Number(totalOf("get_requests", "cloudwatch")) / Number(totalOf("list_requests", "cloudwatch")),
    ).toBeCloseTo(12.5, 4);
  });
});
