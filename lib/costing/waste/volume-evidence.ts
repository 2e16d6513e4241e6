import { formatBytes } from "../../format";
import type { WasteEvidence } from "./finding";
import type { WasteVolume } from "./inventory";

/** The facts every volume finding shows: what it is, how big, and which disk backs it. */
export function volumeEvidence(volume: WasteVolume): WasteEvidence[] {
  const evidence: WasteEvidence[] = [
    { label: "Capacity", value: formatBytes(volume.capacityBytes) },
    { label: "Storage class", value: volume.storageClassName ?? "(none)" },
    { label: "Reclaim policy", value: volume.reclaimPolicy },
  ];
  if (volume.volumeHandle) evidence.push({ label: "Cloud volume", value: volume.volumeHandle });
  return evidence;
}
