import { describe, expect, it } from "vitest";
import { createShowbackOrg } from "../../testing/cost-factories";
import { setUpTestDatabase } from "../../testing/test-database";
import { createBudget } from "../budgets/create-budget";
import type { ServiceContext } from "../service-context";
import { InvalidInputError } from "../service-errors";
import { createAlertChannel } from "./create-alert-channel";
import { createAlertRule } from "./create-alert-rule";
import { updateAlertRule } from "./update-alert-rule";

const { db } = setUpTestDatabase();
const admin: ServiceContext = {
  actor: { kind: "system", name: "test" },
  roles: ["admin"],
  scope: { kind: "all" },
};

/** Teams ml and web, each with a team budget and a namespace budget on prod. */
async function twoTeamsWithBudgets() {
  const org = await createShowbackOrg(db);
  const budget = (name: string, scopeKind: "team" | "namespace", scopeKey: string) =>
    createBudget(db, {
      ctx: admin,
      input: { name, scopeKind, scopeKey, monthlyAmount: "100", currency: "USD" },
    });
  await budget("ML team", "team", "ml");
  await budget("Web team", "team", "web");
  await budget("ML namespace", "namespace", "prod/ml");
  await budget("Web namespace", "namespace", "prod/web");
  await createAlertChannel(db, {
    ctx: admin,
    input: { name: "mail", kind: "email", recipients: ["fin@example.com"] },
  });
  return org;
}

const webRule = (name: string, budget: string) =>
  createAlertRule(db, {
    ctx: admin,
    input: { name, kind: "budget_actual", threshold: "0.8", team: "web", budget, channels: ["mail"] },
  });

describe("a team's budget rule", () => {
  it("may watch its own team's budget and its own namespaces' budgets", async () => {
    await twoTeamsWithBudgets();
    expect((await webRule("team", "Web team")).budget).toBe("Web team");
    expect((await webRule("namespace", "Web namespace")).budget).toBe("Web namespace");
  });

  it("is refused at creation when it names another team's team or namespace budget, naming the field", async () => {
    await twoTeamsWithBudgets();
    const team = webRule("other team", "ML team");
    await expect(team).rejects.toBeInstanceOf(InvalidInputError);
    await expect(team).rejects.toThrow(
      'budget: "ML team" watches team "ml", which team "web" does not own: a rule for team "web" would never see it',
    );
    await expect(webRule("other namespace", "ML namespace")).rejects.toThrow(
      /^budget: "ML namespace" watches namespace "prod\/ml", which team "web" does not own/,
    );
    expect(await db.alertRule.count()).toBe(0);
  });

  it("is refused when an edit points it at another team's budget, and keeps the budget it had", async () => {
    await twoTeamsWithBudgets();
    const rule = await webRule("web", "Web team");
    const edit = updateAlertRule(db, {
      ctx: admin,
      input: { id: rule.id, patch: { budget: "ML namespace" } },
    });
    await expect(edit).rejects.toBeInstanceOf(InvalidInputError);
    await expect(edit).rejects.toThrow(/^budget: "ML namespace" watches namespace "prod\/ml"/);
    const kept = await db.alertRule.findUniqueOrThrow({ where: { id: rule.id }, include: { budget: true } });
    expect(kept.budget?.name).toBe("Web team");
    const moved = await updateAlertRule(db, {
      ctx: admin,
      input: { id: rule.id, patch: { budget: "Web namespace" } },
    });
    expect(moved.budget).toBe("Web namespace");
    expect(
      (await updateAlertRule(db, { ctx: admin, input: { id: rule.id, patch: { budget: null } } })).budget,
    ).toBe(null);
  });
});
