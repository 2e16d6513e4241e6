import { z } from "zod";
import type { Db } from "../../db/prisma";
import { assertRole } from "../identity/assert-role";
import type { ServiceCall } from "../service-context";

export const ZAuditQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  /** Only this action, e.g. "price_override.create". */
  action: z.string().trim().min(1).optional(),
  /** Only changes to this kind of object, e.g. "user". */
  targetType: z.string().trim().min(1).optional(),
});
export type TAuditQuery = z.input<typeof ZAuditQuery>;

export interface AuditEventDto {
  readonly id: string;
  readonly at: string;
  readonly actorKind: string;
  readonly actorId: string | null;
  readonly actorName: string;
  readonly action: string;
  readonly targetType: string;
  readonly targetId: string | null;
  readonly before: unknown;
  readonly after: unknown;
  readonly requestId: string | null;
}

export interface AuditEventsPage {
  readonly items: AuditEventDto[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
}

/** The audit log, newest first (admin only). */
export async function listAuditEvents(
  db: Db,
  { ctx, input }: ServiceCall<TAuditQuery>,
): Promise<AuditEventsPage> {
  assertRole(ctx, "admin");
  const query = ZAuditQuery.parse(input);
  const where = {
    ...(query.action ? { action: query.action } : {}),
    ...(query.targetType ? { targetType: query.targetType } : {}),
  };
  const [rows, total] = await Promise.all([
    db.auditEvent.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    }),
    db.auditEvent.count({ where }),
  ]);
  return {
    items: rows.map((row) => ({ ...row, at: row.at.toISOString() })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
