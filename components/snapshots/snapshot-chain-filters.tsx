"use client";
import type { ChainFlag, ChainSort } from "@/lib/services/snapshots/snapshot-chain-options";

const FLAG_LABEL: Record<ChainFlag, string> = {
  orphaned: "Orphaned (either)",
  retained: "Retain, no VolumeSnapshot",
  "source-gone": "Source PVC gone",
  unallocated: "Unallocated cost",
};

const SORT_LABEL: Record<ChainSort, string> = {
  cost: "Run-rate, highest first",
  snapshots: "Snapshots, most first",
  oldest: "Oldest first",
};

export interface ChainFilterValues {
  cluster?: string;
  namespace?: string;
  flag?: ChainFlag;
  sort: ChainSort;
}

function Select(props: {
  label: string;
  value: string;
  options: [string, string][];
  onChange: (value: string) => void;
}) {
  return (
    <label className="text-sm">
      <span className="mb-1 block text-slate-500 text-xs">{props.label}</span>
      <select
        className="rounded-md border border-slate-300 bg-white px-2 py-1"
        value={props.value}
        aria-label={props.label}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The chains list's filters; each change is a new URL (page 1). */
export function SnapshotChainFilters(props: {
  values: ChainFilterValues;
  clusters: string[];
  namespaces: string[];
  onChange: (next: Partial<ChainFilterValues>) => void;
}) {
  const { values } = props;
  return (
    <div className="flex flex-wrap items-end gap-4" data-testid="snapshot-filters">
      <Select
        label="Cluster"
        value={values.cluster ?? ""}
        options={[["", "All clusters"], ...props.clusters.map((c): [string, string] => [c, c])]}
        onChange={(v) => props.onChange({ cluster: v || undefined, namespace: undefined })}
      />
      <Select
        label="Namespace"
        value={values.namespace ?? ""}
        options={[["", "All namespaces"], ...props.namespaces.map((n): [string, string] => [n, n])]}
        onChange={(v) => props.onChange({ namespace: v || undefined })}
      />
      <Select
        label="Flag"
        value={values.flag ?? ""}
        options={[["", "Any"], ...Object.entries(FLAG_LABEL)]}
        onChange={(v) => props.onChange({ flag: (v || undefined) as ChainFlag | undefined })}
      />
      <Select
        label="Sort"
        value={values.sort}
        options={Object.entries(SORT_LABEL)}
        onChange={(v) => props.onChange({ sort: v as ChainSort })}
      />
    </div>
  );
}
