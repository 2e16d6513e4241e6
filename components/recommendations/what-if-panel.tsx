"use client";
import { useState } from "react";
import { useRecommendationWhatIf } from "@/hooks/queries/use-recommendation-what-if";
import { WhatIfResultView } from "./what-if-result";

export interface WhatIfSelection {
  cluster: string;
  /** PersistentVolume names, one per line, as typed. */
  volumesText: string;
}

export const selectedVolumes = (selection: WhatIfSelection) =>
  selection.volumesText
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

const input = "rounded-md border border-slate-300 bg-white px-2 py-1";

/**
 * Move a set of volumes to one of the cluster's StorageClasses, or apply a snapshot retention policy,
 * and see the monthly cost before and after. Computed on request: nothing in a cluster or the
 * database changes.
 */
export function WhatIfPanel(props: {
  clusters: { name: string; storageClasses: string[] }[];
  selection: WhatIfSelection;
  onSelection: (selection: WhatIfSelection) => void;
}) {
  const [mode, setMode] = useState<"move" | "retention">("move");
  const [storageClass, setStorageClass] = useState("");
  const [keepLast, setKeepLast] = useState("14");
  const [keepDays, setKeepDays] = useState("");
  const whatIf = useRecommendationWhatIf();
  const { selection } = props;
  const volumes = selectedVolumes(selection);
  const classes = props.clusters.find((c) => c.name === selection.cluster)?.storageClasses ?? [];
  const run = () => {
    if (mode === "move") {
      whatIf.mutate({ kind: "move", cluster: selection.cluster, volumes, storageClass });
    } else {
      whatIf.mutate({
        kind: "retention",
        cluster: selection.cluster,
        ...(keepLast ? { keepLast: Number(keepLast) } : {}),
        ...(keepDays ? { keepYoungerThanDays: Number(keepDays) } : {}),
      });
    }
  };
  return (
    <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-5" aria-label="What-if">
      <div>
        <h2 className="font-semibold text-lg">What-if</h2>
        <p className="text-slate-500 text-sm">
          The monthly cost before and after, at today's list prices, without changing anything.
        </p>
      </div>
      <div className="flex flex-wrap items-end gap-3 text-sm">
        <label className="flex flex-col gap-1">
          <span className="text-slate-500 text-xs">Change</span>
          <select
            className={input}
            value={mode}
            onChange={(e) => setMode(e.target.value as "move" | "retention")}
            aria-label="What-if change"
          >
            <option value="move">Move volumes to another tier</option>
            <option value="retention">Apply a snapshot retention policy</option>
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="text-slate-500 text-xs">Cluster</span>
          <select
            className={input}
            value={selection.cluster}
            onChange={(e) => props.onSelection({ cluster: e.target.value, volumesText: "" })}
            aria-label="What-if cluster"
          >
            <option value="">Choose a cluster</option>
            {props.clusters.map((c) => (
              <option key={c.name} value={c.name}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        {mode === "move" ? (
          <label className="flex flex-col gap-1">
            <span className="text-slate-500 text-xs">To StorageClass</span>
            <select
              className={input}
              value={storageClass}
              onChange={(e) => setStorageClass(e.target.value)}
              aria-label="Target StorageClass"
            >
              <option value="">Choose a class</option>
              {classes.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <>
            <label className="flex flex-col gap-1">
              <span className="text-slate-500 text-xs">Keep the newest</span>
              <input
                className={`${input} w-24`}
                type="number"
                min={1}
                value={keepLast}
                onChange={(e) => setKeepLast(e.target.value)}
                aria-label="Keep the newest"
              />
            </label>
            <label className="flex flex-col gap-1">
              <span className="text-slate-500 text-xs">and those younger than (days)</span>
              <input
                className={`${input} w-24`}
                type="number"
                min={1}
                value={keepDays}
                onChange={(e) => setKeepDays(e.target.value)}
                aria-label="Keep younger than days"
              />
            </label>
          </>
        )}
        <button
          type="button"
          onClick={run}
          disabled={
            whatIf.isPending ||
            !selection.cluster ||
            (mode === "move" ? !storageClass || volumes.length === 0 : !keepLast && !keepDays)
          }
          className="rounded-md bg-slate-900 px-3 py-1.5 font-medium text-white disabled:opacity-40"
        >
          {whatIf.isPending ? "Computing…" : "Compute"}
        </button>
      </div>
      {mode === "move" && (
        <label className="block text-sm">
          <span className="text-slate-500 text-xs">
            PersistentVolumes, one per line ("Add to what-if" on a recommendation adds its own)
          </span>
          <textarea
            className={`${input} mt-1 block h-24 w-full font-mono text-xs`}
            value={selection.volumesText}
            onChange={(e) => props.onSelection({ ...selection, volumesText: e.target.value })}
            aria-label="What-if volumes"
          />
        </label>
      )}
      {whatIf.error && <p className="text-red-700 text-sm">{whatIf.error.message}</p>}
      {whatIf.data && <WhatIfResultView result={whatIf.data} />}
    </section>
  );
}
