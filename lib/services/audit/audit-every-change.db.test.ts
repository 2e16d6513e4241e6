import { describe, expect, it } from "vitest";
import { signUnsubscribeToken } from "../../costing/digests/unsubscribe-token";
import type { DataAccessReading } from "../../ingest/data-access/data-access-reading";
import { createShowbackOrg } from "../../testing/cost-factories";
import { setUpTestDatabase } from "../../testing/test-database";
import { createAlertChannel } from "../alerts/create-alert-channel";
import { createAlertRule } from "../alerts/create-alert-rule";
import { deleteAlertChannel } from "../alerts/delete-alert-channel";
import { deleteAlertRule } from "../alerts/delete-alert-rule";
import { updateAlertRule } from "../alerts/update-alert-rule";
import { createBudget } from "../budgets/create-budget";
import { deleteBudget } from "../budgets/delete-budget";
import { updateBudget } from "../budgets/update-budget";
import { recomputeCosts } from "../costs/recompute-costs";
import { createDigestSubscription } from "../digests/create-digest-subscription";
import { deleteDigestSubscription } from "../digests/delete-digest-subscription";
import { unsubscribeRecipient } from "../digests/unsubscribe-recipient";
import { updateDigestSubscription } from "../digests/update-digest-subscription";
import { createApiToken } from "../identity/create-api-token";
import { createUser } from "../identity/create-user";
import { resetPassword } from "../identity/reset-password";
import { revokeApiToken } from "../identity/revoke-api-token";
import { setUserRoles } from "../identity/set-user-roles";
import { signIn } from "../identity/sign-in";
import { signOut } from "../identity/sign-out";
import { importDataAccessReadings } from "../ingest/import-data-access";
import { closeMonth } from "../months/close-month";
import { reopenMonth } from "../months/reopen-month";
import { createPriceOverride } from "../pricing/create-price-override";
import { deletePriceOverride } from "../pricing/delete-price-override";
import { updatePricingSettings } from "../pricing/update-pricing-settings";
import { dismissRecommendation } from "../recommendations/dismiss-recommendation";
import { restoreRecommendation } from "../recommendations/restore-recommendation";
import { type ServiceContext, systemContext } from "../service-context";
import { updateSettings } from "../settings/update-settings";

// Every kind of change, made through its service, leaves one audit row naming who, what, which
// object, and the object before and after; no row holds a password, hash, token or webhook secret.

const { db } = setUpTestDatabase();
const NOW = new Date(Date.UTC(2026, 11, 7, 9, 0, 0));
const PASSWORD = "correct horse battery";
const NEW_PASSWORD = "another horse battery";
const WEBHOOK_SECRET = "webhook-signing-secret-0123";
const WEBHOOK_PATH = "/hooks/T000/B000/credential";
const DIGEST_SECRET = "digest-secret-0123456789";
const SMTP_PASSWORD = "smtp-password-0123";

const ADMIN: ServiceContext = {
  actor: { kind: "user", userId: "00000000-0000-4000-8000-0000000000ad", email: "ada@example.com" },
  roles: ["admin"],
  scope: { kind: "all" },
  requestId: "req-1",
};

/** The showback org (teams ml and web, clusters prod and lab) and a signed-up admin. */
async function fixture() {
  const org = await createShowbackOrg(db);
  const user = await createUser(db, {
    ctx: systemContext("users create"),
    input: { email: "ada@example.com", password: PASSWORD, roles: ["admin"] },
  });
  return { org, user };
}
type Fixture = Awaited<ReturnType<typeof fixture>>;

const mlDigest = {
  team: "ml",
  recipients: ["lead@example.com"],
  cadence: "weekly" as const,
  timeZone: "UTC",
};
const mlBudget = {
  name: "ML",
  scopeKind: "team",
  scopeKey: "ml",
  monthlyAmount: "140",
  currency: "USD",
} as const;
const hook = {
  name: "hook",
  kind: "webhook",
  url: `https://hooks.example.com${WEBHOOK_PATH}`,
  secret: WEBHOOK_SECRET,
} as const;
const rule = {
  name: "ML 30 %",
  kind: "budget_actual" as const,
  threshold: "0.3",
  channels: ["hook"],
};
const discount = {
  kind: "discount",
  provider: "aws",
  discountPercent: "12.5",
  effectiveFrom: "2026-11-01",
} as const;

