import { describe, expect, it } from "vitest";
import type { DataAccessReading } from "../../ingest/data-access/data-access-reading";
import { createShowbackOrg } from "../../testing/cost-factories";
import { setUpTestDatabase } from "../../testing/test-database";
import { ClusterNotFoundError } from "../clusters/get-cluster-by-name";
import { type ServiceContext, systemContext } from "../service-context";
import { ForbiddenError } from "../service-errors";
import { importDataAccessReadings } from "./import-data-access";

const { db } = setUpTestDatabase();
const CLI = systemContext("import data-access");
const FINANCE: ServiceContext = {
  actor: { kind: "user", userId: "00000000-0000-4000-8000-0000000000f1", email: "fin@example.com" },
  roles: ["finance"],
  scope: { kind: "all" },
};

/** Two days of S3 GET requests on a bucket, as `import data-access --cloudwatch` reads them. */
const readings: DataAccessReading[] = [5, 6].map((day) => ({
  source: "cloudwatch",
  target: "training-datasets",
  node: "",
  metric: "get_requests",
  at: new Date(Date.UTC(2026, 11, day)),
  value: String(120_000 * day),
  periodSeconds: 86_400,
  partial: false,
}));

const storedReadings = () => db.dataAccessReading.count();
const auditRows = () => db.auditEvent.findMany({ where: { action: "data_access.import" } });

describe("importDataAccessReadings", () => {
  it("stores the readings of the named cluster and records who imported them", async () => {
    const { prod } = await createShowbackOrg(db);
    const summary = await importDataAccessReadings(db, { ctx: CLI, input: { cluster: "prod", readings } });
    expect(summary).toEqual({
      cluster: "prod",
      readings: 2,
      written: 2,
      earliest: "2026-12-05T00:00:00.000Z",
    });
    expect(await storedReadings()).toBe(2);
    expect(await auditRows()).toEqual([
      expect.objectContaining({
        actorKind: "system",
        actorName: "import data-access",
        targetType: "cluster",
        targetId: prod.id,
        before: null,
        after: summary,
      }),
    ]);
  });

  it("changes nothing and records nothing when the same readings come again", async () => {
    await createShowbackOrg(db);
    await importDataAccessReadings(db, { ctx: CLI, input: { cluster: "prod", readings } });
    const again = await importDataAccessReadings(db, { ctx: CLI, input: { cluster: "prod", readings } });
    expect(again).toEqual({ cluster: "prod", readings: 2, written: 0, earliest: null });
    expect(await storedReadings()).toBe(2);
    expect(await auditRows()).toHaveLength(1);
  });

  it("refuses a reader who is not an admin, storing nothing", async () => {
    await createShowbackOrg(db);
    await expect(
      importDataAccessReadings(db, { ctx: FINANCE, input: { cluster: "prod", readings } }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await storedReadings()).toBe(0);
    expect(await auditRows()).toEqual([]);
  });

  it("names a cluster that does not exist, storing nothing", async () => {
    await createShowbackOrg(db);
    await expect(
      importDataAccessReadings(db, { ctx: CLI, input: { cluster: "staging", readings } }),
    ).rejects.toThrow(ClusterNotFoundError);
    await expect(
      importDataAccessReadings(db, { ctx: CLI, input: { cluster: "staging", readings } }),
    ).rejects.toThrow('No cluster named "staging"');
    expect(await storedReadings()).toBe(0);
  });
});
