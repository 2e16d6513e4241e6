import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { dec } from "../../pricing/decimal";
import type { WasteFinding } from "../waste/finding";
import type { DigestContent } from "./digest-content";
import { newWasteSection } from "./new-waste-section";
import { renderDigest } from "./render-digest";
import { spendTrendSection } from "./spend-trend-section";
import { topCostDriversSection } from "./top-cost-drivers-section";
import { signUnsubscribeToken, UNSUBSCRIBE_TOKEN_DAYS, verifyUnsubscribeToken } from "./unsubscribe-token";

const spendInput = {
  currency: "USD",
  window: { from: "2026-11-16", to: "2026-11-22" },
  previousWindow: { from: "2026-11-09", to: "2026-11-15" },
  totals: {
    total: "1234.5",
    previousTotal: "1000",
    change: "234.5",
    changeRatio: 0.2345,
    estimated: "12.25",
    unpricedResourceDays: 3,
  },
  trend: [
    { day: "2026-11-16", total: "176.35" },
    { day: "2026-11-17", total: "352.70" },
    { day: "2026-11-18", total: "88.175" },
  ],
};
const spend = spendTrendSection(spendInput);

const drivers = topCostDriversSection({
  currency: "USD",
  total: "1234.5",
  resourceCount: 2,
  resources: [
    {
      resourceKind: "PersistentVolume",
      name: "pv-small",
      resourceUid: "u2",
      clusterName: "eks",
      namespace: "ml",
      storageClassName: "gp3",
      total: "234.5",
      estimated: false,
      unpricedResourceDays: 0,
    },
    {
      resourceKind: "PersistentVolume",
      name: "pv-<big>",
      resourceUid: "u1",
      clusterName: "eks",
      namespace: "ml",
      storageClassName: "io2",
      total: "1000",
      estimated: false,
      unpricedResourceDays: 0,
    },
  ],
});

function finding(name: string, since: string, monthlyCost: string | null, namespace = "ml"): WasteFinding {
  return {
    rule: "released-volume",
    clusterId: "c1",
    clusterName: "eks",
    kind: "PersistentVolume",
    namespace: null,
    name,
    uid: name,
    subjectKey: `c1/PersistentVolume/${name}`,
    owner: { allocation: "unallocated", namespace, team: null },
    since: new Date(since),
    ageDays: 1,
    cost: {
      status: monthlyCost ? "priced" : "unpriced",
      monthlyCost: monthlyCost ? dec(monthlyCost) : null,
      currency: "USD",
      basis: "500 GiB gp3",
    },
    evidence: [],
    fix: { summary: "", command: "", language: "shell" },
  };
}

const waste = newWasteSection({
  findings: [
    finding("pv-old", "2026-11-10T00:00:00Z", "9"),
    finding("pv-cheap", "2026-11-17T00:00:00Z", "10.10"),
    finding("pv-dear", "2026-11-18T00:00:00Z", "40.05"),
    finding("pv-nobody-prices", "2026-11-19T00:00:00Z", null),
    finding("pv-other-team", "2026-11-19T00:00:00Z", "99", "web"),
  ],
  namespaces: new Set(["eks/ml"]),
  from: new Date("2026-11-16T00:00:00Z"),
  currency: "USD",
});

const content: DigestContent = {
  owner: { kind: "team", label: "ml-platform", displayName: "ML Platform", path: "/teams/ml-platform" },
  cadence: "weekly",
  period: { start: "2026-11-16", end: "2026-11-22" },
  timeZone: "Europe/Berlin",
  sections: [spend, drivers, waste],
  links: {
    base: "https://tierscope.example",
    app: "https://tierscope.example/teams/ml-platform?from=2026-11-16&to=2026-11-22",
    unsubscribe: "https://tierscope.example/unsubscribe?token=t",
  },
};

