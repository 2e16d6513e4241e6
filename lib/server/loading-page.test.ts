import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { respondLoading } from "./loading-page";

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => respondLoading(req, res, "Loading the demo data: pods <3/5>"));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe("the loading page", () => {
  it("answers a page 503 with Retry-After, the progress escaped, and a refresh into the app", async () => {
    const response = await fetch(`${base}/login`);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("3");
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await response.text();
    expect(html).toContain('<p id="loading">Loading the demo data: pods &#60;3/5&#62;</p>');
    expect(html).toContain('<meta http-equiv="refresh" content="3">');
  });

  it("answers an API request with the API's JSON error", async () => {
    const response = await fetch(`${base}/api/v1/overview?window=30d`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      error: { code: "loading", message: "Tierscope is starting: Loading the demo data: pods <3/5>" },
    });
  });
});
