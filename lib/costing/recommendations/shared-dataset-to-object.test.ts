import { describe, expect, it } from "vitest";
import { context, money, oneClaim } from "./recommendation-test-fixtures";
import { recommendSharedDatasetToObject } from "./shared-dataset-to-object";

const efs = { name: "efs-sc", provisioner: "efs.csi.aws.com", parameters: { fileSystemId: "fs-1" } };
const readers = (pods: number, readOnly: number) => ({
  roles: ["dataset" as const],
  podsInWindow: pods,
  readOnlyPodsInWindow: readOnly,
});

describe("shared read-only datasets on file shares → object storage", () => {
  it("moves 2,048 GiB stored on EFS read by 3 pods to S3: $614.40 → $47.104", () => {
    const inventory = oneClaim({
      provider: "aws",
      storageClass: efs,
      gi: 1024,
      p95UsedGib: 2048,
      use: readers(3, 3),
    });
    const [r] = recommendSharedDatasetToObject(inventory, context());
    // Both sides bill the 2,048 GiB stored: EFS $0.30, S3 Standard $0.023.
    expect(money(r?.current.cost.monthlyCost)).toBe("614.4");
    expect(money(r?.proposed.cost.monthlyCost)).toBe("47.104");
    expect(money(r?.savings.monthlyCost)).toBe("567.296");
    expect(r?.savings.status).toBe("priced");
    expect(r?.proposed.performance.latencyClass).toBe("object-storage");
    expect(r?.fix.command).toContain("driver: s3.csi.aws.com");
    expect(r?.fix.command).toContain("cache /tmp/mountpoint-cache");
  });

  it("leaves datasets a pod writes to, or that only one pod reads", () => {
    const written = oneClaim({
      provider: "aws",
      storageClass: efs,
      gi: 1024,
      p95UsedGib: 2048,
      use: readers(3, 2),
    });
    const single = oneClaim({
      provider: "aws",
      storageClass: efs,
      gi: 1024,
      p95UsedGib: 2048,
      use: readers(1, 1),
    });
    expect(recommendSharedDatasetToObject(written, context())).toEqual([]);
    expect(recommendSharedDatasetToObject(single, context())).toEqual([]);
  });

  it("keeps an unpriced file share unpriced: Filestore Zonal has no us-central1 price", () => {
    const filestore = {
      name: "filestore-zonal",
      provisioner: "filestore.csi.storage.gke.io",
      parameters: { tier: "ZONAL" },
    };
    const [r] = recommendSharedDatasetToObject(
      oneClaim({ provider: "gcp", storageClass: filestore, gi: 10240, p95UsedGib: 6000, use: readers(2, 2) }),
      context(),
    );
    expect(r?.current.cost).toMatchObject({ status: "unpriced", monthlyCost: null });
    // 6,000 GiB × $0.020 in Cloud Storage Standard, us-central1.
    expect(money(r?.proposed.cost.monthlyCost)).toBe("120");
    expect(r?.savings).toMatchObject({ status: "unpriced", monthlyCost: null });
    expect(r?.netMonthlyValue).toBeNull();
  });
});
