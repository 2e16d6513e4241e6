import { describe, expect, it } from "vitest";
import { applySettingsPatch } from "./apply-settings-patch";
import { describeSettingGroup, withoutSecrets } from "./describe-setting-group";
import { EMAIL_DELIVERY_GROUP } from "./email-delivery-settings";
import { NAMESPACE_LABEL_RULES_GROUP } from "./namespace-label-rules";
import { findSettingGroup } from "./setting-groups";

const waste = findSettingGroup("waste.thresholds");
if (!waste) throw new Error("the waste.thresholds group is missing");

describe("applySettingsPatch", () => {
  it("reads form text as the field's kind and keeps the other stored fields", () => {
    const outcome = applySettingsPatch(waste, { unmountedDays: 21 }, { availableDays: "10" });
    expect(outcome).toEqual({ ok: true, value: { unmountedDays: 21, availableDays: 10 } });
  });

  it("refuses a value out of range by the field's full name", () => {
    const outcome = applySettingsPatch(waste, {}, { oversizedUsedRatio: "1.5" });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.message).toMatch(/^waste\.thresholds\.oversizedUsedRatio: /);
  });

  it("refuses text that is no number instead of storing it", () => {
    const outcome = applySettingsPatch(waste, {}, { availableDays: "soon" });
    expect(outcome).toMatchObject({
      ok: false,
      message: expect.stringContaining("waste.thresholds.availableDays"),
    });
  });

  it("names the fields when one does not exist", () => {
    const outcome = applySettingsPatch(waste, {}, { availabelDays: 3 });
    expect(outcome).toMatchObject({
      ok: false,
      message: expect.stringContaining("availableDays, unmountedDays"),
    });
  });

  it("restores the default for null", () => {
    const outcome = applySettingsPatch(
      waste,
      { availableDays: 3, unmountedDays: 5 },
      { availableDays: null },
    );
    expect(outcome).toEqual({ ok: true, value: { unmountedDays: 5 } });
  });

  it("splits a comma-separated list and checks each label key", () => {
    expect(
      applySettingsPatch(NAMESPACE_LABEL_RULES_GROUP, {}, { teamLabels: "squad, example.com/team" }),
    ).toEqual({
      ok: true,
      value: { teamLabels: ["squad", "example.com/team"] },
    });
    const bad = applySettingsPatch(NAMESPACE_LABEL_RULES_GROUP, {}, { teamLabels: "squad, not a label" });
    expect(bad).toMatchObject({
      ok: false,
      message: expect.stringContaining("namespaces.labelRules.teamLabels.1"),
    });
  });
});

describe("describeSettingGroup", () => {
  it("shows the default for a field never set or stored invalid", () => {
    const view = describeSettingGroup(waste, { availableDays: 10, unmountedDays: -4 });
    const byName = Object.fromEntries(view.fields.map((field) => [field.name, field]));
    expect(byName.availableDays).toMatchObject({ value: 10, isDefault: false, defaultValue: 7 });
    expect(byName.unmountedDays).toMatchObject({ value: 14, isDefault: true });
  });

  it("never returns a secret, but says it is set; the audit copy reads (set)", () => {
    const stored = { smtpHost: "mail.example.com", smtpPassword: "hunter2-long-enough" };
    const view = describeSettingGroup(EMAIL_DELIVERY_GROUP, stored);
    const password = view.fields.find((field) => field.name === "smtpPassword");
    expect(password).toMatchObject({ value: null, isDefault: false });
    expect(JSON.stringify(view)).not.toContain("hunter2");
    expect(withoutSecrets(EMAIL_DELIVERY_GROUP, stored)).toEqual({
      smtpHost: "mail.example.com",
      smtpPassword: "(set)",
    });
  });
});