/** A day's EFS metered bytes, as `import data-access --cloudwatch` reads them. */
const meteredBytes: DataAccessReading = {
  source: "cloudwatch",
  target: "fs-0123456789abcdef0",
  node: "",
  metric: "metered_bytes",
  at: new Date(Date.UTC(2026, 11, 6)),
  value: "1073741824",
  periodSeconds: 86_400,
  partial: false,
};

async function dismiss(f: Fixture) {
  return dismissRecommendation(db, {
    ctx: ADMIN,
    input: {
      rule: "gp2-to-gp3",
      subjectKey: `${f.org.prod.id}/PersistentVolume/pv-1`,
      reason: "migrating",
      now: NOW,
    },
  });
}

async function failSignIn() {
  await signIn(db, { input: { email: "ada@example.com", password: "wrong password!" }, now: NOW }).catch(
    () => {},
  );
}

interface Case {
  kind: string;
  /** Makes the change; returns the audited object's id when the row names one. */
  change: (f: Fixture) => Promise<unknown>;
  action: string;
  actor: { kind: string; name: string };
  targetType: string;
  before: unknown;
  after: unknown;
}

const byAdmin = { kind: "user", name: "ada@example.com" };
const like = (fields: Record<string, unknown>) => expect.objectContaining(fields);

