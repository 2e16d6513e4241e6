import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { Debug as ClientDebug } from "@prisma/client/runtime/client";
import { Debug as AdapterDebug } from "@prisma/debug";
import { describe, expect, it } from "vitest";
import { forgetPrismaDebugHistory } from "./forget-prisma-debug-history";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/** Collects garbage once the current job is over: until then a new WeakRef keeps its target alive. */
async function collectGarbage(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  gc();
}

/** Logs a fresh object through `debug`, as Prisma logs a query's parameters; a weak reference to it. */
function logParameters(debug: (...args: unknown[]) => void): WeakRef<object> {
  const parameters = { rows: Array.from({ length: 1000 }, (_, i) => `row-${i}`) };
  debug("query %O", parameters);
  return new WeakRef(parameters);
}

describe("forgetPrismaDebugHistory", () => {
  for (const [copy, debug] of [
    ["the client runtime's", ClientDebug("prisma:client:test")],
    ["the driver adapter's", AdapterDebug("prisma:driver-adapter:test")],
  ] as const) {
    it(`keeps nothing alive that was logged through ${copy} debug module`, async () => {
      const kept = logParameters(debug);
      await collectGarbage();
      expect(kept.deref(), "Prisma remembers the arguments of its debug calls").toBeDefined();

      const forgotten = logParameters(debug);
      forgetPrismaDebugHistory();
      await collectGarbage();
      expect(forgotten.deref()).toBeUndefined();
    });
  }
});
