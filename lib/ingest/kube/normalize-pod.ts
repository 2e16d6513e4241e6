import { Prisma } from "../../db/generated/client";
import type { PodFields, PodVolumeFields } from "./normalized-object";
import { asObject, FieldError, type ObjectReader } from "./object-reader";
import type { ObjectMetadata } from "./read-metadata";

/** `data=dataset,ckpt=checkpoint`: which of a pod's volumes feed it and which take its checkpoints. */
export const VOLUME_ROLES_ANNOTATION = "tierscope.io/volume-roles";
const ROLES = new Set(["dataset", "checkpoint", "scratch", "other"]);

// A MIG slice `nvidia.com/mig-3g.40gb` is 3 of the card's compute slices: 7 on A100, H100 and
// H200, 4 on A30. The pod names only the profile, not the card, so the card is told by the profile:
// A30's (1g.6gb, 2g.12gb, 4g.24gb, NVIDIA MIG user guide) exist on no 7-slice card.
const MIG_RESOURCE = /^nvidia\.com\/mig-(\d)g\.(\d+)gb(\.me)?$/;
const A30_PROFILES = new Set(["1g.6gb", "2g.12gb", "4g.24gb"]);

/** The compute slices of the card a MIG profile ("3g.40gb") is cut from: 4 for A30's profiles, else 7. */
export function migSlicesPerCard(profile: string): number {
  return A30_PROFILES.has(profile) ? 4 : 7;
}

interface GpuRequest {
  cards: Prisma.Decimal;
  resourceName: string | null;
}

// Extended resources are whole numbers (Kubernetes refuses fractions), and one pod runs on one
// node: no real pod asks for more GPUs (or MIG slices) than the largest node carries, a few times over.
const MAX_GPUS_PER_CONTAINER = 64;

function containerGpus(r: ObjectReader, container: Record<string, unknown>, path: string): GpuRequest {
  const resources = asObject(container.resources);
  // Extended resources are requested through limits (requests, if set, must equal them).
  const amounts = { ...(asObject(resources?.requests) ?? {}), ...(asObject(resources?.limits) ?? {}) };
  let cards = new Prisma.Decimal(0);
  let resourceName: string | null = null;
  for (const [name, amount] of Object.entries(amounts)) {
    const mig = MIG_RESOURCE.exec(name);
    if (name !== "nvidia.com/gpu" && name !== "nvidia.com/gpu.shared" && !mig) continue;
    const count = new Prisma.Decimal(
      r.count(`${path}.resources.limits.${name}`, MAX_GPUS_PER_CONTAINER, amount ?? "") ?? 0,
    );
    cards = cards.plus(
      mig ? count.times(Number(mig[1])).dividedBy(migSlicesPerCard(`${mig[1]}g.${mig[2]}gb`)) : count,
    );
    resourceName = name;
  }
  return { cards, resourceName };
}

/** The pod's GPUs: its containers' sum, or its largest init container if that is more (as the scheduler counts). */
function podGpus(r: ObjectReader): GpuRequest {
  let total: GpuRequest = { cards: new Prisma.Decimal(0), resourceName: null };
  r.array("spec.containers").forEach((c, i) => {
    const gpus = containerGpus(r, asObject(c) ?? {}, `spec.containers[${i}]`);
    total = { cards: total.cards.plus(gpus.cards), resourceName: gpus.resourceName ?? total.resourceName };
  });
  r.array("spec.initContainers").forEach((c, i) => {
    const gpus = containerGpus(r, asObject(c) ?? {}, `spec.initContainers[${i}]`);
    if (gpus.cards.greaterThan(total.cards)) total = gpus;
  });
  return total;
}

function volumeRoles(annotation: string | undefined): Map<string, string> {
  const roles = new Map<string, string>();
  for (const pair of (annotation ?? "").split(",")) {
    const [volume, role] = pair.split("=").map((s) => s.trim());
    if (volume && role) {
      if (!ROLES.has(role)) {
        throw new FieldError(
          `metadata.annotations.${VOLUME_ROLES_ANNOTATION}`,
          `unknown volume role "${role}"`,
        );
      }
      roles.set(volume, role);
    }
  }
  return roles;
}

