import type { Db } from "../../db/prisma";
import type { DemoFleet } from "../../demo/generate-demo-fleet";
import { type LoadDemoResult, loadDemoFleet as writeDemoFleet } from "../../queries/demo/load-demo-fleet";
import { assertRole } from "../identity/assert-role";
import type { ServiceCall } from "../service-context";

/** Loads the demo fleet once (see the query): an admin's act, as `tierscope demo` is. */
export function loadDemoFleet(
  db: Db,
  {
    ctx,
    input,
  }: ServiceCall<{ fleet: DemoFleet; onProgress?: (table: string, done: number, total: number) => void }>,
): Promise<LoadDemoResult> {
  assertRole(ctx, "admin");
  return writeDemoFleet(db, input.fleet, input.onProgress);
}
