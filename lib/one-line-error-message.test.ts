import { describe, expect, it } from "vitest";
import { oneLineErrorMessage } from "./one-line-error-message";

describe("oneLineErrorMessage", () => {
  it("takes the first line that says something (Prisma's start with a blank one)", () => {
    expect(oneLineErrorMessage({ message: "\nInvalid `prisma.x()` invocation:\n\nmore" })).toBe(
      "Invalid `prisma.x()` invocation:",
    );
  });

  it("names the digest when production hides the server's message", () => {
    expect(
      oneLineErrorMessage({
        message: "An error occurred in the Server Components render. The specific message is omitted",
        digest: "123",
      }),
    ).toBe("This page could not be shown (error 123, logged on the server).");
  });

  it("cuts a very long line", () => {
    expect(oneLineErrorMessage({ message: "x".repeat(1000) })).toHaveLength(200);
  });

  it("says something for an empty message", () => {
    expect(oneLineErrorMessage({ message: "" })).toBe("This page could not be shown.");
  });
});
