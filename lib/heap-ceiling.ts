import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { forgetPrismaDebugHistory } from "./db/forget-prisma-debug-history";

// Streaming importers and exports hold one batch at a time, yet V8 lets the garbage of finished
// batches pile up as its heap limit grows with the work done: 40 MB of pod dump peaked at 360 MB
// of heap holding 112 MB live, and the peak rose with the input's size. Collecting at batch
// boundaries once the heap passes half again what the last collection left (and at least a floor)
// keeps the peak near 1.5 × the live set, whatever the input's size; each collection frees at
// least a third of the heap, so their cost stays proportional to the work.

const FLOOR_BYTES = 128 * 1024 ** 2;
const GROWTH = 1.5;

let collect: (() => void) | undefined;
let ceilingBytes = FLOOR_BYTES;

/** V8's collector, exposed at run time (as --expose-gc would at start-up), once. */
function collector(): () => void {
  if (!collect) {
    setFlagsFromString("--expose-gc");
    collect = runInNewContext("gc") as () => void;
  }
  return collect;
}

/** At a batch boundary: collects garbage if the heap has grown past its ceiling. */
export function keepHeapUnderCeiling(): void {
  forgetPrismaDebugHistory();
  if (getHeapStatistics().used_heap_size <= ceilingBytes) return;
  collector()();
  ceilingBytes = Math.max(FLOOR_BYTES, getHeapStatistics().used_heap_size * GROWTH);
}