export function normalizePodVolumes(
  r: ObjectReader,
  podName: string,
  roles: Map<string, string>,
): PodVolumeFields[] {
  return r.array("spec.volumes").map((v, i) => {
    const volume = asObject(v) ?? {};
    const volumeName = typeof volume.name === "string" ? volume.name : "";
    if (!volumeName) throw new FieldError(`spec.volumes[${i}].name`, "is missing");
    const pvc = asObject(volume.persistentVolumeClaim);
    const emptyDir = asObject(volume.emptyDir);
    const type = pvc
      ? "persistentVolumeClaim"
      : volume.ephemeral
        ? "ephemeral"
        : emptyDir
          ? "emptyDir"
          : volume.hostPath
            ? "hostPath"
            : "other";
    // A generic ephemeral volume's claim is named <pod>-<volume> by Kubernetes.
    const claimName =
      type === "persistentVolumeClaim"
        ? String(pvc?.claimName ?? "")
        : type === "ephemeral"
          ? `${podName}-${volumeName}`
          : null;
    if (claimName === "")
      throw new FieldError(`spec.volumes[${i}].persistentVolumeClaim.claimName`, "is missing");
    return {
      volumeName,
      type,
      claimName,
      readOnly: pvc?.readOnly === true,
      sizeLimitBytes: emptyDir ? r.bytes(`spec.volumes[${i}].emptyDir.sizeLimit`, emptyDir.sizeLimit) : null,
      role: (roles.get(volumeName) ?? null) as PodVolumeFields["role"],
    };
  });
}

/** Deployment pods are owned by a ReplicaSet named <deployment>-<pod-template-hash>. */
function workloadOf(
  owner: { kind: string; name: string } | null,
  labels: Record<string, string>,
  podName: string,
) {
  if (!owner) return { kind: "Pod", name: podName };
  const hash = labels["pod-template-hash"];
  if (owner.kind === "ReplicaSet" && hash && owner.name.endsWith(`-${hash}`)) {
    return { kind: "Deployment", name: owner.name.slice(0, -hash.length - 1) };
  }
  return owner;
}

export function normalizePod(
  r: ObjectReader,
  meta: ObjectMetadata,
): { fields: PodFields; volumes: PodVolumeFields[] } {
  const labels = r.stringMap("metadata.labels");
  const annotations = r.stringMap("metadata.annotations");
  const owner = r.controller();
  const workload = workloadOf(owner, labels, meta.name);
  const phase = r.oneOf(
    "status.phase",
    ["Pending", "Running", "Succeeded", "Failed", "Unknown"] as const,
    "Pending",
  );
  let finishedAt: Date | null = null;
  if (phase === "Succeeded" || phase === "Failed") {
    r.array("status.containerStatuses").forEach((_, i) => {
      const at = r.time(`status.containerStatuses.${i}.state.terminated.finishedAt`);
      if (at && (!finishedAt || at > finishedAt)) finishedAt = at;
    });
  }
  const gpus = podGpus(r);
  return {
    fields: {
      ...meta.common,
      namespace: meta.namespace as string,
      nodeName: r.string("spec.nodeName"),
      phase: phase as PodFields["phase"],
      startedAt: r.time("status.startTime"),
      finishedAt,
      ownerKind: owner?.kind ?? null,
      ownerName: owner?.name ?? null,
      workloadKind: workload.kind,
      workloadName: workload.name,
      gpuRequest: gpus.cards.toString(),
      gpuResourceName: gpus.resourceName,
      labels,
      annotations,
    },
    volumes: normalizePodVolumes(r, meta.name, volumeRoles(annotations[VOLUME_ROLES_ANNOTATION])),
  };
}
