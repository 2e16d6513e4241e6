import { describe, expect, it } from "vitest";
import {
  type ControlMessage,
  commandWords,
  decodeMessage,
  encodeMessage,
  isForwardable,
} from "./control-socket";

describe("which command lines run through a server", () => {
  it("every command that works on the database, with its options", () => {
    for (const args of [
      ["costs", "--month", "2026-03"],
      ["import", "files", "--cluster", "prod", "dump.json"],
      ["users", "list"],
      ["migrate", "--status"],
      ["digest", "send", "--team", "vision", "--now"],
    ]) {
      expect(isForwardable(args), args.join(" ")).toBe(true);
    }
  });

  it("never servers, workers, other programs, help alone or no command", () => {
    for (const args of [
      ["serve", "--port", "3000"],
      ["demo"],
      ["exec", "--", "psql"],
      ["collect", "--server", "http://x"],
      ["digest", "worker"],
      ["help"],
      ["--help"],
      [],
    ]) {
      expect(isForwardable(args), args.join(" ")).toBe(false);
    }
  });

  it("reads the command's words up to the first option", () => {
    expect(commandWords(["import", "files", "--cluster", "c", "x.json"])).toEqual(["import", "files"]);
  });
});

describe("control messages", () => {
  it("are one JSON line each and read back as sent", () => {
    const message: ControlMessage = { type: "run", argv: ["costs", "a\nb"], cwd: "/tmp" };
    const line = encodeMessage(message);
    expect(line.endsWith("\n")).toBe(true);
    expect(line.slice(0, -1)).not.toContain("\n");
    expect(decodeMessage(line.slice(0, -1))).toEqual(message);
  });
});
