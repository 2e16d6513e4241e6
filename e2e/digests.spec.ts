import type { ChildProcess } from "node:child_process";
import { expect, type Page, test } from "@playwright/test";
import { type DigestCadence, dueDigestPeriods } from "../lib/costing/digests/digest-period";
import { signUnsubscribeToken, UNSUBSCRIBE_TOKEN_DAYS } from "../lib/costing/digests/unsubscribe-token";
import { formatMoney } from "../lib/format-money";
import type { ReceivedMail } from "./digest-mail";
import { sql, startSmtpServer, startWorker, stopWorker, waitFor } from "./worker-processes";

// Scheduled digests end to end: a real SMTP server on loopback, three subscriptions made due,
// a digest worker killed (SIGKILL) after its first message and two started in its place; each
// subscription must receive exactly one message, whose figures are the app's for the same period.

const LEASE_SECONDS = 10;

function startDigestWorker(smtpPort: number, baseURL: string): Promise<ChildProcess> {
  return startWorker({
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    SMTP_FROM: "Tierscope <digests@tierscope.test>",
    TIERSCOPE_PUBLIC_URL: baseURL,
    TIERSCOPE_DIGEST_LEASE_SECONDS: String(LEASE_SECONDS),
    // Below the 180 s minimum, so the takeover is tested in seconds: the test-only escape hatch.
    TIERSCOPE_DIGEST_LEASE_SECONDS_UNSAFE_FOR_TESTS: "1",
  });
}

/** Back-dates a subscription to one hour before its latest due time, so exactly one period is due. */
async function makeDue(id: string, cadence: DigestCadence, timeZone: string) {
  const due = dueDigestPeriods({ cadence, timeZone, since: new Date(0), now: new Date() });
  const latest = due.at(-1);
  if (!latest) throw new Error("no due period");
  await sql("UPDATE digest_subscription SET created_at = $1, schedule_from = $1 WHERE id = $2", [
    new Date(latest.dueAt.getTime() - 3_600_000),
    id,
  ]);
  return latest;
}

async function createInTheUi(page: Page, team: string) {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Digests" }).click();
  await expect(page.getByRole("heading", { name: "Digests", level: 1 })).toBeVisible();
  await page.getByRole("button", { name: "New subscription" }).click();
  const form = page.getByRole("form", { name: "New subscription" });
  await form.getByLabel("Team", { exact: true }).selectOption(team);
  await form.getByLabel("Recipients (comma-separated)").fill("not-an-address");
  await form.getByLabel("Time zone (IANA)").fill("Europe/Berlin");
  await form.getByRole("button", { name: "Create subscription" }).click();
  await expect(form.getByRole("alert")).toHaveText("recipients.0: not an email address");
  await form.getByLabel("Recipients (comma-separated)").fill("lead-1@example.com");
  await form.getByRole("button", { name: "Create subscription" }).click();
  await expect(page.getByTestId(`subscription-${team}`)).toBeVisible();
}

