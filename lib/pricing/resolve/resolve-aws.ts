import { Dec } from "../decimal";
import { known, param, positiveNumber, product, unknown } from "./params";
import type { Performance, Resolution, ResolveInput } from "./types";

// IOPS limits of the EBS CSI driver (aws-ebs-csi-driver pkg/cloud/cloud.go, capIOPS and its
// constants; docs/parameters.md): min total IOPS, max total IOPS, max IOPS per GiB. Below the min
// the driver errors unless allowAutoIOPSPerGBIncrease raises it; above the ratio it caps, explicit
// `iops` included. The max totals are the driver's fallbacks (gp3FallbackMaxIOPS = 16,000): current
// drivers learn the zone's real maximum from EC2 (its parser's example: gp3 "maximum is 80000").
// So an explicit `iops` is not held to them: EC2 validates it and Tierscope prices what is
// provisioned. Only iopsPerGB × size, which the driver computes itself, is capped at them.
const IOPS_LIMITS: Record<string, { min: number; max: number; maxPerGib: number }> = {
  io1: { min: 100, max: 64000, maxPerGib: 50 },
  io2: { min: 100, max: 64000, maxPerGib: 500 },
  "io2-block-express": { min: 100, max: 256000, maxPerGib: 500 },
  gp3: { min: 3000, max: 16000, maxPerGib: 500 },
};
const EBS_TYPES = new Set(["gp2", "gp3", "io1", "io2", "st1", "sc1", "standard"]);
const GIB = new Dec(2).pow(30);

export function resolveEbs(input: ResolveInput, inTree: boolean): Resolution {
  const sc = input.storageClass?.parameters;
  const vac = input.volumeAttributesClass?.parameters;
  // Legacy PVC/PV annotations of the EBS driver (ebs.csi.aws.com/iops, /throughput, /volumeType).
  const ann = annotationParams(input.volume?.annotations);
  const maps = [sc, vac, ann];
  const notes: string[] = [];
  let type = param(maps, "type")?.toLowerCase();
  if (!type) {
    // ebs.csi.aws.com defaults to gp3 (docs/parameters.md); the in-tree plugin to gp2 (OpenCost
    // pkg/cloud/aws/provider.go L76–79 keeps the same defaults).
    type = inTree ? "gp2" : "gp3";
    notes.push(`type not set: the ${inTree ? "in-tree plugin" : "EBS CSI driver"} default ${type}`);
  }
  if (vac && param([vac], "type"))
    notes.push(`type from VolumeAttributesClass ${input.volumeAttributesClass?.name}`);
  if (!EBS_TYPES.has(type)) {
    return {
      kind: "unknown",
      label: `EBS ${type}`,
      reason: `EBS volume type "${type}" is not priced by Tierscope`,
      notes,
    };
  }
  if (type === "gp3") {
    return product(input, "aws", "ebs-gp3", {
      iops: ebsIops(input, maps, "gp3", notes) ?? known(new Dec(3000), "gp3 baseline (iops not set)"),
      throughput: ebsThroughput(maps),
      snapshotProduct: "ebs-snapshot",
      notes,
    });
  }
  if (type === "io1" || type === "io2") {
    const limits = type === "io2" && param(maps, "blockExpress") === "true" ? "io2-block-express" : type;
    return product(input, "aws", `ebs-${type}`, {
      iops:
        ebsIops(input, maps, limits, notes) ??
        unknown(`iops not set: EC2 requires provisioned IOPS for ${type}; give the class iops or iopsPerGB`),
      snapshotProduct: "ebs-snapshot",
      notes,
    });
  }
  return product(input, "aws", `ebs-${type}`, { snapshotProduct: "ebs-snapshot", notes });
}

function annotationParams(annotations: Record<string, string> | undefined) {
  if (!annotations) return undefined;
  const out: Record<string, string> = {};
  for (const key of ["iops", "throughput", "volumeType"]) {
    const value = annotations[`ebs.csi.aws.com/${key}`];
    if (value) out[key === "volumeType" ? "type" : key] = value;
  }
  return out;
}

