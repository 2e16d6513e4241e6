import { describe, expect, it } from "vitest";
import { bundledCatalogPrices } from "../pricing/catalog";
import { Dec, sum, ZERO } from "../pricing/decimal";
import type { Provider } from "../pricing/types";
import type { PodMount } from "./allocate-to-workloads";
import { daysBetween, shiftDay } from "./day-window";
import {
  pricingChangeDays,
  steadyDayKey,
  type VolumeCostInput,
  type VolumeCostingContext,
  type VolumeRevisionInput,
  volumeDayCosts,
} from "./volume-day-costs";

const GIB = 1024n ** 3n;
const catalog = bundledCatalogPrices();
const t = (iso: string) => new Date(iso);

function context(
  provider: Provider,
  region: string,
  classes: Record<string, [string, Record<string, string>]>,
  mounts: PodMount[] = [],
): VolumeCostingContext {
  return {
    clusterId: "c1",
    provider,
    region,
    storageClasses: new Map(
      Object.entries(classes).map(([name, [provisioner, parameters]]) => [
        name,
        { name, provisioner, parameters },
      ]),
    ),
    volumeAttributesClasses: new Map(),
    catalog,
    overrides: [],
    exchangeRates: [],
    displayCurrency: "USD",
    usedBytes: () => null,
    mounts: () => mounts,
    now: t("2027-01-01T00:00:00Z"),
  };
}

function revision(
  from: string,
  to: string | null,
  gib: bigint,
  storageClassName: string,
  phase = "Bound",
  claim: [string, string] | null = ["ml", "data"],
): VolumeRevisionInput {
  return {
    validFrom: t(from),
    validTo: to ? t(to) : null,
    capacityBytes: gib * GIB,
    phase,
    storageClassName,
    volumeAttributesClassName: null,
    claimNamespace: claim?.[0] ?? null,
    claimName: claim?.[1] ?? null,
  };
}

function volume(
  createdAt: string,
  deletedAt: string | null,
  revisions: VolumeRevisionInput[],
): VolumeCostInput {
  return {
    uid: "pv-1",
    createdAt: t(createdAt),
    deletedAt: deletedAt ? t(deletedAt) : null,
    csiDriver: null,
    zone: null,
    region: null,
    volumeAttributes: {},
    annotations: {},
    revisions,
  };
}

function facts(v: VolumeCostInput, from: string, to: string, ctx: VolumeCostingContext) {
  return daysBetween(from, to).flatMap((day) => volumeDayCosts(v, day, ctx));
}

const total = (rows: ReturnType<typeof facts>) => sum(rows.map((r) => r.fact.cost ?? ZERO));

