import { describe, expect, it } from "vitest";
import { z } from "zod";
import { describeCliError } from "./describe-cli-error";

describe("describeCliError", () => {
  it("tells invalid input by its first problem with the field named, not the first line of its JSON", () => {
    const parsed = z.object({ password: z.string().min(12, "at least 12 characters") }).safeParse({
      password: "short",
    });
    expect(describeCliError(parsed.error)).toBe("password: at least 12 characters");
  });

  it("tells any other error by its first line that says something", () => {
    expect(describeCliError(new Error("\n  no cluster named prod\nstack"))).toBe("no cluster named prod");
  });
});
