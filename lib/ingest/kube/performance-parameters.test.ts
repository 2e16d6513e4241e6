import { describe, expect, it } from "vitest";
import { checkPerformanceParameters } from "./performance-parameters";

const check = (parameters: Record<string, string>) => () =>
  checkPerformanceParameters("parameters", parameters);

describe("a class's provisioned performance, checked on import", () => {
  it("accepts the largest real volumes: Ultra Disk IOPS, io2 per-GiB IOPS, Hyperdisk ML throughput", () => {
    expect(check({ DiskIOPSReadWrite: "400000", DiskMBpsReadWrite: "10000" })).not.toThrow();
    expect(check({ type: "io2", iopsPerGB: "1000" })).not.toThrow();
    expect(check({ "provisioned-throughput-on-create": "1200000Mi" })).not.toThrow();
  });

  it("refuses IOPS past a million, naming the key as written", () => {
    expect(check({ IOPS: "1000001" })).toThrow(
      'parameters.IOPS: "1000001" is more than 1,000,000 IOPS: not a real volume',
    );
  });

  it("reads a byte quantity of throughput as bytes per second: 20Pi is past the bound, 10000000 MiB/s is not", () => {
    expect(check({ throughput: "10000000" })).not.toThrow();
    expect(check({ throughput: "20Pi" })).toThrow(
      'parameters.throughput: "20Pi" is more than 10,000,000 MiB/s: not a real volume',
    );
  });

  it("refuses a value that expands without bound before it is expanded", () => {
    expect(check({ iops: "1e100000000" })).toThrow(
      'parameters.iops: "1e100000000" is out of range for a quantity',
    );
  });

  it("refuses negative and non-numeric values", () => {
    expect(check({ iopsPerGB: "-3" })).toThrow('parameters.iopsPerGB: IOPS per GiB cannot be negative: "-3"');
    expect(check({ throughput: "fast" })).toThrow('parameters.throughput: not a Kubernetes quantity: "fast"');
  });

  it("leaves other parameters and empty values alone", () => {
    expect(check({ type: "gp3", encrypted: "yes", iops: "" })).not.toThrow();
  });
});
