import { describe, it } from "vitest";
import { type Case, expectCase, GIB } from "./table-test-helpers";

// StorageClasses in the formats the drivers document, priced against the bundled catalog for one
// volume of a given size. Every expected price is worked by hand in the comment beside it.

const CASES: Case[] = [
  // 500 × 0.08 = 40; (6,000 − 3,000) × 0.005 = 15; (250 − 125) × 0.04 = 5 → 60
  {
    name: "gp3 500 GiB at 6,000 IOPS and 250 MiB/s",
    provider: "aws",
    provisioner: "ebs.csi.aws.com",
    parameters: { type: "gp3", iops: "6000", throughput: "250", "csi.storage.k8s.io/fstype": "ext4" },
    sizeGib: 500,
    components: { capacity: "40", iops: "15", throughput: "5" },
    status: "priced",
    monthly: "60",
    product: "ebs-gp3",
  },
  // gp3 asking for more than the driver's fallback maxima (16,000 IOPS): EC2 validates the request
  // (gp3 now takes up to 80,000 IOPS and 2,000 MiB/s) and what it provisions is billed.
  // 1,000 × 0.08 = 80; (20,000 − 3,000) × 0.005 = 85; (2,000 − 125) × 0.04 = 75 → 240
  {
    name: "gp3 1,000 GiB explicitly at 20,000 IOPS and 2,000 MiB/s is not capped",
    provider: "aws",
    provisioner: "ebs.csi.aws.com",
    parameters: { type: "gp3", iops: "20000", throughput: "2000" },
    sizeGib: 1000,
    components: { capacity: "80", iops: "85", throughput: "75" },
    status: "priced",
    monthly: "240",
  },
  // no type: the CSI default gp3 at its baseline: 100 × 0.08 = 8; IOPS and throughput within what is included
  {
    name: "ebs.csi.aws.com with no parameters (gp3 baseline)",
    provider: "aws",
    provisioner: "ebs.csi.aws.com",
    parameters: {},
    sizeGib: 100,
    components: { capacity: "8", iops: "0", throughput: "0" },
    status: "priced",
    monthly: "8",
  },
  // in-tree default gp2: 50 × 0.10 = 5
  {
    name: "in-tree kubernetes.io/aws-ebs with no type (gp2)",
    provider: "aws",
    provisioner: "kubernetes.io/aws-ebs",
    parameters: { fsType: "ext4" },
    sizeGib: 50,
    components: { capacity: "5" },
    status: "priced",
    monthly: "5",
    product: "ebs-gp2",
  },
  // 2,000 × 0.125 = 250; IOPS 32,000 × 0.065 = 2,080 + 32,000 × 0.0455 = 1,456 + 6,000 × 0.03185 = 191.1 → 3,727.1; total 3,977.1
  {
    name: "io2 Block Express at 70,000 IOPS across the three tiers",
    provider: "aws",
    provisioner: "ebs.csi.aws.com",
    parameters: { type: "io2", iops: "70000", blockExpress: "true" },
    sizeGib: 2000,
    components: { capacity: "250", iops: "3727.1" },
    status: "priced",
    monthly: "3977.1",
  },
  // iopsPerGB 50 × 100 GiB = 5,000 IOPS × 0.065 = 325; 100 × 0.125 = 12.5 → 337.5
  {
    name: "io2 with iopsPerGB (the demo class)",
    provider: "aws",
    provisioner: "ebs.csi.aws.com",
    parameters: { type: "io2", iopsPerGB: "50", allowAutoIOPSPerGBIncrease: "true", encrypted: "true" },
    sizeGib: 100,
    components: { capacity: "12.5", iops: "325" },
    status: "priced",
    monthly: "337.5",
  },
  // io1 asks 10,000 IOPS on 100 GiB; the driver caps at 50/GiB = 5,000: 5,000 × 0.065 = 325 + 12.5
  {
    name: "io1 above 50 IOPS/GiB is capped by the driver",
    provider: "aws",
    provisioner: "ebs.csi.aws.com",
    parameters: { type: "io1", iops: "10000" },
    sizeGib: 100,
    components: { capacity: "12.5", iops: "325" },
    status: "priced",
    monthly: "337.5",
  },
  {
    name: "io2 with no IOPS is unpriced, not $0",
    provider: "aws",
    provisioner: "ebs.csi.aws.com",
    parameters: { type: "io2" },
    sizeGib: 100,
    components: { capacity: "12.5", iops: null },
    status: "unpriced",
    monthly: null,
  },
  // 1,000 × 0.045 = 45
  {
    name: "st1",
    provider: "aws",
    provisioner: "ebs.csi.aws.com",
    parameters: { type: "st1" },
    sizeGib: 1000,
    components: { capacity: "45" },
    status: "priced",
    monthly: "45",
  },
  // EFS bills stored bytes: unknown → estimated at the claim's 100 GiB × 0.30 = 30
  {
    name: "efs.csi.aws.com, usage unknown",
    provider: "aws",
    provisioner: "efs.csi.aws.com",
    parameters: { provisioningMode: "efs-ap", fileSystemId: "fs-0c1f5e7a9b3d2468e", directoryPerms: "700" },
    sizeGib: 100,
    components: { capacity: "30" },
    status: "estimated",
    monthly: "30",
  },
  // 20 GiB stored × 0.30 = 6, whatever the claim says
  {
    name: "efs.csi.aws.com with 20 GiB stored",
    provider: "aws",
    provisioner: "efs.csi.aws.com",
    parameters: { provisioningMode: "efs-ap", fileSystemId: "fs-1" },
    sizeGib: 100,
    storedBytes: 20n * GIB,
    components: { capacity: "6" },
    status: "priced",
    monthly: "6",
  },
  // 1,200 × 0.140 = 168
  {
    name: "fsx.csi.aws.com SCRATCH_2",
    provider: "aws",
    provisioner: "fsx.csi.aws.com",
    parameters: {
      subnetId: "subnet-0eabfaa81fb22bcaf",
      securityGroupIds: "sg-068000ccf82dfba88",
      deploymentType: "SCRATCH_2",
    },
    sizeGib: 1200,
    components: { capacity: "168" },
    status: "priced",
    monthly: "168",
  },
  {
    name: "fsx.csi.aws.com PERSISTENT_2 at 250 MB/s/TiB has no known price",
    provider: "aws",
    provisioner: "fsx.csi.aws.com",
    parameters: {
      deploymentType: "PERSISTENT_2",
      perUnitStorageThroughput: "250",
      dataCompressionType: "LZ4",
    },
    sizeGib: 2400,
    components: { capacity: null },
    status: "unpriced",
    monthly: null,
    product: "fsx-lustre-persistent-2-250",
  },
  // 50 GiB stored × 0.023 = 1.15
  {
    name: "s3.csi.aws.com (Mountpoint) with 50 GiB stored",
    provider: "aws",
    provisioner: "s3.csi.aws.com",
    parameters: {},
    sizeGib: 1200,
    storedBytes: 50n * GIB,
    components: { capacity: "1.15" },
    status: "priced",
    monthly: "1.15",
  },
  // a VolumeAttributesClass turns a gp3 class into io2 at 32,000 IOPS: 500 × 0.125 = 62.5 + 32,000 × 0.065 = 2,080
  {
    name: "ebs VolumeAttributesClass io2-gold over a gp3 class",
    provider: "aws",
    provisioner: "ebs.csi.aws.com",
    parameters: { type: "gp3" },
    vac: { type: "io2", iops: "32000" },
    sizeGib: 500,
    components: { capacity: "62.5", iops: "2080" },
    status: "priced",
    monthly: "2142.5",
    product: "ebs-io2",
  },
];

describe("pricing AWS: EBS (CSI and in-tree), EFS, FSx for Lustre, Mountpoint for S3 the way the provider bills them", () => {
  it.each(CASES)("$name", expectCase);
});
