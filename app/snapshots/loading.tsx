import { SnapshotsSkeleton } from "@/components/snapshots/snapshots-skeleton";

export default function Loading() {
  return <SnapshotsSkeleton label="Loading snapshot chains…" />;
}
