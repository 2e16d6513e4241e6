import { describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "../../demo/demo-accounts";
import { createOrganization } from "../../testing/factories";
import { setUpTestDatabase } from "../../testing/test-database";
import { systemContext } from "../service-context";
import { clearPublishedDemoPasswords } from "./clear-published-demo-passwords";
import { ensureDemoAccounts } from "./ensure-demo-accounts";
import { resetPassword } from "./reset-password";
import { signIn } from "./sign-in";

const { db } = setUpTestDatabase();
const NOW = new Date(Date.UTC(2026, 11, 7, 9, 0, 0));
const [ADMIN, FINANCE] = DEMO_ACCOUNTS as [(typeof DEMO_ACCOUNTS)[number], (typeof DEMO_ACCOUNTS)[number]];
const OWN_PASSWORD = "a password of our own";

/** The demo's accounts, on the demo's teams, as `tierscope demo` makes them. */
async function demoAccounts() {
  const org = await createOrganization(db);
  const slugs = [...new Set(DEMO_ACCOUNTS.flatMap((a) => a.teams))];
  await db.team.createMany({ data: slugs.map((slug) => ({ orgId: org.id, slug, name: slug })) });
  await ensureDemoAccounts(db, NOW);
}

async function signsIn(email: string, password: string): Promise<boolean> {
  return signIn(db, { input: { email, password }, now: NOW }).then(
    () => true,
    () => false,
  );
}

describe("the demo's published passwords outside demo mode", () => {
  it("stop working, sessions included, and are audited; a password someone set stays", async () => {
    await demoAccounts();
    await signIn(db, { input: { email: ADMIN.email, password: ADMIN.password }, now: NOW });
    await resetPassword(db, {
      ctx: systemContext("test"),
      input: { email: FINANCE.email, password: OWN_PASSWORD },
      now: NOW,
    });

    const cleared = await clearPublishedDemoPasswords(db, { ctx: systemContext("serve"), now: NOW });

    expect(cleared).toEqual(DEMO_ACCOUNTS.filter((a) => a !== FINANCE).map((a) => a.email));
    expect(await signsIn(ADMIN.email, ADMIN.password)).toBe(false);
    expect(await signsIn(FINANCE.email, OWN_PASSWORD)).toBe(true);
    const sessions = await db.session.findMany({ where: { user: { email: ADMIN.email } } });
    expect(sessions.map((s) => s.revokedAt)).toEqual([NOW]);
    const audited = await db.auditEvent.findMany({ where: { action: "user.demo_password_cleared" } });
    expect(audited.map((a) => a.actorName).every((name) => name === "serve")).toBe(true);
    expect(audited).toHaveLength(cleared.length);
    expect(JSON.stringify(audited)).not.toMatch(/argon2|demo-.*-password/);
    // A second start finds nothing left to clear.
    expect(await clearPublishedDemoPasswords(db, { ctx: systemContext("serve"), now: NOW })).toEqual([]);
  });

  it("work again when the demo runs again, which keeps a password someone set", async () => {
    await demoAccounts();
    await resetPassword(db, {
      ctx: systemContext("test"),
      input: { email: FINANCE.email, password: OWN_PASSWORD },
      now: NOW,
    });
    await clearPublishedDemoPasswords(db, { ctx: systemContext("serve"), now: NOW });
    expect(await ensureDemoAccounts(db, NOW)).toBe(0);
    expect(await signsIn(ADMIN.email, ADMIN.password)).toBe(true);
    expect(await signsIn(FINANCE.email, FINANCE.password)).toBe(false);
    expect(await signsIn(FINANCE.email, OWN_PASSWORD)).toBe(true);
  });
});