describe("digest sections", () => {
  it("ranks cost drivers by cost with their exact share of the total", () => {
    expect(drivers.drivers.map((d) => [d.label, d.share])).toEqual([
      ["pv-<big>", 1000 / 1234.5],
      ["pv-small", 234.5 / 1234.5],
    ]);
  });

  it("keeps only the owner's waste that appeared in the period, priced first, unpriced counted apart", () => {
    expect(waste.items.map((i) => i.subject)).toEqual([
      "PersistentVolume pv-dear",
      "PersistentVolume pv-cheap",
      "PersistentVolume pv-nobody-prices",
    ]);
    expect(waste.monthlyTotal).toBe("50.15");
    expect(waste.unpricedCount).toBe(1);
    expect(waste.items[2]?.monthlyCost).toBeNull();
  });

  it("says all unpriced, not $0.00/month, when no new waste has a price", () => {
    const unpriced = newWasteSection({
      findings: [finding("pv-nobody-prices", "2026-11-19T00:00:00Z", null)],
      namespaces: new Set(["eks/ml"]),
      from: new Date("2026-11-16T00:00:00Z"),
      currency: "USD",
    });
    expect(renderDigest({ ...content, sections: [unpriced] }).text).toContain(
      "WASTE YOU OWN\nYou own 1 finding(s), all unpriced\nNew in this period: 1 finding(s), all unpriced\nStanding (from before the period): none\nNew in this period:\n- PersistentVolume pv-nobody-prices (Released volumes, eks, since 2026-11-19): unpriced",
    );
  });

  it("counts the owner's standing waste apart from the new, and all of it together", () => {
    expect(waste.standing).toEqual({ count: 1, monthlyTotal: "9", unpricedCount: 0 });
    expect(waste.owned).toEqual({ count: 4, monthlyTotal: "59.15", unpricedCount: 1 });
    expect(waste.standingTop.map((i) => i.subject)).toEqual(["PersistentVolume pv-old"]);
  });

  it("never says there is no waste while the owner has standing waste", () => {
    const standingOnly = newWasteSection({
      findings: [finding("pv-old", "2026-11-10T00:00:00Z", "3000")],
      namespaces: new Set(["eks/ml"]),
      from: new Date("2026-11-16T00:00:00Z"),
      currency: "USD",
    });
    const text = renderDigest({ ...content, sections: [standingOnly] }).text;
    expect(text).toContain("You own 1 finding(s), $3,000.00/month");
    expect(text).toContain("New in this period: none");
    expect(text).toContain("Standing (from before the period): 1 finding(s), $3,000.00/month");
    expect(text).not.toMatch(/no new waste|No waste found/i);
  });

  it("names a volume by its claim, not its generated PV name", () => {
    const named = newWasteSection({
      findings: [{ ...finding("pvc-3f2a", "2026-11-17T00:00:00Z", "5"), claim: "ml/data-db-0" }],
      namespaces: new Set(["eks/ml"]),
      from: new Date("2026-11-16T00:00:00Z"),
      currency: "USD",
    });
    expect(named.items[0]?.subject).toBe("ml/data-db-0 (PersistentVolume pvc-3f2a)");
  });
});

describe("renderDigest", () => {
  const rendered = renderDigest(content);

  it("names the owner and period in the subject", () => {
    expect(rendered.subject).toBe(
      "Tierscope: Storage costs of ML Platform (team ml-platform), 2026-11-16 to 2026-11-22",
    );
  });

  it("shows the same figures in HTML and text, with the comparison they rest on", () => {
    for (const part of [rendered.html, rendered.text]) {
      expect(part).toContain("$1,234.50");
      expect(part).toContain("+$234.50 (23.4 %) against $1,000.00 from 2026-11-09 to 2026-11-15");
      expect(part).toContain("Unpriced resource-days, not in the total: 3");
      expect(part).toContain(
        "Daily spend (UTC days): highest $352.70 on 2026-11-17, lowest $88.18 on 2026-11-18",
      );
      expect(part).toContain("New in this period: 3 finding(s), $50.15/month; 1 unpriced, not in the total");
      expect(part).toContain("You own 4 finding(s), $59.15/month; 1 unpriced, not in the total");
      expect(part).toContain("unpriced");
      expect(part).toContain("https://tierscope.example/unsubscribe?token=t");
    }
    expect(rendered.html).toContain('data-figure="spend-total">$1,234.50<');
  });

  it("links each cost driver that is a volume to its page", () => {
    expect(rendered.html).toContain('href="https://tierscope.example/volumes/eks/u1"');
  });

  it("labels each bar with its day and, for a week, its figure, with the scale in a caption", () => {
    expect(rendered.html).toContain("Daily spend (UTC days); the tallest bar is $352.70");
    for (const label of ["16 Nov", "17 Nov", "18 Nov", "$176", "$353", "$88"]) {
      expect(rendered.html).toContain(`">${label}</td>`);
    }
  });

  it("says equal days are the same every day instead of drawing unexplained identical bars", () => {
    const flat = spendTrendSection({
      ...spendInput,
      trend: ["2026-11-16", "2026-11-17"].map((day) => ({ day, total: "440.23" })),
    });
    expect(renderDigest({ ...content, sections: [flat] }).html).toContain(
      "Daily spend (UTC days): the same every day, $440.23",
    );
  });

  it("draws the daily trend as bars scaled to the highest day, each titled with its figure", () => {
    expect(rendered.html).toContain(
      'title="2026-11-17: $352.70" style="padding:0 1px;vertical-align:bottom"><div style="width:44px;height:60px;',
    );
    expect(rendered.html).toContain(
      'title="2026-11-16: $176.35" style="padding:0 1px;vertical-align:bottom"><div style="width:44px;height:30px;',
    );
    expect(rendered.html).toContain(
      'title="2026-11-18: $88.18" style="padding:0 1px;vertical-align:bottom"><div style="width:44px;height:15px;',
    );
  });

  it("escapes names in the HTML", () => {
    expect(rendered.html).toContain("pv-&lt;big&gt;");
    expect(rendered.html).not.toContain("pv-<big>");
    expect(rendered.text).toContain("pv-<big>");
  });
});

