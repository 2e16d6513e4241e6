import { expect, test } from "@playwright/test";

// The reference is the app's own OpenAPI document, rendered by the app: every operation is on the page.
test("API reference → every operation of /api/v1/openapi.json, grouped by tag, with parameters", async ({
  page,
}) => {
  const document = (await (await page.request.get("/api/v1/openapi.json")).json()) as {
    paths: Record<string, Record<string, { operationId: string }>>;
  };
  const ids = Object.values(document.paths).flatMap((item) =>
    Object.values(item).map((op) => op.operationId),
  );
  expect(ids.length).toBeGreaterThan(20);

  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "API reference" }).click();
  await expect(page.getByRole("heading", { name: "API reference", level: 1 })).toBeVisible();
  await expect(page.locator('[data-testid^="operation-"]')).toHaveCount(ids.length);

  const settings = page.getByTestId("operation-updateSettings");
  await expect(settings).toContainText("PATCH");
  await expect(settings).toContainText("/api/v1/settings");
  await expect(settings).toContainText("422");
  await expect(page.getByRole("heading", { name: "Settings", level: 2 })).toBeVisible();

  const costs = page.getByTestId("operation-getShowback");
  await expect(costs.getByRole("table")).toContainText("from");
  await expect(costs).toContainText("sessionCookie or bearerToken");
});