describe("volumeDayCosts, hand-computed", () => {
  const gp3Fast = {
    "gp3-fast": ["ebs.csi.aws.com", { type: "gp3", iops: "6000", throughput: "250" }] as [
      string,
      Record<string, string>,
    ],
  };

  it("gp3 at 6,000 IOPS and 250 MiB/s for part of November: $60/month × 228 of 720 hours = $19.00", () => {
    // 500 GiB × $0.08 = $40; (6,000 − 3,000) IOPS × $0.005 = $15; (250 − 125) MiB/s × $0.04 = $5: $60 a month.
    // Alive 10 Nov 12:00 to 20 Nov 00:00 = 228 h; AWS prorates against November's 720 hours: 60 × 228 / 720 = 19.
    const v = volume("2026-11-10T12:00:00Z", "2026-11-20T00:00:00Z", [
      revision("2026-11-10T12:00:00Z", "2026-11-20T00:00:00Z", 500n, "gp3-fast"),
    ]);
    const rows = facts(v, "2026-11-01", "2026-11-30", context("aws", "us-east-1", gp3Fast));
    expect(total(rows).toFixed(2)).toBe("19.00");
    const byComponent = (c: string) =>
      sum(rows.filter((r) => r.fact.component === c).map((r) => r.fact.cost ?? ZERO));
    expect(byComponent("capacity").toFixed(4)).toBe("12.6667");
    expect(byComponent("iops").toFixed(4)).toBe("4.7500");
    expect(byComponent("throughput").toFixed(4)).toBe("1.5833");
  });

  it("keeps price × quantity × hours on each fact: the first half-day's capacity is 500 GiB × $0.08 × 12/720", () => {
    const v = volume("2026-11-10T12:00:00Z", null, [
      revision("2026-11-10T12:00:00Z", null, 500n, "gp3-fast"),
    ]);
    const [capacity] = volumeDayCosts(v, "2026-11-10", context("aws", "us-east-1", gp3Fast));
    expect(capacity?.fact).toMatchObject({
      component: "capacity",
      unit: "GiB_month",
      status: "priced",
      allocation: "allocated",
      namespace: "ml",
    });
    expect(capacity?.fact.quantity.toFixed()).toBe("500");
    expect(capacity?.fact.unitPrice?.toFixed()).toBe("0.08");
    expect(capacity?.fact.hours.toFixed()).toBe("12");
    expect(capacity?.fact.cost?.toFixed(10)).toBe(new Dec(500).times("0.08").times(12).div(720).toFixed(10));
    expect(capacity?.fact.priceEntryId).not.toBeNull();
  });

  it("a Premium_LRS disk resized from 500 to 600 GiB mid-November bills P20 then P30 for their hours: $104.80", () => {
    // P20 (512 GiB) $73.22/month for 1–14 Nov = 336 h; P30 (1 TiB) $135.17/month for 15–30 Nov = 384 h.
    // Azure bills hourly at 730 hours a month: (73.22 × 336 + 135.17 × 384) / 730 = 76,507.20 / 730 = 104.8043…
    const ctx = context("azure", "eastus", { premium: ["disk.csi.azure.com", { skuName: "Premium_LRS" }] });
    const v = volume("2026-10-01T00:00:00Z", null, [
      revision("2026-10-01T00:00:00Z", "2026-11-15T00:00:00Z", 500n, "premium"),
      revision("2026-11-15T00:00:00Z", null, 600n, "premium"),
    ]);
    const rows = facts(v, "2026-11-01", "2026-11-30", ctx);
    expect(total(rows).toFixed(2)).toBe("104.80");
    expect(total(rows).toFixed(6)).toBe(new Dec("76507.2").div(730).toFixed(6));
    const resizeDay = volumeDayCosts(
      volume("2026-10-01T00:00:00Z", null, [
        revision("2026-10-01T00:00:00Z", "2026-11-15T12:00:00Z", 500n, "premium"),
        revision("2026-11-15T12:00:00Z", null, 600n, "premium"),
      ]),
      "2026-11-15",
      ctx,
    );
    expect(resizeDay[0]?.fact.detail.segments).toHaveLength(2);
    expect(resizeDay[0]?.fact.cost?.toFixed(8)).toBe(
      new Dec("73.22").times(12).plus(new Dec("135.17").times(12)).div(730).toFixed(8),
    );
  });

  it("a Released gp2 volume kept by Retain for 40 days is unallocated, owned likely by its old claim's namespace: $13.00", () => {
    // 100 GiB × $0.10 = $10 a month. Released 1 Oct to 10 Nov: all of October ($10.00, 744 of 744 h) and
    // 1–9 November (216 of 720 h: $3.00).
    const ctx = context("aws", "us-east-1", { gp2: ["ebs.csi.aws.com", { type: "gp2" }] });
    const v = volume("2026-06-01T00:00:00Z", "2026-11-10T00:00:00Z", [
      revision("2026-06-01T00:00:00Z", "2026-10-01T00:00:00Z", 100n, "gp2", "Bound", ["ml", "results"]),
      revision("2026-10-01T00:00:00Z", "2026-11-10T00:00:00Z", 100n, "gp2", "Released", ["ml", "results"]),
    ]);
    const rows = facts(v, "2026-10-01", "2026-11-30", ctx);
    expect(rows).toHaveLength(40);
    expect(
      rows.every(
        (r) =>
          r.fact.allocation === "unallocated" &&
          r.fact.likelyOwnerNamespace === "ml" &&
          r.fact.namespace === null,
      ),
    ).toBe(true);
    expect(total(rows).toFixed(2)).toBe("13.00");
    expect(total(rows.filter((r) => r.fact.day.startsWith("2026-10"))).toFixed(10)).toBe("10.0000000000");
  });

  it("an RWO volume shared by two pods of one workload over part of a day: the workload pays for the hours mounted", () => {
    // gp3 100 GiB = $8/month; 5 Nov costs 8 × 24/720 = $0.2667. Pods of Deployment web mount it
    // 00:00–12:00 and 06:00–18:00: mounted 18 of 24 hours, so web pays 18/24 and "(not mounted)" 6/24.
    const mounts: PodMount[] = [
      {
        workloadKind: "Deployment",
        workloadName: "web",
        start: t("2026-11-05T00:00:00Z").getTime(),
        end: t("2026-11-05T12:00:00Z").getTime(),
      },
      {
        workloadKind: "Deployment",
        workloadName: "web",
        start: t("2026-11-05T06:00:00Z").getTime(),
        end: t("2026-11-05T18:00:00Z").getTime(),
      },
    ];
    const ctx = context("aws", "us-east-1", { gp3: ["ebs.csi.aws.com", { type: "gp3" }] }, mounts);
    const v = volume("2026-11-01T00:00:00Z", null, [revision("2026-11-01T00:00:00Z", null, 100n, "gp3")]);
    const [row] = volumeDayCosts(v, "2026-11-05", ctx);
    const dayCost = new Dec(8).times(24).div(720);
    expect(row?.fact.cost?.toFixed(10)).toBe(dayCost.toFixed(10));
    const web = row?.workloads.find((w) => w.workloadName === "web");
    const none = row?.workloads.find((w) => w.workloadKind === "none");
    expect(web?.podHours.toFixed()).toBe("24");
    expect(web?.share.toFixed()).toBe("0.75");
    expect(web?.cost?.toFixed(10)).toBe(dayCost.times("0.75").toFixed(10));
    expect(none?.cost?.toFixed(10)).toBe(dayCost.times("0.25").toFixed(10));
    expect(sum(row?.workloads.map((w) => w.cost ?? ZERO) ?? []).toFixed(10)).toBe(dayCost.toFixed(10));
  });

  it("two workloads mounting at once share those hours equally", () => {
    const mounts: PodMount[] = [
      {
        workloadKind: "Job",
        workloadName: "a",
        start: t("2026-11-05T00:00:00Z").getTime(),
        end: t("2026-11-05T12:00:00Z").getTime(),
      },
      {
        workloadKind: "Job",
        workloadName: "b",
        start: t("2026-11-05T06:00:00Z").getTime(),
        end: t("2026-11-06T00:00:00Z").getTime(),
      },
    ];
    const ctx = context("aws", "us-east-1", { gp3: ["ebs.csi.aws.com", { type: "gp3" }] }, mounts);
    const [row] = volumeDayCosts(
      volume("2026-11-01T00:00:00Z", null, [revision("2026-11-01T00:00:00Z", null, 100n, "gp3")]),
      "2026-11-05",
      ctx,
    );
    // a: 6 h alone + 6 h shared / 2 = 9 h; b: 3 h + 12 h alone = 15 h.
    expect(row?.workloads.map((w) => [w.workloadName, w.share.times(24).toFixed()])).toEqual([
      ["a", "9"],
      ["b", "15"],
    ]);
  });
});

