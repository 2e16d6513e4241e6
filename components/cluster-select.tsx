"use client";

import { useId } from "react";

const SELECT = "rounded-md border border-slate-300 bg-white px-2 py-1";

/** The cluster filter of the list pages: every cluster, or one by name. */
export function ClusterSelect(props: {
  clusters: readonly string[];
  value: string | undefined;
  onChange: (cluster: string | undefined) => void;
  /** Show "Cluster" beside it (the default), or rely on its aria-label inside a row of filters. */
  visibleLabel?: boolean;
  className?: string;
}) {
  const id = useId();
  const select = (
    <select
      id={id}
      aria-label="Cluster"
      className={props.className ?? SELECT}
      value={props.value ?? ""}
      onChange={(e) => props.onChange(e.target.value || undefined)}
    >
      <option value="">All clusters</option>
      {props.clusters.map((c) => (
        <option key={c} value={c}>
          {c}
        </option>
      ))}
    </select>
  );
  if (props.visibleLabel === false) return select;
  return (
    <span className="text-sm">
      <label htmlFor={id} className="mr-2 text-slate-500">
        Cluster
      </label>
      {select}
    </span>
  );
}
