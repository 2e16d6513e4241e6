import type { DemoClusterKey } from "./demo-organisation";
import type { Labels, StorageClassPlan, TierSpeed } from "./demo-plan-types";
import type { DemoClock } from "./demo-time";

/**
 * Each cluster's StorageClasses, with the provisioners and parameters the real CSI drivers take: the
 * costing engine reads the product (gp3, Premium_LRS, pd-ssd...) and its provisioned performance
 * from exactly these parameters.
 */
interface ClassOptions {
  speed: TierSpeed;
  topology?: StorageClassPlan["topology"];
  reclaimPolicy?: StorageClassPlan["reclaimPolicy"];
  bindingMode?: StorageClassPlan["bindingMode"];
  allowExpansion?: boolean;
  isDefault?: boolean;
  createdDaysAgo: number;
}

function storageClass(
  clock: DemoClock,
  name: string,
  provisioner: string,
  parameters: Labels,
  options: ClassOptions,
): StorageClassPlan {
  return {
    name,
    provisioner,
    parameters,
    reclaimPolicy: options.reclaimPolicy ?? "Delete",
    bindingMode: options.bindingMode ?? "WaitForFirstConsumer",
    allowExpansion: options.allowExpansion ?? true,
    isDefault: options.isDefault ?? false,
    createdAt: clock.ago(options.createdDaysAgo, -11),
    topology: options.topology ?? "zonal",
    speed: options.speed,
  };
}

const EBS = "ebs.csi.aws.com";
const AZURE_DISK = "disk.csi.azure.com";
const AZURE_FILE = "file.csi.azure.com";
const GCE_PD = "pd.csi.storage.gke.io";
const FILESTORE = "filestore.csi.storage.gke.io";

function eksClasses(clock: DemoClock): StorageClassPlan[] {
  const encrypted = { encrypted: "true", "csi.storage.k8s.io/fstype": "ext4" };
  return [
    // The class the cluster was born with; still used by older claims.
    storageClass(
      clock,
      "gp2",
      EBS,
      { type: "gp2", "csi.storage.k8s.io/fstype": "ext4" },
      { speed: "slow", createdDaysAgo: 540 },
    ),
    storageClass(
      clock,
      "gp3",
      EBS,
      { type: "gp3", ...encrypted },
      { speed: "slow", isDefault: true, createdDaysAgo: 300 },
    ),
    storageClass(
      clock,
      "gp3-fast",
      EBS,
      { type: "gp3", iops: "6000", throughput: "250", ...encrypted },
      { speed: "slow", createdDaysAgo: 290 },
    ),
    storageClass(
      clock,
      "io2",
      EBS,
      { type: "io2", iopsPerGB: "50", allowAutoIOPSPerGBIncrease: "true", ...encrypted },
      { speed: "slow", reclaimPolicy: "Retain", createdDaysAgo: 280 },
    ),
    storageClass(
      clock,
      "efs-sc",
      "efs.csi.aws.com",
      {
        provisioningMode: "efs-ap",
        fileSystemId: "fs-0c1f5e7a9b3d2468e",
        directoryPerms: "700",
        basePath: "/dynamic_provisioning",
      },
      {
        speed: "slow",
        topology: "regional",
        bindingMode: "Immediate",
        allowExpansion: false,
        createdDaysAgo: 400,
      },
    ),
    // The training datasets' own file system, in Elastic throughput mode: every GB read is billed.
    storageClass(
      clock,
      "efs-datasets",
      "efs.csi.aws.com",
      {
        provisioningMode: "efs-ap",
        fileSystemId: "fs-07d2b94e1a6c3f580",
        directoryPerms: "700",
        basePath: "/datasets",
      },
      {
        speed: "slow",
        topology: "regional",
        bindingMode: "Immediate",
        allowExpansion: false,
        createdDaysAgo: 230,
      },
    ),
    // Mountpoint for S3: buckets mounted by static volumes of this class; every request is billed.
    storageClass(
      clock,
      "s3-mountpoint",
      "s3.csi.aws.com",
      {},
      {
        speed: "slow",
        topology: "regional",
        bindingMode: "Immediate",
        allowExpansion: false,
        createdDaysAgo: 120,
      },
    ),
    storageClass(
      clock,
      "fsx-lustre",
      "fsx.csi.aws.com",
      {
        subnetId: "subnet-0a7c41e9d2b358f16",
        securityGroupIds: "sg-05b2e8f1c7a94d360",
        deploymentType: "PERSISTENT_2",
        perUnitStorageThroughput: "250",
        dataCompressionType: "LZ4",
        fileSystemTypeVersion: "2.15",
        automaticBackupRetentionDays: "0",
      },
      { speed: "fast", bindingMode: "Immediate", createdDaysAgo: 200 },
    ),
    storageClass(
      clock,
      "local-nvme",
      "kubernetes.io/no-provisioner",
      {},
      { speed: "local", topology: "local", allowExpansion: false, createdDaysAgo: 205 },
    ),
  ];
}

