import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import path from "node:path";

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly ownerPid: number,
  ) {
    super(
      `The data folder ${dataDir} is in use by another Tierscope process (pid ${ownerPid}). ` +
        "Beside a running `tierscope serve` or `demo`, commands run through the server by themselves: " +
        "if it is still starting, run this again once it says it is ready. If that process is another " +
        "command, wait for it to end. (Another TIERSCOPE_DATA_DIR would open a different, empty database.)",
    );
    this.name = "DataDirInUseError";
  }
}

export interface DataDirLock {
  readonly file: string;
  release(): void;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function lockFileOf(dataDir: string): string {
  return path.join(dataDir, "tierscope.lock");
}

function ownerOf(file: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(file, "utf8"), 10);
    return Number.isInteger(pid) ? pid : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/** The pid of another live process holding the data folder, or undefined when none does. */
export function liveLockOwner(dataDir: string): number | undefined {
  const pid = ownerOf(lockFileOf(dataDir));
  return pid !== undefined && pid !== process.pid && isAlive(pid) ? pid : undefined;
}

/**
 * Takes the data folder for this process. PGlite itself has no cross-process lock: two processes
 * opening one folder corrupt it silently. The lock is a file created with O_EXCL holding our pid;
 * a lock left by a process that no longer runs (killed with SIGKILL) is taken over.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const file = lockFileOf(dataDir);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return {
        file,
        release: () => rmSync(file, { force: true }),
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const ownerPid = liveLockOwner(dataDir);
      if (ownerPid !== undefined) throw new DataDirInUseError(dataDir, ownerPid);
      rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not take the lock ${file}`);
}
