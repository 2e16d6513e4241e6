import { ALL_TEAMS, type ServiceContext } from "@/lib/services/service-context";

// Who is asking, until sign-in lands: every reader reads every team, as before. Pages and routes
// take their ServiceContext from here only, so sign-in replaces these two functions and nothing else.

const UNAUTHENTICATED_READER: ServiceContext = {
  actor: { kind: "system", name: "web" },
  roles: ["admin"],
  scope: ALL_TEAMS,
};

export async function requestContext(_request: Request): Promise<ServiceContext> {
  return UNAUTHENTICATED_READER;
}

export async function pageContext(): Promise<ServiceContext> {
  return UNAUTHENTICATED_READER;
}
