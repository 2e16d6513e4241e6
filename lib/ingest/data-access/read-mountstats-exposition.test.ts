import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DataAccessInputError } from "./data-access-reading";
import { readMountstatsExposition } from "./read-mountstats-exposition";

const fixture = readFileSync(new URL("./fixtures/node-a-mountstats.prom", import.meta.url), "utf8");
const EXPORT = "fs-0a1b2c3d.efs.us-east-1.amazonaws.com:/";

describe("readMountstatsExposition", () => {
  it("reads the NFS byte and operation counters of a node_exporter scrape, per export and time", () => {
    const readings = readMountstatsExposition(fixture, { source: "node-a.prom", node: "node-a" });
    const summary = readings.map((r) => `${r.node} ${r.target} ${r.metric} ${r.at.toISOString()} ${r.value}`);
    expect(summary.sort()).toEqual(
      [
        `node-a ${EXPORT} operations 2026-11-10T00:00:00.000Z 42160`,
        `node-a ${EXPORT} read_bytes 2026-11-10T00:00:00.000Z 5368709120`,
        `node-a ${EXPORT} read_bytes 2026-11-10T12:00:00.000Z 16106127360`,
        `node-a ${EXPORT} write_bytes 2026-11-10T00:00:00.000Z 1073741824`,
      ].sort(),
    );
    expect(readings.every((r) => r.source === "node_mountstats" && r.periodSeconds === null)).toBe(true);
  });

  it("takes the node from a node label when a Prometheus query added one", () => {
    const line = `node_mountstats_nfs_total_read_bytes_total{export="${EXPORT}",node="gpu-7"} 10 1794268800000`;
    expect(readMountstatsExposition(line, { source: "q.prom" })[0]?.node).toBe("gpu-7");
  });

  it("refuses a scrape with no node and no --node, naming the line", () => {
    const line = `node_mountstats_nfs_total_read_bytes_total{export="${EXPORT}"} 10 1794268800000`;
    expect(() => readMountstatsExposition(line, { source: "q.prom" })).toThrow(/q\.prom:1: node:/);
  });

  it("refuses a negative or fractional counter and a sample with no time", () => {
    const bad = `node_mountstats_nfs_total_read_bytes_total{export="${EXPORT}"} -1 1794268800000`;
    expect(() => readMountstatsExposition(bad, { source: "b.prom", node: "n" })).toThrow(
      DataAccessInputError,
    );
    const untimed = `node_mountstats_nfs_total_read_bytes_total{export="${EXPORT}"} 10`;
    expect(() => readMountstatsExposition(untimed, { source: "u.prom", node: "n" })).toThrow(
      /u\.prom:1: timestamp/,
    );
    expect(
      readMountstatsExposition(untimed, {
        source: "u.prom",
        node: "n",
        at: new Date("2026-11-10T06:00:00Z"),
      })[0]?.at,
    ).toEqual(new Date("2026-11-10T06:00:00Z"));
  });
});
