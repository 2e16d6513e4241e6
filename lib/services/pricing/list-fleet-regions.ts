import type { CloudProvider } from "../../db/generated/enums";
import type { Db } from "../../db/prisma";
import { listProviderRegions } from "../../queries/clusters/list-provider-regions";
import type { ServiceCall } from "../service-context";

/** The regions the fleet runs in on one provider: what a price refresh fetches by default. */
export function listFleetRegions(
  db: Db,
  { input }: ServiceCall<{ provider: CloudProvider }>,
): Promise<string[]> {
  return listProviderRegions(db, input.provider);
}