test("each due digest reaches SMTP exactly once across a killed worker, with the app's figures", async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(300_000);
  const teams = await sql<{ slug: string; name: string }>(
    "SELECT DISTINCT t.slug, t.name FROM team t JOIN namespace n ON n.team_id = t.id ORDER BY t.slug LIMIT 2",
  );
  // The namespace digest goes to the namespace with the most GPU idle cost in the month it will cover.
  const lastMonth = dueDigestPeriods({
    cadence: "monthly",
    timeZone: "America/New_York",
    since: new Date(0),
    now: new Date(),
  }).at(-1) as { start: string; end: string };
  const byNamespace = await (
    await request.get(`/api/v1/gpu-idle?from=${lastMonth.start}&to=${lastMonth.end}&by=namespace`)
  ).json();
  const owner = {
    cluster: byNamespace.groups[0].clusterName as string,
    namespace: byNamespace.groups[0].namespace as string,
  };
  const [teamA, teamB] = teams.map((t) => t.slug) as [string, string];

  await createInTheUi(page, teamA);
  const created = [
    { team: teamB, recipients: ["lead-2@example.com"], cadence: "weekly", timeZone: "Asia/Tokyo" },
    {
      cluster: owner.cluster,
      namespace: owner.namespace,
      recipients: ["lead-3@example.com"],
      cadence: "monthly",
      timeZone: "America/New_York",
    },
  ];
  for (const body of created) {
    expect((await request.post("/api/v1/digests/subscriptions", { data: body })).status()).toBe(201);
  }
  const subscriptions = (await (await request.get("/api/v1/digests/subscriptions")).json()).items as {
    id: string;
    cadence: DigestCadence;
    timeZone: string;
    recipients: string[];
  }[];
  // The demo ships its own subscription (not due: it was made at load); this test's three are lead-*.
  const mine = subscriptions.filter((s) => s.recipients[0]?.startsWith("lead-"));
  expect(mine).toHaveLength(3);
  const periods = new Map<string, { start: string; end: string }>();
  for (const s of mine) periods.set(s.recipients[0] as string, await makeDue(s.id, s.cadence, s.timeZone));

  const smtp = await startSmtpServer();
  const sentCount = async () =>
    Number((await sql<{ n: string }>("SELECT count(*) AS n FROM digest_send WHERE status = 'sent'"))[0]?.n);
  const claimedSends = () =>
    sql<{ id: string }>("SELECT id FROM digest_send WHERE status = 'sending' AND handed_off_at IS NULL");
  let interrupted: { id: string } | undefined;
  const workers: ChildProcess[] = [];
  try {
    const first = await startDigestWorker(smtp.port, baseURL as string);
    await waitFor(async () => (await sentCount()) >= 1, "the first digest");
    // Kill it mid-digest: while it holds a send it has claimed and not yet handed to SMTP.
    await waitFor(async () => (await claimedSends()).length > 0, "the worker's next claim");
    await stopWorker(first, "SIGKILL");
    interrupted = (await claimedSends())[0];
    // Past the lease, a send the killed worker had claimed (but not handed to SMTP) is free again.
    await new Promise((resolve) => setTimeout(resolve, (LEASE_SECONDS + 1) * 1000));
    workers.push(
      await startDigestWorker(smtp.port, baseURL as string),
      await startDigestWorker(smtp.port, baseURL as string),
    );
    await waitFor(async () => (await sentCount()) === 3, "all three digests");
    // Let both workers sweep and poll again: a duplicate would arrive now.
    await new Promise((resolve) => setTimeout(resolve, 8000));
  } finally {
    for (const worker of workers) await stopWorker(worker, "SIGTERM");
    await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
  }

  const recipients = smtp.mails.map((m) => m.headers.to).sort();
  expect(recipients).toEqual(["lead-1@example.com", "lead-2@example.com", "lead-3@example.com"]);
  const log = await sql<{ id: string; trigger: string; status: string; attempts: number }>(
    "SELECT id, trigger, status, attempts FROM digest_send",
  );
  expect(log.map((s) => [s.trigger, s.status])).toEqual([
    ["schedule", "sent"],
    ["schedule", "sent"],
    ["schedule", "sent"],
  ]);
  // The send the killed worker held was taken over after the lease: its second attempt sent it.
  expect(log.find((s) => s.id === interrupted?.id)?.attempts).toBe(2);

  // The team digest's figures are what the team's page computes for the same days.
  const mail = smtp.mails.find((m) => m.headers.to === "lead-1@example.com") as ReceivedMail;
  const period = periods.get("lead-1@example.com") as { start: string; end: string };
  const costs = await (
    await request.get(`/api/v1/teams/${teamA}/costs?from=${period.start}&to=${period.end}`)
  ).json();
  expect(mail.headers["list-unsubscribe"]).toMatch(new RegExp(`^<${baseURL}/unsubscribe\\?token=`));
  expect(mail.headers.subject).toBe(
    `Tierscope: Storage costs of ${teams[0]?.name} (team ${teamA}), ${period.start} to ${period.end}`,
  );
  expect(mail.text).toContain(
    `${formatMoney(costs.totals.total, costs.currency)} from ${period.start} to ${period.end}`,
  );
  expect(mail.text).toContain(
    `against ${formatMoney(costs.totals.previousTotal, costs.currency)} from ${costs.previousWindow.from}`,
  );
  const top = costs.topResources.items[0];
  expect(mail.text).toContain(`- ${top.name ?? top.resourceUid} (`);
  await page.setContent(mail.html);
  await expect(page.locator('[data-figure="spend-total"]')).toHaveText(
    formatMoney(costs.totals.total, costs.currency),
  );
  await expect(page.getByRole("link", { name: "Open in Tierscope" })).toHaveAttribute(
    "href",
    `${baseURL}/teams/${teamA}?window=custom&from=${period.start}&to=${period.end}`,
  );
  await page.screenshot({ path: "artifacts/screenshots/digest-email.png", fullPage: true });

  // The namespace's monthly digest agrees with the namespace page too.
  const monthly = smtp.mails.find((m) => m.headers.to === "lead-3@example.com") as ReceivedMail;
  const month = periods.get("lead-3@example.com") as { start: string; end: string };
  const nsCosts = await (
    await request.get(
      `/api/v1/namespaces/${owner.cluster}/${owner.namespace}/costs?from=${month.start}&to=${month.end}`,
    )
  ).json();
  expect(monthly.text).toContain(
    `${formatMoney(nsCosts.totals.total, nsCosts.currency)} from ${month.start} to ${month.end}`,
  );
  // The message's text part has CRLF line ends.
  const monthlyText = monthly.text.replaceAll("\r\n", "\n");
  // Its GPU idle cost is the GPU efficiency page's for the namespace over the same days…
  const gpu = await (
    await request.get(
      `/api/v1/gpu-idle?from=${month.start}&to=${month.end}&by=namespace&cluster=${owner.cluster}&pageSize=500`,
    )
  ).json();
  const gpuGroup = gpu.groups.find((g: { key: string }) => g.key === `${owner.cluster}/${owner.namespace}`) as
    | { figures: { idleCost: string | null; podCount: number } }
    | undefined;
  expect(gpuGroup?.figures.podCount).toBeGreaterThan(0);
  const idleCost = gpuGroup?.figures.idleCost;
  expect(monthlyText).toContain(
    `\nIdle cost: ${idleCost ? formatMoney(idleCost, gpu.currency) : "unpriced"}\n`,
  );
  // …and its first open recommendation is the Recommendations page's first in that namespace.
  const recommendations: { namespace: string; name: string; netMonthlyValue: string | null }[] = [];
  for (let p = 1; ; p++) {
    const list = await (
      await request.get(`/api/v1/recommendations?cluster=${owner.cluster}&page=${p}`)
    ).json();
    recommendations.push(...list.items);
    if (p * list.pageSize >= list.totalItems) break;
  }
  const first = recommendations.find((r) => r.namespace === owner.namespace);
  expect(first).toBeDefined();
  const section = monthlyText.slice(
    monthlyText.indexOf("OPEN RECOMMENDATIONS"),
    monthlyText.indexOf("GPU IDLE COST"),
  );
  const firstLine = section.split("\n").find((line) => line.startsWith("- "));
  const prefix = `- ${first?.namespace}/${first?.name} (`;
  expect(firstLine?.slice(0, prefix.length)).toBe(prefix);
  expect(firstLine).toContain(
    `): ${first?.netMonthlyValue ? `${formatMoney(first.netMonthlyValue, gpu.currency)}/month` : "unpriced"}`,
  );
  await page.setContent(monthly.html);
  await expect(page.locator('[data-figure="gpu-idle-cost"]')).toHaveText(
    idleCost ? formatMoney(idleCost, gpu.currency) : "unpriced",
  );
  await page.screenshot({ path: "artifacts/screenshots/digest-email-namespace.png", fullPage: true });

  // The send log in the UI, then the unsubscribe link, which works without logging in.
  await page.goto("/digests");
  await expect(page.getByRole("region", { name: "Send log" }).getByText("sent", { exact: true })).toHaveCount(
    3,
  );
  await page.screenshot({ path: "artifacts/screenshots/digests.png", fullPage: true });
  await page.setContent(mail.html);
  const unsubscribe = (await page.getByRole("link", { name: "Unsubscribe" }).getAttribute("href")) as string;
  await page.goto(unsubscribe);
  await page.getByRole("button", { name: "Unsubscribe lead-1@example.com" }).click();
  await expect(page.getByRole("heading", { name: "Unsubscribed" })).toBeVisible();
  const after = (await (await request.get("/api/v1/digests/subscriptions")).json()).items as {
    recipients: string[];
  }[];
  const leads = after.flatMap((s) => s.recipients).filter((r) => r.startsWith("lead-"));
  expect(leads.sort()).toEqual(["lead-2@example.com", "lead-3@example.com"]);
});

