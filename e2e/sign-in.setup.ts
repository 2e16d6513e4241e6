import { expect, test as setup } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../lib/demo/demo-accounts";
import { ADMIN_STORAGE_STATE } from "./auth-state";

// Signs in once through the login page as the demo admin, and saves the session for every spec.
setup("sign in as the demo admin", async ({ page }) => {
  const admin = DEMO_ACCOUNTS.find((account) => account.roles.includes("admin"));
  if (!admin) throw new Error("The demo has no admin account");
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel("Email").fill(admin.email);
  await page.getByLabel("Password").fill(admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await page.context().storageState({ path: ADMIN_STORAGE_STATE });
});
