import { describe, expect, it } from "vitest";
import { fsxLustrePerformance } from "./tier-performance";

const TIB = 1024n ** 4n;

describe("FSx for Lustre performance", () => {
  it("scales throughput with the file system's size, sub-millisecond on SSD", () => {
    // 2 TiB × 125 MB/s per TiB = 250 MB/s
    expect(fsxLustrePerformance("fsx-lustre-persistent-2-125", "FSx", 2n * TIB)).toMatchObject({
      iops: null,
      throughput: { value: 250, unit: "MB/s" },
      latencyClass: "sub-millisecond",
    });
    // SCRATCH_2: 200 MB/s per TiB → 3 TiB = 600 MB/s
    expect(fsxLustrePerformance("fsx-lustre-scratch-2", "FSx", 3n * TIB)?.throughput?.value).toBe(600);
    // HDD: 6 TiB × 12 MB/s per TiB = 72 MB/s, milliseconds
    expect(fsxLustrePerformance("fsx-lustre-persistent-1-hdd-12", "FSx", 6n * TIB)).toMatchObject({
      throughput: { value: 72, unit: "MB/s" },
      latencyClass: "single-digit-ms",
    });
    expect(fsxLustrePerformance("efs-standard", "EFS", TIB)).toBeNull();
  });
});
