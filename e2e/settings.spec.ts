import { expect, test } from "@playwright/test";

// A threshold changed on the Settings page is what the Waste page judges by, at once.
test("Settings → raise the unmounted-claim threshold → Waste finds none, and the audit log has it", async ({
  page,
}) => {
  await page.goto("/waste");
  const unmounted = page.getByTestId("rule-total-unmounted-claim").getByTestId("rule-count");
  await expect(unmounted).not.toHaveText("0");

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();
  const form = page.getByRole("form", { name: "Waste thresholds" });
  const field = form.getByLabel("Unmounted days");
  await expect(field).toHaveValue("14");

  await field.fill("-1");
  await form.getByRole("button", { name: /Save/ }).click();
  await expect(form.getByRole("alert")).toContainText("waste.thresholds.unmountedDays");

  await field.fill("3650");
  await form.getByRole("button", { name: /Save/ }).click();
  await expect(form.getByRole("status")).toHaveText("Saved");

  await page.goto("/waste");
  await expect(unmounted).toHaveText("0");

  await page.goto("/admin/audit");
  await expect(page.getByText("waste.thresholds").first()).toBeVisible();

  // Back to the default for the specs after this one: a blank field restores it.
  await page.goto("/settings");
  await page.getByRole("form", { name: "Waste thresholds" }).getByLabel("Unmounted days").fill("");
  await page.getByRole("form", { name: "Waste thresholds" }).getByRole("button", { name: /Save/ }).click();
  await expect(page.getByRole("form", { name: "Waste thresholds" }).getByRole("status")).toHaveText("Saved");
  await page.goto("/waste");
  await expect(unmounted).not.toHaveText("0");
});
