import { MS_PER_DAY } from "../costing/day-window";
import type { DemoFleet } from "./demo-fleet-types";
import { generateDemoFleet } from "./generate-demo-fleet";

/**
 * Shared by the demo fleet's tests (not a test itself): one fleet per test file, generated for a
 * fixed instant, plus small accessors for the Prisma input types' `Date | string` unions.
 */
export const NOW = new Date(Date.UTC(2026, 2, 15, 13, 45, 12));
export const ANCHOR_MS = Date.UTC(2026, 2, 15);
export const DAY = MS_PER_DAY;

let cached: DemoFleet | undefined;

export function demoFleet(): DemoFleet {
  cached ??= generateDemoFleet({ now: NOW });
  return cached;
}

/** Milliseconds of a date column; NaN for null/undefined so comparisons with it fail loudly. */
export function ms(value: Date | string | null | undefined): number {
  if (value === null || value === undefined) return Number.NaN;
  return new Date(value).getTime();
}

export function daysAgo(value: Date | string | null | undefined): number {
  return (ANCHOR_MS - ms(value)) / DAY;
}

export function clusterIdByName(name: string): string {
  const cluster = demoFleet().clusters.find((row) => row.name === name);
  if (!cluster?.id) throw new Error(`no demo cluster ${name}`);
  return cluster.id;
}

/** `clusterId/namespace/name` keys, the way the tests join objects that Kubernetes links by name. */
export const key = (...parts: (string | null | undefined)[]) => parts.join("/");
