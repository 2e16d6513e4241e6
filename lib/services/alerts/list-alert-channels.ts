import type { Db } from "../../db/prisma";
import type { ServiceCall } from "../service-context";
import { alertChannelJson } from "./alert-json";

/** Every channel, without URLs' paths or secrets: what a reader may know is where alerts go. */
export async function listAlertChannels(db: Db, _call: ServiceCall<Record<string, never>>) {
  const channels = await db.alertChannel.findMany({ orderBy: { name: "asc" } });
  return { items: channels.map(alertChannelJson) };
}
