import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchAwsPrices } from "./fetch-aws";
import { fetchAzurePrices } from "./fetch-azure";
import { fetchGcpPrices } from "./fetch-gcp";
import { fixture } from "./fixtures";

// The fetchers against a local HTTP server on 127.0.0.1 that answers with recorded responses,
// including a throttled first answer, paging, and an invalid key. Waits are recorded, not slept.

type Handler = (
  request: IncomingMessage,
  body: string,
) => { status: number; body: string; headers?: Record<string, string> };
let server: Server;
let base = "";
const log: { path: string; body: string; headers: IncomingMessage["headers"] }[] = [];
let handler: Handler = () => ({ status: 404, body: "" });

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => {
      body += chunk;
    });
    request.on("end", () => {
      log.push({ path: request.url ?? "", body, headers: request.headers });
      const answer = handler(request, body);
      response.writeHead(answer.status, { "content-type": "application/json", ...answer.headers });
      response.end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const waits: number[] = [];
const retry = { sleep: async (ms: number) => void waits.push(ms), random: () => 1 };
const reset = (next: Handler) => {
  log.length = 0;
  waits.length = 0;
  handler = next;
};

describe("Azure fetcher", () => {
  it("retries a 429, then follows NextPageLink to the last page", async () => {
    let throttled = false;
    reset((request) => {
      if (!throttled) {
        throttled = true;
        return { status: 429, body: "", headers: { "retry-after": "2" } };
      }
      const page = request.url?.includes("$skip=1000") ? 2 : 1;
      return {
        status: 200,
        body: fixture(`azure-retail-eastus-page-${page}.json`).replace("{{BASE}}", base),
      };
    });
    const result = await fetchAzurePrices({
      fetch,
      regions: ["eastus"],
      currency: "USD",
      baseUrl: `${base}/api/retail/prices`,
      retry,
    });
    expect(waits).toEqual([2000]);
    expect(log).toHaveLength(3);
    const first = new URL(`${base}${log[0]?.path}`);
    expect(first.searchParams.get("$filter")).toContain("armRegionName eq 'eastus'");
    expect(first.searchParams.get("currencyCode")).toBe("'USD'");
    expect(result.prices.some((p) => p.product === "azure-ultra-disk")).toBe(true);
    expect(result.prices.some((p) => p.product === "azure-premium-ssd-lrs")).toBe(true);
  });

  it("names the API and status of an error answer", async () => {
    reset(() => ({
      status: 400,
      body: '{"Error":{"Code":"InvalidFilter","Message":"Invalid OData filter"}}',
    }));
    await expect(
      fetchAzurePrices({
        fetch,
        regions: ["eastus"],
        currency: "USD",
        baseUrl: `${base}/api/retail/prices`,
        retry,
      }),
    ).rejects.toThrow("Azure Retail Prices API: HTTP 400: Invalid OData filter");
  });
});

describe("GCP fetcher", () => {
  it("finds services by name and follows nextPageToken with the API key", async () => {
    reset((request) => {
      const url = new URL(`${base}${request.url}`);
      if (url.pathname === "/v1/services") return { status: 200, body: fixture("gcp-services.json") };
      const page = url.searchParams.get("pageToken") === "T3-next-page-token" ? 2 : 1;
      return { status: 200, body: fixture(`gcp-compute-skus-page-${page}.json`) };
    });
    const result = await fetchGcpPrices({
      fetch,
      apiKey: "k3y",
      regions: ["us-central1"],
      currency: "USD",
      baseUrl: base,
      retry,
    });
    const paths = log.map((l) => new URL(`${base}${l.path}`));
    expect(paths.map((u) => u.pathname)).toEqual([
      "/v1/services",
      "/v1/services/6F81-5844-456A/skus",
      "/v1/services/6F81-5844-456A/skus",
    ]);
    expect(paths.every((u) => u.searchParams.get("key") === "k3y")).toBe(true);
    expect(paths[1]?.searchParams.get("currencyCode")).toBe("USD");
    expect(result.prices.find((p) => p.product === "gce-pd-ssd")?.unitPrice?.toFixed()).toBe("0.17");
  });

  it("says the API key is invalid", async () => {
    reset(() => ({ status: 400, body: fixture("gcp-error-api-key-invalid.json") }));
    await expect(
      fetchGcpPrices({
        fetch,
        apiKey: "bad",
        regions: ["us-central1"],
        currency: "USD",
        baseUrl: base,
        retry,
      }),
    ).rejects.toThrow(
      "GCP Cloud Billing Catalog API rejected the request (API_KEY_INVALID): API key not valid. Please pass a valid API key.",
    );
    expect(log).toHaveLength(1);
  });
});

describe("AWS fetcher", () => {
  const now = () => new Date(Date.UTC(2026, 10, 21, 9, 0, 0));

  it("reads the small bulk offers and, with credentials, signed Query API pages through throttling", async () => {
    let throttled = false;
    reset((request, body) => {
      if (request.url?.startsWith("/offers/")) {
        return request.url.includes("/AmazonEFS/")
          ? { status: 200, body: fixture("aws-offer-efs-us-east-1.json") }
          : { status: 404, body: "<Error>NoSuchKey</Error>" };
      }
      if (!throttled) {
        throttled = true;
        return { status: 400, body: '{"__type":"ThrottlingException","message":"Rate exceeded"}' };
      }
      const request_ = JSON.parse(body) as { NextToken?: string; Filters: { Value: string }[] };
      if (!request_.Filters.some((f) => f.Value === "Storage"))
        return { status: 200, body: '{"FormatVersion":"aws_v1","PriceList":[]}' };
      return {
        status: 200,
        body: fixture(request_.NextToken ? "aws-getproducts-page-2.json" : "aws-getproducts-page-1.json"),
      };
    });
    const result = await fetchAwsPrices({
      fetch,
      regions: ["us-east-1"],
      credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" },
      now,
      bulkBaseUrl: base,
      queryEndpoint: `${base}/`,
      retry,
    });
    expect(result.prices.map((p) => p.product).sort()).toEqual(["ebs-gp2", "efs-standard"]);
    expect(result.warnings).toContain("AmazonFSx has no offer file for us-east-1");
    const queries = log.filter((l) => l.path === "/");
    expect(queries[0]?.headers["x-amz-target"]).toBe("AWSPriceListService.GetProducts");
    expect(queries[0]?.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/20261121\/us-east-1\/pricing\/aws4_request/,
    );
    expect(queries.filter((q) => q.body.includes('"NextToken":"T3PAGE2TOKEN=="'))).toHaveLength(1);
    expect(waits.length).toBe(1);
  });

  it("without credentials, says EBS and EC2 need the Query API", async () => {
    reset(() => ({ status: 404, body: "" }));
    const result = await fetchAwsPrices({
      fetch,
      regions: ["us-east-1"],
      credentials: null,
      now,
      bulkBaseUrl: base,
      retry,
    });
    expect(
      result.warnings.some((w) => w.startsWith("EBS and EC2 prices need the Price List Query API")),
    ).toBe(true);
  });
});
