import { z } from "zod";
import { MS_PER_DAY } from "../../costing/day-window";
import type { Db } from "../../db/prisma";
import { assertRole } from "../identity/assert-role";
import type { ServiceCall } from "../service-context";

const ZDay = z.iso.date("a day as YYYY-MM-DD");

export const ZAuditQuery = z
  .object({
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(50),
    /** Only this action, e.g. "price_override.create". */
    action: z.string().trim().min(1).optional(),
    /** Only changes to this kind of object, e.g. "user". */
    targetType: z.string().trim().min(1).optional(),
    /** Only changes by actors whose name contains this, any case: an email, a token's name. */
    actor: z.string().trim().min(1).max(200).optional(),
    /** Only changes on or after this day (UTC). */
    from: ZDay.optional(),
    /** Only changes on or before this day (UTC). */
    to: ZDay.optional(),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    message: "from: after to",
    path: ["from"],
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
    ...(query.actor ? { actorName: { contains: query.actor, mode: "insensitive" as const } } : {}),
    ...(query.from || query.to
      ? {
          at: {
            ...(query.from ? { gte: new Date(`${query.from}T00:00:00Z`) } : {}),
            ...(query.to ? { lt: new Date(Date.parse(`${query.to}T00:00:00Z`) + MS_PER_DAY) } : {}),
          },
        }
      : {}),
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