const CASES: Case[] = [
  {
    kind: "price override create",
    change: async () => (await createPriceOverride(db, { ctx: ADMIN, input: discount })).id,
    action: "price_override.create",
    actor: byAdmin,
    targetType: "price_override",
    before: null,
    after: like({ discountPercent: "12.5", provider: "aws" }),
  },
  {
    kind: "price override delete",
    change: async () => {
      const { id } = await createPriceOverride(db, { ctx: ADMIN, input: discount });
      await deletePriceOverride(db, { ctx: ADMIN, input: { id } });
      return id;
    },
    action: "price_override.delete",
    actor: byAdmin,
    targetType: "price_override",
    before: like({ discountPercent: "12.5" }),
    after: null,
  },
  {
    kind: "pricing settings",
    change: async () => {
      await updatePricingSettings(db, { ctx: ADMIN, input: { displayCurrency: "EUR" } });
    },
    action: "settings.update",
    actor: byAdmin,
    targetType: "pricing_settings",
    before: like({ displayCurrency: "USD" }),
    after: like({ displayCurrency: "EUR" }),
  },
  {
    kind: "settings: a waste threshold",
    change: async () => {
      await updateSettings(db, {
        ctx: ADMIN,
        input: { key: "waste.thresholds", values: { availableDays: "3" } },
      });
      await updateSettings(db, {
        ctx: ADMIN,
        input: { key: "waste.thresholds", values: { availableDays: "5" } },
      });
      return "waste.thresholds";
    },
    action: "settings.update",
    actor: byAdmin,
    targetType: "setting",
    before: { availableDays: 3 },
    after: { availableDays: 5 },
  },
  {
    kind: "settings: email delivery, its password shown only as set",
    change: async () => {
      await updateSettings(db, {
        ctx: ADMIN,
        input: {
          key: "email.delivery",
          values: { smtpHost: "mail.example.com", smtpPassword: SMTP_PASSWORD },
        },
      });
      return "email.delivery";
    },
    action: "settings.update",
    actor: byAdmin,
    targetType: "setting",
    before: {},
    after: like({ smtpHost: "mail.example.com", smtpPassword: "(set)" }),
  },
  {
    kind: "recommendation dismissal",
    change: async (f) => (await dismiss(f)).id,
    action: "dismissal.create",
    actor: byAdmin,
    targetType: "dismissal",
    before: null,
    after: like({ rule: "gp2-to-gp3", reason: "migrating", dismissedBy: "user ada@example.com" }),
  },
  {
    kind: "recommendation dismissed again (new reason)",
    change: async (f) => {
      await dismiss(f);
      const again = await dismissRecommendation(db, {
        ctx: ADMIN,
        input: {
          rule: "gp2-to-gp3",
          subjectKey: `${f.org.prod.id}/PersistentVolume/pv-1`,
          reason: "done",
          now: NOW,
        },
      });
      return again.id;
    },
    action: "dismissal.create",
    actor: byAdmin,
    targetType: "dismissal",
    before: like({ reason: "migrating" }),
    after: like({ reason: "done" }),
  },
  {
    kind: "recommendation undismissed",
    change: async (f) => {
      const { id } = await dismiss(f);
      await restoreRecommendation(db, { ctx: ADMIN, input: { id } });
      return id;
    },
    action: "dismissal.delete",
    actor: byAdmin,
    targetType: "dismissal",
    before: like({ rule: "gp2-to-gp3", reason: "migrating" }),
    after: null,
  },
  {
    kind: "month close",
    change: async () => {
      await closeMonth(db, { ctx: ADMIN, input: { month: "2026-11", reason: "accepted" } }, NOW);
      return "2026-11";
    },
    action: "month.close",
    actor: byAdmin,
    targetType: "month",
    before: null,
    after: like({ month: "2026-11", reason: "accepted" }),
  },
  {
    kind: "month reopen",
    change: async () => {
      await closeMonth(db, { ctx: ADMIN, input: { month: "2026-11", reason: "accepted" } }, NOW);
      await reopenMonth(db, { ctx: ADMIN, input: { month: "2026-11", reason: "late invoice" } }, NOW);
      return "2026-11";
    },
    action: "month.reopen",
    actor: byAdmin,
    targetType: "month",
    before: like({ month: "2026-11", closedBy: "user ada@example.com" }),
    after: like({ month: "2026-11", reason: "late invoice" }),
  },
  {
    kind: "recompute from the CLI",
    change: async () => {
      await recomputeCosts(db, {
        ctx: systemContext("recompute"),
        input: { window: { from: "2026-11-01", to: "2026-11-02", cluster: "prod" } },
        now: NOW,
      });
    },
    action: "costs.recompute",
    actor: { kind: "system", name: "recompute" },
    targetType: "cost_facts",
    before: null,
    after: like({ window: { from: "2026-11-01", to: "2026-11-02", cluster: "prod" }, clusters: 1 }),
  },
  {
    kind: "recompute from the API",
    change: async () => {
      await recomputeCosts(db, { ctx: ADMIN, input: {}, now: NOW });
    },
    action: "costs.recompute",
    actor: byAdmin,
    targetType: "cost_facts",
    before: null,
    after: like({ window: "every open day", clusters: 2 }),
  },
  {
    kind: "data-access import from the CLI",
    change: async (f) => {
      await importDataAccessReadings(db, {
        ctx: systemContext("import data-access"),
        input: { cluster: "prod", readings: [meteredBytes] },
      });
      return f.org.prod.id;
    },
    action: "data_access.import",
    actor: { kind: "system", name: "import data-access" },
    targetType: "cluster",
    before: null,
    after: { cluster: "prod", readings: 1, written: 1, earliest: "2026-12-06T00:00:00.000Z" },
  },
  {
    kind: "digest subscription create",
    change: async () => (await createDigestSubscription(db, { ctx: ADMIN, input: mlDigest })).id,
    action: "digest_subscription.create",
    actor: byAdmin,
    targetType: "digest_subscription",
    before: null,
    after: like({ recipients: ["lead@example.com"], cadence: "weekly" }),
  },
  {
    kind: "digest subscription update",
    change: async () => {
      const { id } = await createDigestSubscription(db, { ctx: ADMIN, input: mlDigest });
      await updateDigestSubscription(db, {
        ctx: ADMIN,
        input: { id, subscription: { ...mlDigest, cadence: "monthly" } },
        now: NOW,
      });
      return id;
    },
    action: "digest_subscription.update",
    actor: byAdmin,
    targetType: "digest_subscription",
    before: like({ cadence: "weekly" }),
    after: like({ cadence: "monthly" }),
  },
  {
    kind: "digest subscription delete",
    change: async () => {
      const { id } = await createDigestSubscription(db, { ctx: ADMIN, input: mlDigest });
      await deleteDigestSubscription(db, { ctx: ADMIN, input: { id } });
      return id;
    },
    action: "digest_subscription.delete",
    actor: byAdmin,
    targetType: "digest_subscription",
    before: like({ recipients: ["lead@example.com"] }),
    after: null,
  },
  {
    kind: "digest unsubscribe (the recipient's link)",
    change: async () => {
      const { id } = await createDigestSubscription(db, { ctx: ADMIN, input: mlDigest });
      const token = signUnsubscribeToken(
        { subscriptionId: id, email: "lead@example.com", issuedAt: NOW },
        DIGEST_SECRET,
      );
      await unsubscribeRecipient(db, { token, secret: DIGEST_SECRET, now: NOW });
      return id;
    },
    action: "digest_subscription.unsubscribe",
    actor: { kind: "anonymous", name: "lead@example.com" },
    targetType: "digest_subscription",
    before: { recipient: "lead@example.com" },
    after: null,
  },
  {
    kind: "budget create",
    change: async () => (await createBudget(db, { ctx: ADMIN, input: mlBudget })).id,
    action: "budget.create",
    actor: byAdmin,
    targetType: "budget",
    before: null,
    after: like({ name: "ML", monthlyAmount: "140" }),
  },
  {
    kind: "budget update",
    change: async () => {
      const { id } = await createBudget(db, { ctx: ADMIN, input: mlBudget });
      await updateBudget(db, { ctx: ADMIN, input: { id, patch: { monthlyAmount: "200" } } });
      return id;
    },
    action: "budget.update",
    actor: byAdmin,
    targetType: "budget",
    before: like({ monthlyAmount: "140" }),
    after: like({ monthlyAmount: "200" }),
  },
  {
    kind: "budget delete",
    change: async () => {
      const { id } = await createBudget(db, { ctx: ADMIN, input: mlBudget });
      await deleteBudget(db, { ctx: ADMIN, input: { id } });
      return id;
    },
    action: "budget.delete",
    actor: byAdmin,
    targetType: "budget",
    before: like({ name: "ML" }),
    after: null,
  },
  {
    kind: "alert channel create",
    change: async () => (await createAlertChannel(db, { ctx: ADMIN, input: hook })).id,
    action: "alert_channel.create",
    actor: byAdmin,
    targetType: "alert_channel",
    before: null,
    after: like({ name: "hook", host: "hooks.example.com", signed: true }),
  },
  {
    kind: "alert channel delete",
    change: async () => {
      const { id } = await createAlertChannel(db, { ctx: ADMIN, input: hook });
      await deleteAlertChannel(db, { ctx: ADMIN, input: { id } });
      return id;
    },
    action: "alert_channel.delete",
    actor: byAdmin,
    targetType: "alert_channel",
    before: like({ name: "hook", signed: true }),
    after: null,
  },
  {
    kind: "alert rule create",
    change: async () => {
      await createAlertChannel(db, { ctx: ADMIN, input: hook });
      return (await createAlertRule(db, { ctx: ADMIN, input: rule })).id;
    },
    action: "alert_rule.create",
    actor: byAdmin,
    targetType: "alert_rule",
    before: null,
    after: like({ name: "ML 30 %", threshold: "0.3", channels: ["hook"] }),
  },
  {
    kind: "alert rule update",
    change: async () => {
      await createAlertChannel(db, { ctx: ADMIN, input: hook });
      const { id } = await createAlertRule(db, { ctx: ADMIN, input: rule });
      await updateAlertRule(db, { ctx: ADMIN, input: { id, patch: { threshold: "0.5" } } });
      return id;
    },
    action: "alert_rule.update",
    actor: byAdmin,
    targetType: "alert_rule",
    before: like({ threshold: "0.3" }),
    after: like({ threshold: "0.5" }),
  },
  {
    kind: "alert rule delete",
    change: async () => {
      await createAlertChannel(db, { ctx: ADMIN, input: hook });
      const { id } = await createAlertRule(db, { ctx: ADMIN, input: rule });
      await deleteAlertRule(db, { ctx: ADMIN, input: { id } });
      return id;
    },
    action: "alert_rule.delete",
    actor: byAdmin,
    targetType: "alert_rule",
    before: like({ name: "ML 30 %" }),
    after: null,
  },
  {
    kind: "user create",
    change: async () =>
      (
        await createUser(db, {
          ctx: ADMIN,
          input: { email: "fin@example.com", password: PASSWORD, roles: ["finance"] },
        })
      ).id,
    action: "user.create",
    actor: byAdmin,
    targetType: "user",
    before: null,
    after: like({ email: "fin@example.com", roles: ["finance"] }),
  },
  {
    kind: "user role change",
    change: async (f) => {
      await setUserRoles(db, {
        ctx: ADMIN,
        input: { email: "ada@example.com", roles: ["member"], teams: ["ml"] },
      });
      return f.user.id;
    },
    action: "user.set_roles",
    actor: byAdmin,
    targetType: "user",
    before: like({ roles: ["admin"], teams: [] }),
    after: like({ roles: ["member"], teams: ["ml"] }),
  },
  {
    kind: "password reset",
    change: async (f) => {
      await resetPassword(db, {
        ctx: ADMIN,
        input: { email: "ada@example.com", password: NEW_PASSWORD },
        now: NOW,
      });
      return f.user.id;
    },
    action: "user.reset_password",
    actor: byAdmin,
    targetType: "user",
    before: { email: "ada@example.com", passwordSet: true },
    after: { email: "ada@example.com", passwordSet: true, sessionsRevoked: 0 },
  },
  {
    kind: "token create",
    change: async () =>
      (await createApiToken(db, { ctx: ADMIN, input: { name: "ci", scope: "read" }, now: NOW })).apiToken.id,
    action: "api_token.create",
    actor: byAdmin,
    targetType: "api_token",
    before: null,
    after: like({ name: "ci", scope: "read", revokedAt: null }),
  },
  {
    kind: "token revoke",
    change: async () => {
      const { apiToken } = await createApiToken(db, {
        ctx: ADMIN,
        input: { name: "ci", scope: "read" },
        now: NOW,
      });
      await revokeApiToken(db, { ctx: ADMIN, input: { token: "ci" }, now: NOW });
      return apiToken.id;
    },
    action: "api_token.revoke",
    actor: byAdmin,
    targetType: "api_token",
    before: like({ name: "ci", revokedAt: null }),
    after: like({ name: "ci", revokedAt: NOW.toISOString() }),
  },
  {
    kind: "sign-in",
    change: async () => {
      await signIn(db, { input: { email: "ada@example.com", password: PASSWORD }, now: NOW });
      return (await db.session.findFirstOrThrow()).id;
    },
    action: "session.login",
    actor: byAdmin,
    targetType: "session",
    before: null,
    after: { method: "password" },
  },
  {
    kind: "failed sign-in",
    change: failSignIn,
    action: "session.login_failed",
    actor: { kind: "anonymous", name: "ada@example.com" },
    targetType: "session",
    before: { failures: 0 },
    after: { failures: 1, lockedUntil: null },
  },
  {
    kind: "lockout",
    change: async () => {
      for (let attempt = 0; attempt < 5; attempt++) await failSignIn();
      await signIn(db, { input: { email: "ada@example.com", password: PASSWORD }, now: NOW }).catch(() => {});
    },
    action: "session.login_locked",
    actor: { kind: "anonymous", name: "ada@example.com" },
    targetType: "session",
    before: null,
    after: { failures: 5, lockedUntil: new Date(NOW.getTime() + 30_000).toISOString() },
  },
  {
    kind: "sign-out",
    change: async () => {
      const { sessionSecret } = await signIn(db, {
        input: { email: "ada@example.com", password: PASSWORD },
        now: NOW,
      });
      await signOut(db, { sessionSecret, now: NOW });
      return (await db.session.findFirstOrThrow()).id;
    },
    action: "session.logout",
    actor: byAdmin,
    targetType: "session",
    before: { revokedAt: null },
    after: { revokedAt: NOW.toISOString() },
  },
];

/** What no audit row may hold: passwords, their hashes, tokens, webhook URLs' paths and secrets. */
const SECRETS = [
  PASSWORD,
  NEW_PASSWORD,
  "$argon2",
  "tsk_",
  WEBHOOK_SECRET,
  WEBHOOK_PATH,
  DIGEST_SECRET,
  SMTP_PASSWORD,
];

describe("the audit log records each kind of change with who, what, which object, before and after", () => {
  for (const c of CASES) {
    it(c.kind, async () => {
      const f = await fixture();
      const targetId = await c.change(f);
      const rows = await db.auditEvent.findMany({ where: { action: c.action }, orderBy: { at: "asc" } });
      const row = rows.at(-1);
      expect(row, `an audit row ${c.action}`).toBeDefined();
      expect(row).toMatchObject({
        actorKind: c.actor.kind,
        actorName: c.actor.name,
        targetType: c.targetType,
      });
      if (typeof targetId === "string") expect(row?.targetId).toBe(targetId);
      expect(row?.before).toEqual(c.before);
      expect(row?.after).toEqual(c.after);
      const everything = JSON.stringify(await db.auditEvent.findMany());
      for (const secret of SECRETS) expect(everything).not.toContain(secret);
    });
  }
});
