import { describe, expect, it } from "vitest";
import { daysAgo, demoFleet, key } from "./demo-fleet-fixture";

/** The organisation, its clusters and what they run, in the formats real clusters use. */
const fleet = demoFleet();
const clusterNamed = (name: string) => fleet.clusters.find((c) => c.name === name)?.id;
const classOf = (cluster: string, name: string) =>
  fleet.storageClasses.find((sc) => sc.clusterId === clusterNamed(cluster) && sc.name === name);
const params = (cluster: string, name: string) =>
  classOf(cluster, name)?.parameters as Record<string, string> | undefined;

describe("demo fleet organisation", () => {
  it("is Acme AI with five teams, each with a cost centre", () => {
    expect(fleet.organization).toMatchObject({ slug: "acme-ai", name: "Acme AI" });
    expect(fleet.teams.map((t) => t.slug)).toEqual([
      "llm-research",
      "vision",
      "recsys",
      "inference",
      "data-platform",
    ]);
    for (const team of fleet.teams) expect(team.costCentre).toMatch(/^CC-\d+$/);
  });

  it("has three clusters on three clouds", () => {
    expect(fleet.clusters.map((c) => [c.name, c.provider, c.region])).toEqual([
      ["prod-eks-use1", "aws", "us-east-1"],
      ["prod-aks-eastus", "azure", "eastus"],
      ["ml-gke-usc1", "gcp", "us-central1"],
    ]);
  });

  it("labels team namespaces team=<slug> and cost-centre=<cc>, allocated from the label", () => {
    const teams = new Map(fleet.teams.map((t) => [t.id, t]));
    for (const ns of fleet.namespaces.filter((row) => row.teamId)) {
      const team = teams.get(ns.teamId ?? "");
      expect(ns.labels).toMatchObject({ team: team?.slug, "cost-centre": team?.costCentre });
      expect([ns.teamSource, ns.costCentre]).toEqual(["label:team", team?.costCentre]);
    }
  });

  it("leaves kube-system and platform unowned in every cluster", () => {
    for (const cluster of fleet.clusters) {
      const unowned = fleet.namespaces
        .filter((ns) => ns.clusterId === cluster.id && !ns.teamId)
        .map((ns) => ns.name);
      expect(unowned.sort()).toEqual(["kube-system", "platform"]);
    }
  });

  it("has training, inference and data namespaces on every cluster, and one created this quarter", () => {
    for (const cluster of fleet.clusters) {
      const teams = fleet.namespaces
        .filter((ns) => ns.clusterId === cluster.id)
        .map((ns) => (ns.labels as Record<string, string>).team);
      expect(teams).toEqual(expect.arrayContaining(["inference", "data-platform"]));
      expect(teams.some((team) => team === "llm-research" || team === "recsys" || team === "vision")).toBe(
        true,
      );
    }
    expect(fleet.namespaces.some((ns) => !ns.deletedAt && daysAgo(ns.createdAt) < 90)).toBe(true);
  });
});

