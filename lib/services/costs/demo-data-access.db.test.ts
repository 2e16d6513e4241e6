import { describe, expect, it } from "vitest";
import { isoDayOf, MS_PER_DAY } from "../../costing/day-window";
import { generateDemoFleet } from "../../demo/generate-demo-fleet";
import { Dec, sum } from "../../pricing/decimal";
import { loadDemoFleet } from "../../queries/demo/load-demo-fleet";
import { loadBundledCatalog } from "../../queries/pricing/load-bundled-catalog";
import { setUpTestDatabase } from "../../testing/test-database";
import { computeCostFacts } from "./compute-cost-facts";

const { db } = setUpTestDatabase();
const now = new Date(Date.UTC(2026, 10, 21, 9, 0));

interface FactRow {
  namespace: string | null;
  component: string;
  status: string;
  quantity: string;
  cost: string | null;
  unit_price: string | null;
  method: string;
  volume: string;
}

describe("the demo's data-access costs", () => {
  it("price the re-read EFS dataset per GiB read and the S3 corpus per request, all to vision-train", async () => {
    await loadBundledCatalog(db, { now });
    await loadDemoFleet(db, generateDemoFleet({ now }));
    await computeCostFacts(db, { from: isoDayOf(now.getTime() - 20 * MS_PER_DAY), to: isoDayOf(now), now });
    const facts = await db.$queryRawUnsafe<FactRow[]>(
      `SELECT namespace, component, status, quantity::text, cost::text, unit_price::text AS unit_price,
              detail->>'allocationMethod' AS method, detail->>'volumeName' AS volume
         FROM cost_fact_day WHERE category = 'data-access'`,
    );
    const read = facts.filter((f) => f.component === "data_read");
    expect(new Set(read.map((f) => f.namespace))).toEqual(new Set(["vision-train"]));
    expect(new Set(read.map((f) => f.method))).toEqual(new Set(["bytes-read"]));
    expect(new Set(read.map((f) => `${f.status} ${new Dec(f.unit_price ?? "NaN").toString()}`))).toEqual(
      new Set(["priced 0.03"]),
    );
    // Hand-computed: vit-h-pretrain's two pods since 9 days 10 hours before the anchor (the worker
    // 20 s later) and detr-finetune's pod for 61 hours, 200 GiB each pod-hour, at $0.03 per GiB.
    const gib = (2 * (9 * 24 + 10) - 20 / 3600 + 61) * 200;
    const readGib = sum(read.map((f) => new Dec(f.quantity)));
    expect(readGib.toNumber()).toBeCloseTo(gib, 2);
    const readCost = sum(read.map((f) => new Dec(f.cost ?? "0")));
    expect(readCost.toNumber()).toBeCloseTo(gib * 0.03, 2);

    const requests = facts.filter((f) => f.component.startsWith("requests_"));
    expect(new Set(requests.map((f) => f.component))).toEqual(new Set(["requests_get", "requests_list"]));
    expect(new Set(requests.map((f) => `${f.namespace} ${f.method} ${f.status}`))).toEqual(
      new Set(["vision-train pod-time-share priced"]),
    );
    expect(new Set(requests.map((f) => f.volume))).toEqual(new Set(["eval-corpus-s3"]));
  });
});