describe("volumeDayCosts, statuses", () => {
  it("costs local NVMe at $0 with the reason, not as unpriced", () => {
    const ctx = context("aws", "us-east-1", { local: ["kubernetes.io/no-provisioner", {}] });
    const [row] = volumeDayCosts(
      volume("2026-11-01T00:00:00Z", null, [revision("2026-11-01T00:00:00Z", null, 3500n, "local")]),
      "2026-11-05",
      ctx,
    );
    expect(row?.fact).toMatchObject({ status: "included", category: "local" });
    expect(row?.fact.cost?.toFixed()).toBe("0");
    expect(row?.fact.reason).toMatch(/instance/);
  });

  it("leaves an unknown provisioner unpriced with the reason: cost null, never $0", () => {
    const ctx = context("aws", "us-east-1", { px: ["pxd.portworx.com", {}] });
    const [row] = volumeDayCosts(
      volume("2026-11-01T00:00:00Z", null, [revision("2026-11-01T00:00:00Z", null, 100n, "px")]),
      "2026-11-05",
      ctx,
    );
    expect(row?.fact.status).toBe("unpriced");
    expect(row?.fact.cost).toBeNull();
    expect(row?.fact.reason).toBeTruthy();
  });

  it("counts today only up to now", () => {
    const ctx = {
      ...context("aws", "us-east-1", {
        gp3: ["ebs.csi.aws.com", { type: "gp3" }] as [string, Record<string, string>],
      }),
      now: t("2026-11-05T06:00:00Z"),
    };
    const [row] = volumeDayCosts(
      volume("2026-11-01T00:00:00Z", null, [revision("2026-11-01T00:00:00Z", null, 100n, "gp3")]),
      "2026-11-05",
      ctx,
    );
    expect(row?.fact.hours.toFixed()).toBe("6");
  });
});