describe("demo fleet storage classes", () => {
  it("uses the EBS, EFS and FSx drivers' own parameters on EKS", () => {
    expect(params("prod-eks-use1", "gp2")).toMatchObject({ type: "gp2" });
    expect(classOf("prod-eks-use1", "gp3")).toMatchObject({
      provisioner: "ebs.csi.aws.com",
      isDefault: true,
      parameters: { type: "gp3" },
    });
    expect(params("prod-eks-use1", "gp3-fast")).toMatchObject({
      type: "gp3",
      iops: "6000",
      throughput: "250",
    });
    expect(params("prod-eks-use1", "io2")).toMatchObject({ type: "io2", iopsPerGB: "50" });
    expect(params("prod-eks-use1", "efs-sc")).toMatchObject({
      provisioningMode: "efs-ap",
      fileSystemId: expect.stringMatching(/^fs-[0-9a-f]{17}$/),
    });
    expect(params("prod-eks-use1", "fsx-lustre")).toMatchObject({
      deploymentType: "PERSISTENT_2",
      perUnitStorageThroughput: "250",
    });
    expect(classOf("prod-eks-use1", "local-nvme")?.provisioner).toBe("kubernetes.io/no-provisioner");
  });

  it("uses the Azure disk, Azure Files and local NVMe drivers on AKS", () => {
    expect(classOf("prod-aks-eastus", "managed-csi-premium")).toMatchObject({
      provisioner: "disk.csi.azure.com",
      parameters: { skuName: "Premium_LRS" },
    });
    expect(params("prod-aks-eastus", "premium-v2")).toMatchObject({
      skuName: "PremiumV2_LRS",
      DiskIOPSReadWrite: "12000",
      DiskMBpsReadWrite: "750",
    });
    expect(params("prod-aks-eastus", "managed-csi")).toMatchObject({ skuName: "StandardSSD_LRS" });
    expect(classOf("prod-aks-eastus", "azurefile-csi")).toMatchObject({
      provisioner: "file.csi.azure.com",
      parameters: { skuName: "Standard_LRS" },
    });
    expect(params("prod-aks-eastus", "azurefile-csi-premium")).toMatchObject({ skuName: "Premium_LRS" });
    expect(classOf("prod-aks-eastus", "local-nvme")?.provisioner).toBe("localdisk.csi.acstor.io");
  });

  it("uses the PD and Filestore drivers on GKE", () => {
    expect(params("ml-gke-usc1", "standard-rwo")).toEqual({ type: "pd-balanced" });
    expect(params("ml-gke-usc1", "premium-rwo")).toEqual({ type: "pd-ssd" });
    expect(params("ml-gke-usc1", "hyperdisk-balanced")).toMatchObject({
      type: "hyperdisk-balanced",
      "provisioned-iops-on-create": "10000",
    });
    expect(classOf("ml-gke-usc1", "filestore-zonal")).toMatchObject({
      provisioner: "filestore.csi.storage.gke.io",
      parameters: { tier: "ZONAL" },
    });
    expect(params("ml-gke-usc1", "filestore-basic-ssd")).toMatchObject({ tier: "BASIC_SSD" });
  });

  it("marks exactly one default StorageClass per cluster, annotated as Kubernetes does", () => {
    for (const cluster of fleet.clusters) {
      const defaults = fleet.storageClasses.filter((sc) => sc.clusterId === cluster.id && sc.isDefault);
      expect(defaults).toHaveLength(1);
      expect(defaults[0]?.annotations).toEqual({ "storageclass.kubernetes.io/is-default-class": "true" });
    }
  });

  it("has a Delete and a Retain VolumeSnapshotClass per cluster; Azure's incremental", () => {
    for (const cluster of fleet.clusters) {
      const policies = fleet.volumeSnapshotClasses
        .filter((c) => c.clusterId === cluster.id)
        .map((c) => c.deletionPolicy);
      expect(policies.sort()).toEqual(["Delete", "Retain"]);
    }
    const azure = fleet.volumeSnapshotClasses.filter((c) => c.driver === "disk.csi.azure.com");
    for (const vsc of azure) expect(vsc.parameters).toEqual({ incremental: "true" });
  });

  it("keeps Filestore shares at 1 TiB or more, and every volume between 100 GiB and 10 TiB", () => {
    const gib = 1024n ** 3n;
    for (const pv of fleet.persistentVolumes.filter((row) => row.csiDriver)) {
      expect(pv.capacityBytes).toBeGreaterThanOrEqual(100n * gib);
      expect(pv.capacityBytes).toBeLessThanOrEqual(10240n * gib);
      if (pv.csiDriver === "filestore.csi.storage.gke.io")
        expect(pv.capacityBytes).toBeGreaterThanOrEqual(1024n * gib);
    }
  });

  it("names dynamically provisioned volumes pvc-<claim uid>, with provider volume handles", () => {
    const handles: Record<string, RegExp> = {
      "ebs.csi.aws.com": /^vol-0[0-9a-f]{16}$/,
      "disk.csi.azure.com":
        /^\/subscriptions\/[0-9a-f-]{36}\/resourceGroups\/MC_[^/]+\/providers\/Microsoft\.Compute\/disks\/pvc-/,
      "pd.csi.storage.gke.io": /^projects\/acme-ml-prod\/zones\/us-central1-[a-c]\/disks\/pvc-/,
      "efs.csi.aws.com": /^fs-[0-9a-f]{17}::fsap-[0-9a-f]{17}$/,
    };
    const claims = new Map(fleet.persistentVolumeClaims.map((pvc) => [key(pvc.clusterId, pvc.uid), pvc]));
    for (const pv of fleet.persistentVolumes.filter((row) => row.name.startsWith("pvc-"))) {
      expect(pv.name).toBe(`pvc-${pv.claimUid}`);
      expect(claims.get(key(pv.clusterId, pv.claimUid))?.volumeName).toBe(pv.name);
      const pattern = handles[pv.csiDriver ?? ""];
      if (pattern) expect(pv.volumeHandle).toMatch(pattern);
    }
  });
});

describe("demo fleet nodes", () => {
  it("uses real GPU instance types with GPU Feature Discovery labels", () => {
    const expected: Record<string, [string, number]> = {
      "p4d.24xlarge": ["NVIDIA-A100-SXM4-40GB", 8],
      "p5.48xlarge": ["NVIDIA-H100-80GB-HBM3", 8],
      "g5.xlarge": ["NVIDIA-A10G", 1],
      Standard_ND96asr_v4: ["NVIDIA-A100-SXM4-40GB", 8],
      Standard_NC24ads_A100_v4: ["NVIDIA-A100-80GB-PCIe", 1],
      "a2-highgpu-8g": ["NVIDIA-A100-SXM4-40GB", 8],
      "a3-highgpu-8g": ["NVIDIA-H100-80GB-HBM3", 8],
      "g2-standard-8": ["NVIDIA-L4", 1],
    };
    for (const [instanceType, [product, count]] of Object.entries(expected)) {
      const nodes = fleet.nodes.filter((node) => node.instanceType === instanceType);
      expect(nodes.length, instanceType).toBeGreaterThan(0);
      for (const node of nodes) {
        expect([node.gpuModel, node.gpuCount]).toEqual([product, count]);
        expect(node.labels).toMatchObject({
          "node.kubernetes.io/instance-type": instanceType,
          "nvidia.com/gpu.product": product,
          "nvidia.com/gpu.count": String(count),
          "topology.kubernetes.io/zone": node.zone,
          "topology.kubernetes.io/region": node.region,
        });
      }
    }
  });

  it("has CPU nodes with no GPUs, and spot nodes", () => {
    expect(fleet.nodes.some((node) => node.instanceType?.startsWith("m6i.") && node.gpuCount === 0)).toBe(
      true,
    );
    expect(fleet.nodes.filter((node) => node.capacityType === "spot").length).toBeGreaterThan(2);
    for (const node of fleet.nodes) expect(node.nodePool).toBeTruthy();
  });
});
