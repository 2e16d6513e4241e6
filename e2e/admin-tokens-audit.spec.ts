import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../lib/demo/demo-accounts";

// The admin pages: an API token created in the UI is shown once, works as a bearer token until it
// is revoked in the UI, and both changes appear in the audit log page. Others see no admin area.

const NAME = `e2e-script-${Date.now()}`;

test("an admin creates a token (shown once), revokes it, and finds both in the audit log", async ({
  page,
  playwright,
}) => {
  await page.goto("/");
  await page.getByRole("link", { name: "API tokens" }).click();
  await expect(page.getByRole("heading", { name: "API tokens" })).toBeVisible();

  await page.getByLabel("Name").fill(NAME);
  await page.getByLabel("Scope").selectOption("read");
  await page.getByRole("button", { name: "Create token" }).click();
  const secret = (await page.getByTestId("token-secret").textContent()) ?? "";
  expect(secret).toMatch(/^tsk_\S{20,}$/);
  const row = page.getByTestId(`token-${NAME}`);
  await expect(row.getByTestId("token-state")).toHaveText("active");
  await expect(row).toContainText("never");

  // Shown once: the list and a reload never show it again.
  await page.reload();
  await expect(page.getByTestId(`token-${NAME}`)).toBeVisible();
  await expect(page.getByTestId("created-token")).toHaveCount(0);
  expect(await page.content()).not.toContain(secret);

  const bearer = await playwright.request.newContext({
    baseURL: test.info().project.use.baseURL,
    storageState: { cookies: [], origins: [] },
    extraHTTPHeaders: { authorization: `Bearer ${secret}` },
  });
  try {
    expect((await bearer.get("/api/v1/overview")).status()).toBe(200);
    await page.reload();
    await expect(page.getByTestId(`token-${NAME}`)).not.toContainText("never");

    await page.getByTestId(`token-${NAME}`).getByRole("button", { name: "Revoke" }).click();
    await expect(page.getByTestId(`token-${NAME}`).getByTestId("token-state")).toHaveText(
      /^revoked \d{4}-\d\d-\d\d$/,
    );
    expect((await bearer.get("/api/v1/overview")).status()).toBe(401);
  } finally {
    await bearer.dispose();
  }

  const listed = (await (await page.request.get("/api/v1/tokens")).json()) as {
    items: { id: string; name: string }[];
  };
  const id = listed.items.find((token) => token.name === NAME)?.id ?? "";
  expect(id).not.toBe("");

  await page.getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
  await page.getByLabel("Kind").fill("api_token");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/targetType=api_token/);
  const ours = page.getByTestId("audit-event").filter({ hasText: id });
  await expect(ours.filter({ hasText: "api_token.revoke" })).toHaveCount(1);
  await expect(ours.filter({ hasText: "api_token.create" })).toHaveCount(1);
  // Before and after: the revocation's before has no revokedAt, its after has one.
  const revoke = ours.filter({ hasText: "api_token.revoke" });
  await revoke.getByText("before", { exact: true }).click();
  await revoke.getByText("after", { exact: true }).click();
  await expect(revoke.locator("pre").first()).toContainText('"revokedAt": null');
  await expect(revoke.locator("pre").nth(1)).toContainText(/"revokedAt": "\d{4}-/);
  expect(await page.content()).not.toContain(secret);
});

test("someone who is not an admin has no admin links, pages or API", async ({ browser }) => {
  const finance = DEMO_ACCOUNTS.find((a) => a.roles.includes("finance") && !a.roles.includes("admin"));
  if (!finance) throw new Error("The demo has no finance account");
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  try {
    const page = await context.newPage();
    await page.goto("/login");
    await page.getByLabel("Email").fill(finance.email);
    await page.getByLabel("Password").fill(finance.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Pricing" })).toBeVisible();
    await expect(page.getByRole("link", { name: "API tokens" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Audit log" })).toHaveCount(0);
    for (const path of ["/admin/tokens", "/admin/audit"]) {
      expect((await page.goto(path))?.status()).toBe(404);
    }
    expect((await context.request.get("/api/v1/tokens")).status()).toBe(403);
    expect((await context.request.get("/api/v1/audit")).status()).toBe(403);
  } finally {
    await context.close();
  }
});