function aksClasses(clock: DemoClock): StorageClassPlan[] {
  return [
    storageClass(
      clock,
      "managed-csi",
      AZURE_DISK,
      { skuName: "StandardSSD_LRS" },
      { speed: "slow", isDefault: true, createdDaysAgo: 410 },
    ),
    storageClass(
      clock,
      "managed-csi-premium",
      AZURE_DISK,
      { skuName: "Premium_LRS" },
      { speed: "slow", createdDaysAgo: 410 },
    ),
    storageClass(
      clock,
      "premium-v2",
      AZURE_DISK,
      { skuName: "PremiumV2_LRS", cachingMode: "None", DiskIOPSReadWrite: "12000", DiskMBpsReadWrite: "750" },
      { speed: "fast", createdDaysAgo: 150 },
    ),
    storageClass(
      clock,
      "azurefile-csi",
      AZURE_FILE,
      { skuName: "Standard_LRS" },
      {
        speed: "slow",
        topology: "regional",
        bindingMode: "Immediate",
        createdDaysAgo: 410,
      },
    ),
    storageClass(
      clock,
      "azurefile-csi-premium",
      AZURE_FILE,
      { skuName: "Premium_LRS" },
      { speed: "fast", topology: "regional", bindingMode: "Immediate", createdDaysAgo: 410 },
    ),
    storageClass(
      clock,
      "local-nvme",
      "localdisk.csi.acstor.io",
      {},
      { speed: "local", topology: "local", allowExpansion: false, createdDaysAgo: 120 },
    ),
  ];
}

function gkeClasses(clock: DemoClock): StorageClassPlan[] {
  const file = { topology: "regional" as const };
  return [
    storageClass(
      clock,
      "standard-rwo",
      GCE_PD,
      { type: "pd-balanced" },
      { speed: "slow", isDefault: true, createdDaysAgo: 300 },
    ),
    storageClass(clock, "premium-rwo", GCE_PD, { type: "pd-ssd" }, { speed: "slow", createdDaysAgo: 300 }),
    storageClass(
      clock,
      "hyperdisk-balanced",
      GCE_PD,
      {
        type: "hyperdisk-balanced",
        "provisioned-iops-on-create": "10000",
        "provisioned-throughput-on-create": "800Mi",
      },
      { speed: "fast", createdDaysAgo: 130 },
    ),
    storageClass(
      clock,
      "standard-rwx",
      FILESTORE,
      { tier: "standard", network: "default" },
      { speed: "slow", ...file, createdDaysAgo: 300 },
    ),
    storageClass(
      clock,
      "filestore-basic-ssd",
      FILESTORE,
      { tier: "BASIC_SSD", network: "default" },
      { speed: "slow", ...file, createdDaysAgo: 250 },
    ),
    storageClass(
      clock,
      "filestore-zonal",
      FILESTORE,
      { tier: "ZONAL", network: "default" },
      { speed: "fast", ...file, createdDaysAgo: 110 },
    ),
  ];
}

export function storageClassPlans(key: DemoClusterKey, clock: DemoClock): StorageClassPlan[] {
  if (key === "eks") return eksClasses(clock);
  if (key === "aks") return aksClasses(clock);
  return gkeClasses(clock);
}
