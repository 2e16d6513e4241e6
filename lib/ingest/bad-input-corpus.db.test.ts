import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { describeCliError } from "../cli/describe-cli-error";
import { refreshPrices } from "../cli/prices/refresh-prices";
import type { Db } from "../db/prisma";
import { normalizeSamples } from "../ingest/metrics/normalize-samples";
import { readMetricFiles } from "../ingest/metrics/read-metric-files";
import { ensureCluster } from "../queries/clusters/ensure-cluster";
import { storeMetricSamples } from "../queries/metrics/store-metric-samples";
import { importKubeObjects } from "../services/ingest/import-kube-objects";
import { BAD_INPUT_CORPUS, type CorpusCase } from "../testing/bad-input-corpus";
import { setUpTestDatabase } from "../testing/test-database";
import { expandPaths, readKubeFiles } from "./kube/read-kube-files";

// Every bad input of the corpus, through the same code the CLI runs: the error line it prints is
// exactly the one stated, and nothing at all was written.

const { db } = setUpTestDatabase();
const METRICS_CLUSTER = "metrics-corpus";

async function importCase(testCase: CorpusCase, file: string): Promise<void> {
  switch (testCase.format) {
    case "kube-json":
    case "kube-yaml":
      await importKubeObjects(db, {
        cluster: { name: "corpus" },
        source: "files",
        sourceRef: file,
        observedAt: new Date("2026-09-01T00:00:00Z"),
        objects: readKubeFiles(expandPaths([file])),
        now: () => new Date("2026-09-01T00:00:00Z"),
      });
      return;
    case "exposition":
    case "query-range":
    case "csv": {
      const cluster = await ensureCluster(db, { name: METRICS_CLUSTER });
      await storeMetricSamples(db, {
        clusterId: cluster.id,
        events: normalizeSamples(readMetricFiles([file])),
      });
      return;
    }
    default:
      await refreshPrices(db, { provider: testCase.format, fromFile: [file], currency: "USD" }, new Date());
  }
}

async function rowCounts(database: Db) {
  return {
    clusters: await database.cluster.count({ where: { name: { not: METRICS_CLUSTER } } }),
    observations: await database.observation.count(),
    volumes: await database.persistentVolume.count(),
    pods: await database.pod.count(),
    nodes: await database.node.count(),
    series: await database.metricSeries.count(),
    samples: await database.metricSample.count(),
    priceSources: await database.priceSource.count(),
    prices: await database.priceEntry.count(),
  };
}

const NOTHING = {
  clusters: 0,
  observations: 0,
  volumes: 0,
  pods: 0,
  nodes: 0,
  series: 0,
  samples: 0,
  priceSources: 0,
  prices: 0,
};

describe("the bad-input corpus", () => {
  it("holds at least 60 inputs across every import format", () => {
    expect(BAD_INPUT_CORPUS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(BAD_INPUT_CORPUS.map((c) => c.format)).size).toBe(8);
  });

  for (const testCase of BAD_INPUT_CORPUS) {
    it(`${testCase.format}: ${testCase.name} → one line naming the problem, nothing written`, async () => {
      const dir = mkdtempSync(path.join(tmpdir(), "tierscope-corpus-"));
      const file = path.join(dir, testCase.file);
      writeFileSync(file, testCase.text);
      const error = await importCase(testCase, file).then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(error, "the import was refused").not.toBeNull();
      expect(describeCliError(error).replaceAll(dir, "DIR")).toBe(testCase.error);
      expect(await rowCounts(db)).toEqual(NOTHING);
    });
  }
});
