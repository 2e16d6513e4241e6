import type { WorklistVolume } from "@/lib/costing/worklist/build-cleanup-worklist";

export interface WorklistLink {
  label: string;
  href: string;
}

function search(path: string, params: Record<string, string | null>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== null) query.set(key, value);
  return `${path}?${query}`;
}

/**
 * Where one volume of a worklist row is explained: a PersistentVolume's page and its cost facts;
 * a claim whose volume the finding does not name, the Volumes list searched for the claim and the
 * facts of its namespace.
 */
export function worklistVolumeLinks(clusterName: string, volume: WorklistVolume): WorklistLink[] {
  const cluster = encodeURIComponent(clusterName);
  if (volume.uid !== null) {
    return [
      { label: "volume", href: `/volumes/${cluster}/${encodeURIComponent(volume.uid)}` },
      { label: "facts", href: search("/showback/facts", { cluster: clusterName, resourceUid: volume.uid }) },
    ];
  }
  return [
    {
      label: "volume",
      href: search("/volumes", { cluster: clusterName, namespace: volume.namespace, search: volume.name }),
    },
    {
      label: "facts",
      href: search("/showback/facts", { cluster: clusterName, namespace: volume.namespace }),
    },
  ];
}

/** A row about no volume (a snapshot or a snapshot chain) links to its cluster's snapshots. */
export function snapshotsLink(clusterName: string): WorklistLink {
  return { label: "snapshots", href: search("/snapshots", { cluster: clusterName }) };
}

/** One volume's identity across the list: its cluster and PV uid, or a claim's namespace and name. */
export function volumeKey(clusterName: string, volume: WorklistVolume): string {
  return volume.uid !== null
    ? `${clusterName}/${volume.uid}`
    : `${clusterName}/${volume.namespace ?? ""}/${volume.name}`;
}
