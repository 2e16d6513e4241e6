import type { StorageClassInput } from "../../pricing/resolve/types";
import type { RecommendationInventory } from "./inventory";

/**
 * The cluster's own StorageClass for a target, when it has one (same provisioner, the parameters the
 * target needs); otherwise the class the fix has to create, with its manifest.
 */
export function targetStorageClass(
  inventory: RecommendationInventory,
  wanted: StorageClassInput,
  matches: (parameters: Record<string, string>) => boolean,
): { storageClass: StorageClassInput; manifest: string[] | null } {
  const own = inventory.storageClasses.find(
    (sc) => sc.provisioner === wanted.provisioner && matches(sc.parameters),
  );
  if (own) return { storageClass: own, manifest: null };
  return {
    storageClass: wanted,
    manifest: [
      "apiVersion: storage.k8s.io/v1",
      "kind: StorageClass",
      "metadata:",
      `  name: ${wanted.name}`,
      `provisioner: ${wanted.provisioner}`,
      "parameters:",
      ...Object.entries(wanted.parameters).map(([key, value]) => `  ${key}: "${value}"`),
      "volumeBindingMode: WaitForFirstConsumer",
      "allowVolumeExpansion: true",
    ],
  };
}

/** Case-insensitive parameter equality, as the CSI drivers read them. */
export const paramIs = (parameters: Record<string, string>, key: string, value: string) =>
  Object.entries(parameters).some(
    ([k, v]) => k.toLowerCase() === key.toLowerCase() && v.toLowerCase() === value.toLowerCase(),
  );
