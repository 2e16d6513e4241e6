/**
 * The size tiers Azure bills Premium SSD, Standard SSD and Standard HDD managed disks in: a disk
 * is billed as the smallest tier that holds it (e.g. 33 GiB bills as 64 GiB). Sizes in GiB, from
 * the tier tables Infracost applies (internal/resources/azure/managed_disk.go L66–113, pricing.md
 * [S2]) and Azure's billing increments (PSRule Azure.VM.DiskSizeAlignment).
 */
const SIZES: [number, number][] = [
  [1, 4],
  [2, 8],
  [3, 16],
  [4, 32],
  [6, 64],
  [10, 128],
  [15, 256],
  [20, 512],
  [30, 1024],
  [40, 2048],
  [50, 4096],
  [60, 8192],
  [70, 16384],
  [80, 32767],
];

export type DiskTierFamily = "P" | "E" | "S";

export function diskTiers(family: DiskTierFamily): { label: string; sizeGib: number }[] {
  // Standard HDD starts at S4 (32 GiB).
  const sizes = family === "S" ? SIZES.filter(([n]) => n >= 4) : SIZES;
  return sizes.map(([n, sizeGib]) => ({ label: `${family}${n}`, sizeGib }));
}
