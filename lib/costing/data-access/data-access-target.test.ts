import { describe, expect, it } from "vitest";
import { readingTargetKey, volumeTargetKey } from "./data-access-target";

describe("data-access targets", () => {
  it("matches an EFS export, a CloudWatch file system id and an EFS volume handle on the file system id", () => {
    expect(readingTargetKey("fs-0a1b2c3d.efs.us-east-1.amazonaws.com:/")).toBe("fs-0a1b2c3d");
    expect(readingTargetKey("fs-0a1b2c3d")).toBe("fs-0a1b2c3d");
    const efs = (volumeHandle: string) =>
      volumeTargetKey({ csiDriver: "efs.csi.aws.com", volumeHandle, volumeAttributes: {} });
    expect(efs("fs-0a1b2c3d::fsap-0123456789abcdef0")).toBe("fs-0a1b2c3d");
    expect(efs("fs-0a1b2c3d:/datasets")).toBe("fs-0a1b2c3d");
    expect(efs("not-an-efs-handle")).toBeNull();
  });

  it("matches a Mountpoint for S3 volume on its bucket and an NFS volume on its export", () => {
    expect(
      volumeTargetKey({
        csiDriver: "s3.csi.aws.com",
        volumeHandle: "s3-csi",
        volumeAttributes: { bucketName: "ds" },
      }),
    ).toBe("ds");
    expect(readingTargetKey("ds")).toBe("ds");
    const nfs = { server: "10.0.0.5", share: "/exports/data" };
    expect(volumeTargetKey({ csiDriver: "nfs.csi.k8s.io", volumeHandle: "x", volumeAttributes: nfs })).toBe(
      "10.0.0.5:/exports/data",
    );
    expect(readingTargetKey("10.0.0.5:/exports/data")).toBe("10.0.0.5:/exports/data");
  });
});
