import { MS_PER_DAY } from "../../lib/costing/day-window";
// Dates and spans for the Snapshots pages: UTC days, so the server and the browser render the same.

export const isoDay = (iso: string) => iso.slice(0, 10);
export const isoMinute = (iso: string) => `${iso.slice(0, 16).replace("T", " ")} UTC`;

/** Whole days between two instants. */
export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(to) - Date.parse(from)) / MS_PER_DAY);

/** "ml/data", else the volume handle, else the content: what a person calls the chain. */
export function chainTitle(
  source: {
    claimNamespace: string | null;
    claimName: string | null;
    volumeHandle: string | null;
  },
  chainId: string,
): string {
  if (source.claimNamespace && source.claimName) return `${source.claimNamespace}/${source.claimName}`;
  return source.volumeHandle ?? chainId.replace(/^content:/, "pre-provisioned ");
}