function ebsIops(
  input: ResolveInput,
  maps: (Record<string, string> | undefined)[],
  limitsKey: string,
  notes: string[],
): Performance | null {
  const limits = IOPS_LIMITS[limitsKey] as { min: number; max: number; maxPerGib: number };
  const explicit = positiveNumber(param(maps, "iops"));
  const perGib = positiveNumber(param(maps, "iopsPerGB"));
  const bytes = input.volume?.capacityBytes;
  const sizeGib = bytes ? new Dec(bytes.toString()).div(GIB) : null;
  let iops: Dec;
  let source: string;
  if (explicit) {
    iops = explicit;
    source = `iops ${explicit}`;
  } else if (perGib) {
    if (!sizeGib) return unknown(`iopsPerGB ${perGib}: the IOPS depend on the volume's size`);
    iops = perGib.times(sizeGib).floor();
    source = `iopsPerGB ${perGib} × ${sizeGib} GiB`;
    if (iops.lt(limits.min)) {
      if (param(maps, "allowAutoIOPSPerGBIncrease") !== "true") {
        return unknown(
          `iopsPerGB × size = ${iops} is below the minimum ${limits.min}: the driver refuses it`,
        );
      }
      notes.push(`IOPS raised to the minimum ${limits.min} (allowAutoIOPSPerGBIncrease)`);
      iops = new Dec(limits.min);
    }
  } else {
    return null;
  }
  // The IOPS-per-GiB ratio caps an explicit request too (capIOPS); the total maximum only iopsPerGB.
  const caps = [
    ...(explicit ? [] : [new Dec(limits.max)]),
    ...(sizeGib ? [sizeGib.times(limits.maxPerGib).floor()] : []),
  ];
  if (caps.length === 0) return known(iops, source);
  const cap = Dec.min(...caps);
  if (iops.gt(cap)) {
    notes.push(`IOPS capped at ${cap} by the EBS CSI driver (requested ${iops})`);
    iops = cap;
  }
  return known(iops, source);
}

function ebsThroughput(maps: (Record<string, string> | undefined)[]): Performance {
  const value = positiveNumber(param(maps, "throughput"));
  // "If empty, it will set to 125MiB/s" (aws-ebs-csi-driver docs/parameters.md).
  return value ? known(value, `throughput ${value} MiB/s`) : known(new Dec(125), "gp3 default 125 MiB/s");
}

export function resolveEfs(input: ResolveInput): Resolution {
  return product(input, "aws", "efs-standard", {
    notes: [
      "EFS bills the bytes stored, not the claim's size",
      "storage class and throughput mode are settings of the file system, not the StorageClass: priced as EFS Standard",
    ],
  });
}

const FSX_THROUGHPUT: Record<string, string[]> = {
  persistent_1: ["50", "100", "200"],
  "persistent_1-hdd": ["12", "40"],
  persistent_2: ["125", "250", "500", "1000"],
};

export function resolveFsx(input: ResolveInput): Resolution {
  const sc = input.storageClass?.parameters;
  const notes: string[] = [];
  // The FSx CSI driver's deploymentType defaults to SCRATCH_1.
  const deployment = (param([sc], "deploymentType") ?? "SCRATCH_1").toLowerCase();
  if (!param([sc], "deploymentType"))
    notes.push("deploymentType not set: the FSx CSI driver default SCRATCH_1");
  if (deployment === "scratch_1" || deployment === "scratch_2") {
    return product(input, "aws", `fsx-lustre-${deployment.replace("_", "-")}`, { notes });
  }
  const hdd = param([sc], "storageType")?.toUpperCase() === "HDD";
  const key = hdd ? `${deployment}-hdd` : deployment;
  const allowed = FSX_THROUGHPUT[key];
  const throughput = param([sc], "perUnitStorageThroughput");
  if (!allowed) {
    return {
      kind: "unknown",
      label: "FSx for Lustre",
      reason: `deploymentType ${deployment} is not priced`,
      notes,
    };
  }
  if (!throughput || !allowed.includes(throughput)) {
    return {
      kind: "unknown",
      label: "FSx for Lustre",
      reason: `perUnitStorageThroughput must be one of ${allowed.join(", ")} for ${key.toUpperCase()} (got ${throughput ?? "nothing"})`,
      notes,
    };
  }
  const id = `fsx-lustre-${deployment.replace("_", "-")}${hdd ? "-hdd" : ""}-${throughput}`;
  return product(input, "aws", id, { notes });
}

export function resolveS3(input: ResolveInput): Resolution {
  return product(input, "aws", "s3-standard", {
    notes: [
      "Mountpoint for S3 bills the objects stored, not the claim's size",
      "the bucket's storage class is not in Kubernetes: priced as S3 Standard",
    ],
  });
}