test("a digest previews in the browser, and Send now without SMTP renders and logs it", async ({ page }) => {
  await page.goto("/digests");
  const row = page.locator('[data-testid^="subscription-"]').filter({ hasNotText: "nobody" }).first();
  await row.getByRole("link", { name: "Preview" }).click();
  await expect(page.getByRole("heading", { name: /^Preview: / })).toBeVisible();
  await expect(page.getByTestId("preview-subject")).toContainText("Tierscope: Storage costs of");
  const frame = page.frameLocator('iframe[title="Digest preview"]');
  for (const heading of ["Spend and trend", "Open recommendations", "GPU idle cost"])
    await expect(frame.getByRole("heading", { name: heading })).toBeVisible();
  await page.screenshot({ path: "artifacts/screenshots/digest-preview.png", fullPage: true });
  await page.getByRole("button", { name: "Send now" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Rendered and logged" })).toHaveText(
    "Rendered and logged: no SMTP configured.",
  );
  await page.goto("/digests");
  await expect(
    page.getByRole("region", { name: "Send log" }).getByText("logged", { exact: true }),
  ).toHaveCount(1);
});

test("subscriptions are edited and deleted on the page; the API answers bad input with 422 and 404", async ({
  page,
  request,
}) => {
  const unknownTeam = await request.post("/api/v1/digests/subscriptions", {
    data: { team: "no-such-team", recipients: ["a@example.com"], cadence: "weekly", timeZone: "UTC" },
  });
  expect(unknownTeam.status()).toBe(422);
  expect((await unknownTeam.json()).error.message).toBe('team: no team "no-such-team"');
  const missing = await request.get("/api/v1/digests/subscriptions/00000000-0000-4000-8000-000000000000");
  expect(missing.status()).toBe(404);
  expect((await request.get("/api/v1/digests/subscriptions/not-an-id")).status()).toBe(422);

  await page.goto("/digests");
  const rows = page.locator('[data-testid^="subscription-"]');
  const before = await rows.count();
  const row = rows.filter({ hasText: "Asia/Tokyo" });
  await row.getByRole("button", { name: "Edit" }).click();
  const form = page.getByRole("form", { name: "Edit subscription" });
  await form.getByLabel("Time zone (IANA)").fill("Mars/Olympus");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByRole("alert")).toHaveText("timeZone: not an IANA time zone (e.g. Europe/Berlin)");
  await form.getByLabel("Time zone (IANA)").fill("Australia/Sydney");
  await form.getByRole("button", { name: "Save" }).click();
  const edited = rows.filter({ hasText: "Australia/Sydney" });
  await expect(edited).toHaveCount(1);
  page.once("dialog", (dialog) => dialog.accept());
  await edited.getByRole("button", { name: "Delete" }).click();
  await expect(rows).toHaveCount(before - 1);
});