describe("volumeDayCosts, workload split", () => {
  it("puts the hours a volume was not yet bound under (not mounted), so the workloads add up to the day", () => {
    const mounts: PodMount[] = [
      {
        workloadKind: "Job",
        workloadName: "a",
        start: t("2026-11-05T00:00:00Z").getTime(),
        end: t("2026-11-06T00:00:00Z").getTime(),
      },
    ];
    const ctx = context("aws", "us-east-1", { gp3: ["ebs.csi.aws.com", { type: "gp3" }] }, mounts);
    const v = volume("2026-11-01T00:00:00Z", null, [
      revision("2026-11-01T00:00:00Z", "2026-11-05T23:00:00Z", 100n, "gp3", "Available", null),
      revision("2026-11-05T23:00:00Z", null, 100n, "gp3", "Bound"),
    ]);
    const [row] = volumeDayCosts(v, "2026-11-05", ctx);
    expect(row?.fact.allocation).toBe("allocated");
    expect(row?.workloads.map((w) => [w.workloadName, w.share.times(24).toFixed()])).toEqual([
      ["(not mounted)", "23"],
      ["a", "1"],
    ]);
    expect(sum(row?.workloads.map((w) => w.cost ?? ZERO) ?? []).toFixed(10)).toBe(
      row?.fact.cost?.toFixed(10),
    );
  });
});

describe("volumeDayCosts, price memo", () => {
  it("gives the same facts with and without the memo, and prices a shared class and size once", () => {
    const ctx = context("aws", "us-east-1", { gp3: ["ebs.csi.aws.com", { type: "gp3" }] });
    const a = volume("2026-11-01T00:00:00Z", null, [revision("2026-11-01T00:00:00Z", null, 100n, "gp3")]);
    const b = { ...a, uid: "pv-2" };
    const memo = new Map();
    const cached = [a, b].flatMap((v) => volumeDayCosts(v, "2026-11-05", { ...ctx, priceCache: memo }));
    const plain = [a, b].flatMap((v) => volumeDayCosts(v, "2026-11-05", ctx));
    expect(cached.map((r) => r.fact.cost?.toFixed())).toEqual(plain.map((r) => r.fact.cost?.toFixed()));
    expect(memo.size).toBe(1);
  });
});

describe("steadyDayKey", () => {
  const gp3 = { gp3: ["ebs.csi.aws.com", { type: "gp3" }] } as Record<
    string,
    [string, Record<string, string>]
  >;
  // Created Oct 3 at noon, resized Oct 10 at 06:00; a pod mounts it from Oct 5 at 12:00.
  const pv = volume("2026-10-03T12:00:00Z", null, [
    revision("2026-10-03T12:00:00Z", "2026-10-10T06:00:00Z", 100n, "gp3"),
    revision("2026-10-10T06:00:00Z", null, 200n, "gp3"),
  ]);
  const mounts = [
    { workloadKind: "Job", workloadName: "train", start: Date.parse("2026-10-05T12:00:00Z"), end: Infinity },
  ];
  const ctx = context("aws", "us-east-1", gp3, mounts);
  const key = (day: string, over: Partial<VolumeCostingContext> = {}, changeDays = pricingChangeDays(ctx)) =>
    steadyDayKey(pv, day, { ...ctx, ...over }, changeDays);

  it("is the same on days the volume, its mounts and its prices hold still, and different across a month", () => {
    expect(key("2026-10-08")).not.toBeNull();
    expect(key("2026-10-09")).toBe(key("2026-10-08"));
    expect(key("2026-10-12")).not.toBe(key("2026-10-09")); // another revision
    expect(key("2026-11-02")).not.toBe(key("2026-10-31")); // another month: another proration
  });

  it("is null on a day something changes in, and on today", () => {
    expect(key("2026-10-03")).toBeNull(); // created
    expect(key("2026-10-05")).toBeNull(); // a pod starts mounting it
    expect(key("2026-10-10")).toBeNull(); // resized
    expect(
      key(
        "2026-10-20",
        {},
        pricingChangeDays({ ...ctx, catalog: [{ ...catalog[0], effectiveFrom: "2026-10-20" }] as never }),
      ),
    ).toBeNull();
    expect(key("2026-10-20", { now: t("2026-10-20T15:00:00Z") })).toBeNull(); // not over yet
  });

  it("changes with the claim's used bytes (usage-billed storage)", () => {
    expect(key("2026-10-08", { usedBytes: () => 5n })).not.toBe(key("2026-10-08", { usedBytes: () => 6n }));
  });

  it("gives, wherever two days share it, the same facts but their day", () => {
    let steady = 0;
    for (const day of daysBetween("2026-10-01", "2026-11-30").slice(1)) {
      const before = shiftDay(day, -1);
      const today = key(day);
      if (today === null || today !== key(before)) continue;
      steady++;
      const strip = (items: ReturnType<typeof volumeDayCosts>) =>
        items.map(({ fact, workloads }) => ({ ...fact, day: "", workloads }));
      expect(strip(volumeDayCosts(pv, day, ctx))).toEqual(strip(volumeDayCosts(pv, before, ctx)));
    }
    expect(steady).toBeGreaterThan(40);
  });
});
