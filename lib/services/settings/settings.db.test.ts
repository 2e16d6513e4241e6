import { describe, expect, it } from "vitest";
import { getWasteThresholds } from "../../queries/waste/get-waste-thresholds";
import { personContext } from "../../testing/person-context";
import { setUpTestDatabase } from "../../testing/test-database";
import { ForbiddenError, InvalidInputError } from "../service-errors";
import { getSettings } from "./get-settings";
import { updateSettings } from "./update-settings";

const { db } = setUpTestDatabase();

const ADMIN = personContext("admin@example.com", ["admin"]);
const VIEWER = personContext("viewer@example.com", ["viewer"]);

describe("settings: one audited, admin-only door over the setting table", () => {
  it("changes a waste threshold the waste rules then read, audited before and after", async () => {
    const view = await updateSettings(db, {
      ctx: ADMIN,
      input: { key: "waste.thresholds", values: { availableDays: "3" } },
    });
    expect(view.fields.find((field) => field.name === "availableDays")).toMatchObject({
      value: 3,
      isDefault: false,
    });
    expect((await getWasteThresholds(db)).thresholds.availableDays).toBe(3);
    const events = await db.auditEvent.findMany();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "settings.update",
      targetType: "setting",
      targetId: "waste.thresholds",
      before: {},
      after: { availableDays: 3 },
    });
  });

  it("writes and audits nothing when the same values come twice", async () => {
    const input = { key: "recommendations.thresholds", values: { ioHeadroom: 0.5 } };
    await updateSettings(db, { ctx: ADMIN, input });
    await updateSettings(db, { ctx: ADMIN, input });
    expect(await db.auditEvent.count()).toBe(1);
  });

  it("refuses a non-admin, and a bad field by name, writing nothing", async () => {
    await expect(
      updateSettings(db, { ctx: VIEWER, input: { key: "waste.thresholds", values: { availableDays: 3 } } }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const bad = updateSettings(db, {
      ctx: ADMIN,
      input: { key: "waste.thresholds", values: { availableDays: 3, retentionKeep: 0 } },
    });
    await expect(bad).rejects.toBeInstanceOf(InvalidInputError);
    await expect(bad).rejects.toThrow(/waste\.thresholds\.retentionKeep/);
    expect(await db.setting.count({ where: { key: "waste.thresholds" } })).toBe(0);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("never returns or audits the SMTP password, and hides email delivery from non-admins", async () => {
    await updateSettings(db, {
      ctx: ADMIN,
      input: {
        key: "email.delivery",
        values: { smtpHost: "mail.example.com", smtpPassword: "s3cret-password" },
      },
    });
    const admin = await getSettings(db, { ctx: ADMIN, input: { env: { SMTP_HOST: "env.example.com" } } });
    expect(JSON.stringify(admin)).not.toContain("s3cret-password");
    expect(admin.groups.find((group) => group.key === "email.delivery")?.overriddenBy).toEqual({
      smtpHost: "SMTP_HOST",
    });
    const audit = await db.auditEvent.findFirstOrThrow();
    expect(JSON.stringify(audit)).not.toContain("s3cret-password");
    const viewer = await getSettings(db, { ctx: VIEWER, input: { env: {} } });
    expect(viewer.canEdit).toBe(false);
    expect(viewer.groups.map((group) => group.key)).not.toContain("email.delivery");
    expect(viewer.groups.map((group) => group.key)).toContain("waste.thresholds");
  });
});
