import { Debug as ClientDebug } from "@prisma/client/runtime/client";
import { clearLogs } from "@prisma/debug";

// Prisma keeps the arguments of its last 100 debug calls, whether or not debugging is enabled (for
// its crash reports), in two copies of its debug module: the driver adapter's (`@prisma/debug`,
// which logs each query with its parameters) and the one bundled in the client's runtime (which
// logs each query plan and raw query's values). After an import batch those 200 entries held the
// batch's parameter text, about 45 MiB for 2,000 pods: the live heap climbed from 64 to 118 MiB
// over a pod import. `@prisma/debug` can be emptied; the client's bundled copy cannot, so calls of
// an idle namespace push its old entries out.

/** How many calls each copy of Prisma's debug module remembers. */
const HISTORY_LENGTH = 100;
const NAMESPACE = "tierscope:forget-history";
const evict = ClientDebug(NAMESPACE);

/** Drops what Prisma's debug histories hold of the queries run so far, unless debugging is on. */
export function forgetPrismaDebugHistory(): void {
  clearLogs();
  if (ClientDebug.enabled(NAMESPACE)) return;
  for (let i = 0; i < HISTORY_LENGTH; i++) evict(0);
}