describe("unsubscribe tokens", () => {
  const SUBSCRIPTION = "7f1c7c52-0000-4000-8000-000000000001";
  const ISSUED = new Date(Date.UTC(2026, 10, 23, 8, 0, 0));
  const DAY = 86_400_000;
  const token = signUnsubscribeToken(
    { subscriptionId: SUBSCRIPTION, email: "ana.lee@example.com", issuedAt: ISSUED },
    "secret",
  );
  const at = (days: number) => new Date(ISSUED.getTime() + days * DAY);

  it("round-trips a recipient's token with the secret until it expires: the subscription and that address", () => {
    expect(verifyUnsubscribeToken(token, "secret", at(89))).toEqual({
      status: "valid",
      subscriptionId: SUBSCRIPTION,
      email: "ana.lee@example.com",
    });
    expect(verifyUnsubscribeToken(token, "secret", at(UNSUBSCRIBE_TOKEN_DAYS))).toEqual({
      status: "expired",
    });
  });

  it("answers expired for a signed token of the earlier kind, which carried no expiry", () => {
    const mac = (payload: string) =>
      createHmac("sha256", "secret").update(`unsubscribe:${payload}`).digest("base64url");
    const recipientPayload = `${SUBSCRIPTION}.${Buffer.from("ana.lee@example.com").toString("base64url")}`;
    expect(verifyUnsubscribeToken(`${recipientPayload}.${mac(recipientPayload)}`, "secret", at(1))).toEqual({
      status: "expired",
    });
    expect(verifyUnsubscribeToken(`${SUBSCRIPTION}.${mac(SUBSCRIPTION)}`, "secret", at(1))).toEqual({
      status: "expired",
    });
  });

  it("rejects another secret, another subscription, another address, another expiry and garbage", () => {
    const invalid = { status: "invalid" };
    expect(verifyUnsubscribeToken(token, "other", at(1))).toEqual(invalid);
    const [, email, expiry, mac] = token.split(".");
    expect(
      verifyUnsubscribeToken(
        `7f1c7c52-0000-4000-8000-000000000002.${email}.${expiry}.${mac}`,
        "secret",
        at(1),
      ),
    ).toEqual(invalid);
    const other = Buffer.from("bo@example.com").toString("base64url");
    expect(verifyUnsubscribeToken(`${SUBSCRIPTION}.${other}.${expiry}.${mac}`, "secret", at(1))).toEqual(
      invalid,
    );
    expect(verifyUnsubscribeToken(`${SUBSCRIPTION}.${email}.9999999999.${mac}`, "secret", at(1))).toEqual(
      invalid,
    );
    expect(verifyUnsubscribeToken(`${SUBSCRIPTION}.${mac}`, "secret", at(1))).toEqual(invalid);
    expect(verifyUnsubscribeToken("nonsense", "secret", at(1))).toEqual(invalid);
  });
});

describe("digest rendering", () => {
  it("says unpriced (N resource-days), not $0.00 (0.0 %), for a volume and a period nobody prices", () => {
    const base = {
      resourceKind: "PersistentVolume",
      clusterName: "eks",
      namespace: "ml",
      storageClassName: "gp3",
      estimated: false,
    };
    const unpricedDrivers = topCostDriversSection({
      currency: "USD",
      total: "70",
      resourceCount: 3,
      resources: [
        { ...base, name: "pv-nobody-prices", resourceUid: "u3", total: "0", unpricedResourceDays: 7 },
        { ...base, name: "pv-half", resourceUid: "u4", total: "30", unpricedResourceDays: 2 },
        { ...base, name: "pv-priced", resourceUid: "u5", total: "40", unpricedResourceDays: 0 },
      ],
    });
    expect(unpricedDrivers.drivers.map((d) => [d.label, d.total, d.share])).toEqual([
      ["pv-priced", "40", 40 / 70],
      ["pv-half", "30", 30 / 70],
      ["pv-nobody-prices", null, null],
    ]);
    const unpricedSpend = spendTrendSection({
      currency: "USD",
      window: { from: "2026-11-16", to: "2026-11-22" },
      previousWindow: { from: "2026-11-09", to: "2026-11-15" },
      totals: {
        total: "0",
        previousTotal: "0",
        change: "0",
        changeRatio: null,
        estimated: "0",
        unpricedResourceDays: 7,
      },
      trend: [{ day: "2026-11-16", total: "0" }],
    });
    expect(unpricedSpend.total).toBeNull();
    const rendered = renderDigest({ ...content, sections: [unpricedSpend, unpricedDrivers] });
    expect(rendered.text).toContain(
      "SPEND AND TREND\nunpriced (7 resource-days) from 2026-11-16 to 2026-11-22\nNo price for any of the period's costs: no change to compare against $0.00 from 2026-11-09 to 2026-11-15\n",
    );
    expect(rendered.text).toContain(
      "- pv-priced (PersistentVolume, gp3, eks/ml): $40.00 (57.1 % of the total)\n" +
        "- pv-half (PersistentVolume, gp3, eks/ml): $30.00 (42.9 % of the total) + unpriced (2 resource-days)\n" +
        "- pv-nobody-prices (PersistentVolume, gp3, eks/ml): unpriced (7 resource-days)",
    );
    expect(rendered.html).toContain('data-figure="spend-total">unpriced (7 resource-days)<');
    expect(rendered.html).not.toContain("$0.00 (0.0 %");
  });
});
