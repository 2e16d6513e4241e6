import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { pdfText } from "./pdf-text";
import { demoAccount, signedIn } from "./sign-in-as";

// Team scope end to end: the demo's LLM Research lead cannot reach Computer Vision's data through
// the pages, direct URLs, the API, the CSV/FOCUS/PDF exports or a digest; finance sees both. The
// API answers 404 for another team's namespace, team, volume and digest: a scope never reveals
// that they exist.

const LEAD = demoAccount("llm-lead@acme-ai.example");
const FINANCE = demoAccount("finance@acme-ai.example");

function lastMonth(): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
}
const MONTH = lastMonth();

interface NamespaceGroup {
  name: string | null;
  clusterName: string | null;
  kind: string;
}

/** Where the demo keeps a namespace (its cluster), as the admin's showback lists it. */
async function clusterOf(api: APIRequestContext, namespace: string): Promise<string> {
  const body = await (await api.get(`/api/v1/costs?month=${MONTH}&by=namespace&pageSize=500`)).json();
  const group = (body.groups as NamespaceGroup[]).find((g) => g.name === namespace);
  if (!group?.clusterName) throw new Error(`No namespace ${namespace} in the demo's showback`);
  return group.clusterName;
}

/** A volume claimed in `namespace`, as the admin's inventory lists it. */
async function volumeIn(api: APIRequestContext, cluster: string, namespace: string): Promise<string> {
  const body = await (
    await api.get(`/api/v1/volumes?cluster=${cluster}&namespace=${namespace}&include=all&pageSize=1`)
  ).json();
  const uid = body.items[0]?.uid as string | undefined;
  if (!uid) throw new Error(`No volume in ${cluster}/${namespace}`);
  return uid;
}

const teamKeys = async (api: APIRequestContext) =>
  (
    (await (await api.get(`/api/v1/costs?month=${MONTH}&by=team&pageSize=500`)).json()).groups as {
      key: string;
    }[]
  ).map((g) => g.key);

async function expectNoVision(page: Page) {
  await expect(page.getByText(/Computer Vision|vision-train|vision-eval/)).toHaveCount(0);
}

test("team A's lead sees only team A in the pages, and another team's pages read as missing", async ({
  browser,
  request,
}) => {
  const cluster = await clusterOf(request, "vision-train");
  const lead = await signedIn(browser, LEAD);
  await lead.page.goto(`/showback?window=custom&from=${MONTH}-01&to=${MONTH}-28&by=team`);
  await expect(lead.page.getByRole("link", { name: "LLM Research" }).first()).toBeVisible();
  await expectNoVision(lead.page);
  await lead.page.goto(`/showback?window=custom&from=${MONTH}-01&to=${MONTH}-28&by=namespace`);
  await expect(lead.page.getByText("llm-train").first()).toBeVisible();
  await expectNoVision(lead.page);

  // Another team's pages read exactly as missing ones: a 404 and the not-found page.
  for (const path of ["/teams/vision", `/namespaces/${cluster}/vision-train`]) {
    const response = await lead.page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(lead.page.getByRole("heading", { name: "Not found" })).toBeVisible();
  }
  await lead.page.goto("/waste");
  await expectNoVision(lead.page);
  await lead.close();
});

test("the API answers 404 for another team's namespace, team and volume, and lists none of its rows", async ({
  browser,
  request,
}) => {
  const visionCluster = await clusterOf(request, "vision-train");
  const llmCluster = await clusterOf(request, "llm-train");
  const visionVolume = await volumeIn(request, visionCluster, "vision-train");
  const llmVolume = await volumeIn(request, llmCluster, "llm-train");
  const lead = await signedIn(browser, LEAD);
  const window = `month=${MONTH}`;

  for (const path of [
    `/api/v1/teams/vision/costs?${window}`,
    `/api/v1/namespaces/${visionCluster}/vision-train/costs?${window}`,
    `/api/v1/volumes/${visionCluster}/${visionVolume}?${window}`,
  ]) {
    expect((await lead.api.get(path)).status(), path).toBe(404);
    expect((await request.get(path)).status(), `admin: ${path}`).toBe(200);
  }
  expect((await lead.api.get(`/api/v1/teams/llm-research/costs?${window}`)).status()).toBe(200);
  expect((await lead.api.get(`/api/v1/volumes/${llmCluster}/${llmVolume}?${window}`)).status()).toBe(200);

  expect(await teamKeys(lead.api)).not.toContain("vision");
  expect(await teamKeys(lead.api)).toContain("llm-research");
  const namespaces = await (await lead.api.get(`/api/v1/costs?${window}&by=namespace&pageSize=500`)).json();
  expect(JSON.stringify(namespaces.groups)).not.toMatch(/vision/);
  const volumes = await (await lead.api.get("/api/v1/volumes?include=all&pageSize=500")).json();
  expect(volumes.items.map((v: { claimNamespace: string | null }) => v.claimNamespace)).not.toContain(
    "vision-train",
  );
  const waste = await (await lead.api.get("/api/v1/waste.csv")).text();
  expect(waste).not.toMatch(/vision/);

  const finance = await signedIn(browser, FINANCE);
  const all = await teamKeys(finance.api);
  expect(all).toEqual(expect.arrayContaining(["vision", "llm-research"]));
  await finance.close();
  await lead.close();
});

