import type { ServiceContext } from "../service-context";
import { ForbiddenError } from "../service-errors";
import { assertRole } from "./assert-role";

/**
 * Whether ctx may write observations of the cluster named clusterName: a collector token only for
 * its own cluster, anyone else only as an admin (a write token, the CLI). Throws ForbiddenError.
 */
export function assertCollectorFor(ctx: ServiceContext, clusterName: string): void {
  const actor = ctx.actor;
  if (actor.kind === "token" && actor.tokenScope === "collector") {
    if (actor.clusterName === clusterName) return;
    throw new ForbiddenError(
      `This collector token writes observations of cluster ${actor.clusterName} only, not ${clusterName}`,
    );
  }
  assertRole(ctx, "admin");
}
