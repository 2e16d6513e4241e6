import { randomUUID } from "node:crypto";
import type { ServiceContext } from "../services/service-context";

/** A signed-in person's service context with these roles, seeing every team. */
export const personContext = (email: string, roles: ServiceContext["roles"]): ServiceContext => ({
  actor: { kind: "user", userId: randomUUID(), email },
  roles,
  scope: { kind: "all" },
});