test("the chargeback CSV, FOCUS and PDF exports hold only the lead's team; finance's hold both", async ({
  browser,
}) => {
  const lead = await signedIn(browser, LEAD);
  const finance = await signedIn(browser, FINANCE);
  const query = `by=team&preliminary=true`;

  const csv = await (await lead.api.get(`/api/v1/reports/${MONTH}?${query}&format=csv`)).text();
  expect(csv).toContain("llm-research");
  expect(csv).not.toMatch(/vision/i);
  const focus = await (await lead.api.get(`/api/v1/reports/${MONTH}?${query}&format=focus`)).text();
  expect(focus).toContain("llm-train");
  expect(focus).not.toMatch(/vision-train|vision-eval/);
  const pdf = await lead.api.get(`/api/v1/reports/${MONTH}?${query}&format=pdf`);
  expect(pdf.status()).toBe(200);
  const leadPdf = pdfText(await pdf.body());
  expect(leadPdf).toMatch(/LLM Research|llm-research/);
  expect(leadPdf).not.toMatch(/vision/i);
  const report = await (await lead.api.get(`/api/v1/reports/${MONTH}?${query}`)).json();
  expect(JSON.stringify(report.groups)).not.toMatch(/vision/);

  const all = await (await finance.api.get(`/api/v1/reports/${MONTH}?${query}&format=csv`)).text();
  expect(all).toContain("llm-research");
  expect(all).toContain("vision");
  const financePdf = await finance.api.get(`/api/v1/reports/${MONTH}?${query}&format=pdf`);
  expect(financePdf.status()).toBe(200);
  const bothPdf = pdfText(await financePdf.body());
  expect(bothPdf).toMatch(/LLM Research|llm-research/);
  expect(bothPdf).toMatch(/Computer Vision|vision/);
  await finance.close();
  await lead.close();
});

test("another team's digest reads as missing; a digest of the lead's team holds none of the other's", async ({
  browser,
  request,
}) => {
  const body = (team: string) => ({
    team,
    recipients: [`${team}-digest@acme-ai.example`],
    cadence: "weekly",
    timeZone: "Europe/Berlin",
  });
  const vision = await (await request.post("/api/v1/digests/subscriptions", { data: body("vision") })).json();
  const lead = await signedIn(browser, LEAD);

  expect((await lead.api.get(`/api/v1/digests/subscriptions/${vision.id}`)).status()).toBe(404);
  expect((await lead.api.get(`/api/v1/digests/subscriptions/${vision.id}/preview`)).status()).toBe(404);
  expect(
    (await lead.api.post(`/api/v1/digests/subscriptions/${vision.id}/send`, { data: {} })).status(),
  ).toBe(404);
  const listed = await (await lead.api.get("/api/v1/digests/subscriptions")).json();
  expect(listed.items.map((s: { id: string }) => s.id)).not.toContain(vision.id);
  expect((await lead.api.post("/api/v1/digests/subscriptions", { data: body("vision") })).status()).toBe(404);

  const created = await lead.api.post("/api/v1/digests/subscriptions", { data: body("llm-research") });
  expect(created.status()).toBe(201);
  const own = await created.json();
  const preview = await (
    await lead.api.get(`/api/v1/digests/subscriptions/${own.id}/preview?format=text`)
  ).text();
  expect(preview).toContain("llm-research");
  expect(preview).not.toMatch(/vision/);
  await lead.page.goto(`/digests/${vision.id}`);
  await expect(lead.page.getByText(body("vision").recipients[0] as string)).toHaveCount(0);

  await request.delete(`/api/v1/digests/subscriptions/${vision.id}`);
  await request.delete(`/api/v1/digests/subscriptions/${own.id}`);
  await lead.close();
});
