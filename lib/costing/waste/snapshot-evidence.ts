import { formatBytes } from "../../format";
import { formatAgo, type WasteEvidence } from "./finding";
import type { WasteSnapshot, WasteSnapshotContent } from "./inventory";

export const takenAt = (snapshot: WasteSnapshot) => snapshot.creationTime ?? snapshot.createdAt;

export function retainPatch(contentName: string): string {
  return `kubectl patch volumesnapshotcontent ${contentName} -p '{"spec":{"deletionPolicy":"Delete"}}' --type merge`;
}

/** The facts of one snapshot: when taken, its restore size (not what it costs), its content. */
export function snapshotEvidence(
  snapshot: WasteSnapshot,
  content: WasteSnapshotContent | undefined,
  now: Date,
): WasteEvidence[] {
  const evidence: WasteEvidence[] = [{ label: "Taken", value: formatAgo(takenAt(snapshot), now) }];
  if (snapshot.restoreSizeBytes !== null) {
    evidence.push({
      label: "Restore size",
      value: `${formatBytes(snapshot.restoreSizeBytes)} (the source's size, not what the snapshot is billed for)`,
    });
  }
  if (content) {
    evidence.push({ label: "Content", value: `${content.name} (deletionPolicy ${content.deletionPolicy})` });
  }
  return evidence;
}
