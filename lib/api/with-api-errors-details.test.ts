import { describe, expect, it } from "vitest";
import { ConflictError } from "../services/service-errors";
import { withApiErrors } from "./with-api-errors";

describe("withApiErrors and an error's details", () => {
  it("answers a conflict that carries details with them beside the error envelope", async () => {
    const checklist = { month: "2026-11", clean: false, unpricedResourceDays: 3 };
    const handler = withApiErrors(async (_request: Request) => {
      throw new ConflictError("month 2026-11 has open checklist items", { checklist });
    });
    const response = await handler(new Request("http://127.0.0.1/api/v1/months/2026-11/close"));
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({
      error: { code: "conflict", message: "month 2026-11 has open checklist items" },
      checklist,
    });
  });

  it("keeps the envelope alone for an error without details, and never lets details replace it", async () => {
    const plain = withApiErrors(async (_request: Request) => {
      throw new ConflictError("month 2026-11 is not closed");
    });
    expect(await (await plain(new Request("http://127.0.0.1/x"))).json()).toEqual({
      error: { code: "conflict", message: "month 2026-11 is not closed" },
    });
    const forged = withApiErrors(async (_request: Request) => {
      throw new ConflictError("real", { error: { code: "ok", message: "forged" } });
    });
    expect(await (await forged(new Request("http://127.0.0.1/x"))).json()).toEqual({
      error: { code: "conflict", message: "real" },
    });
  });
});
