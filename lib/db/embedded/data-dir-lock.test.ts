import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { temporaryDataDir } from "../../testing/temporary-data-dir";
import { DataDirInUseError, liveLockOwner, lockDataDir } from "./data-dir-lock";

const children: ReturnType<typeof spawn>[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
});

function freshDir() {
  return temporaryDataDir("tierscope-lock-");
}

/** A pid that is certainly not running: a child that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", ""]);
  await new Promise((resolve) => child.on("exit", resolve));
  return child.pid as number;
}

describe("lockDataDir", () => {
  it("writes this process's pid into the lock and removes it on release", () => {
    const dir = freshDir();
    const lock = lockDataDir(dir);
    expect(readFileSync(lock.file, "utf8")).toBe(String(process.pid));
    lock.release();
    expect(existsSync(lock.file)).toBe(false);
  });

  it("refuses a folder another live process holds, naming the folder and the pid", () => {
    const dir = freshDir();
    const holder = spawn("sleep", ["30"]);
    children.push(holder);
    writeFileSync(path.join(dir, "tierscope.lock"), String(holder.pid));
    expect(() => lockDataDir(dir)).toThrow(DataDirInUseError);
    expect(() => lockDataDir(dir)).toThrow(new RegExp(`${dir}.*pid ${holder.pid}`));
  });

  it("takes over a lock left by a process that was killed", async () => {
    const dir = freshDir();
    writeFileSync(path.join(dir, "tierscope.lock"), String(await deadPid()));
    const lock = lockDataDir(dir);
    expect(readFileSync(lock.file, "utf8")).toBe(String(process.pid));
    lock.release();
  });

  it("takes over a lock file with no pid in it", () => {
    const dir = freshDir();
    writeFileSync(path.join(dir, "tierscope.lock"), "");
    expect(() => lockDataDir(dir).release()).not.toThrow();
  });

  it("says commands run through a running server, and never sends the user to an empty folder", () => {
    const dir = freshDir();
    const holder = spawn("sleep", ["30"]);
    children.push(holder);
    writeFileSync(path.join(dir, "tierscope.lock"), String(holder.pid));
    expect(() => lockDataDir(dir)).toThrow(/commands run through the server by themselves/);
    expect(() => lockDataDir(dir)).toThrow(
      /Another TIERSCOPE_DATA_DIR would open a different, empty database/,
    );
  });
});

describe("liveLockOwner", () => {
  it("names another live holder; nobody for no lock, a dead holder, or this process", async () => {
    const dir = freshDir();
    expect(liveLockOwner(dir)).toBeUndefined();
    const holder = spawn("sleep", ["30"]);
    children.push(holder);
    writeFileSync(path.join(dir, "tierscope.lock"), String(holder.pid));
    expect(liveLockOwner(dir)).toBe(holder.pid);
    writeFileSync(path.join(dir, "tierscope.lock"), String(await deadPid()));
    expect(liveLockOwner(dir)).toBeUndefined();
    const lock = lockDataDir(dir);
    expect(liveLockOwner(dir)).toBeUndefined();
    lock.release();
  });
});