test("an expired unsubscribe link answers a page saying so, and a click removes nobody", async ({
  playwright,
  baseURL,
  request,
}) => {
  const anonymous = await playwright.request.newContext({
    baseURL,
    storageState: { cookies: [], origins: [] },
  });
  // Any link first: the instance makes its signing secret on first use.
  expect((await anonymous.get("/unsubscribe?token=nonsense")).status()).toBe(404);
  const [secret] = await sql<{ value: string }>(
    "SELECT value FROM setting WHERE key = 'digests.unsubscribeSecret'",
  );
  const subscriptions = (await (await request.get("/api/v1/digests/subscriptions")).json()).items as {
    id: string;
    recipients: string[];
  }[];
  const subscription = subscriptions.find((s) => s.recipients.length > 0);
  const email = subscription?.recipients[0] as string;
  const issuedAt = new Date(Date.now() - (UNSUBSCRIBE_TOKEN_DAYS + 1) * 86_400_000);
  const token = signUnsubscribeToken(
    { subscriptionId: subscription?.id as string, email, issuedAt },
    secret?.value as string,
  );
  const page = await anonymous.get(`/unsubscribe?token=${token}`);
  expect(page.status()).toBe(410);
  expect(await page.text()).toContain("This unsubscribe link has expired");
  const oneClick = await anonymous.post(`/unsubscribe?token=${token}`, {
    form: { "List-Unsubscribe": "One-Click" },
  });
  expect(oneClick.status()).toBe(410);
  const after = await (await request.get(`/api/v1/digests/subscriptions/${subscription?.id}`)).json();
  expect(after.recipients).toContain(email);
  await anonymous.dispose();
});
