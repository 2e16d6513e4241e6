import { ZodError } from "zod";
import type { Db } from "../../db/prisma";
import type { ServiceCall } from "../service-context";
import { type AuditEventsPage, listAuditEvents, type TAuditQuery } from "./list-audit-events";

/**
 * The audit page's first page of events, or undefined when its filters do not parse: the page then
 * shows the API's message for them instead of failing.
 */
export async function listAuditEventsForPage(
  db: Db,
  call: ServiceCall<TAuditQuery>,
): Promise<AuditEventsPage | undefined> {
  try {
    return await listAuditEvents(db, call);
  } catch (error) {
    if (error instanceof ZodError) return undefined;
    throw error;
  }
}
