import { assertRole } from "../services/identity/assert-role";
import type { Role, ServiceContext } from "../services/service-context";
import { requestContext } from "./request-context";

/** requestContext, then 403 unless the actor holds one of roles: the first line of a write route. */
export async function authorizedContext(
  request: Request,
  ...roles: readonly Role[]
): Promise<ServiceContext> {
  const ctx = await requestContext(request);
  assertRole(ctx, ...roles);
  return ctx;
}
