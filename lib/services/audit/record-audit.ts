import { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import type { Actor, ServiceContext } from "../service-context";

/** Someone not signed in: a failed or locked sign-in names the address it tried. */
export interface AnonymousActor {
  readonly kind: "anonymous";
  readonly name: string;
}

export interface AuditEntry {
  /** `<resource>.<verb>`, e.g. "price_override.create", "settings.update", "session.login". */
  readonly action: string;
  /** The kind of object changed, e.g. "price_override", "user", "month". */
  readonly targetType: string;
  readonly targetId?: string | null;
  /** The object before the change (null when created) and after it (null when deleted). */
  readonly before?: unknown;
  readonly after?: unknown;
}

/**
 * Records one change in the audit log: who (ctx's actor), when (now), what, before and after.
 * Call it after the change, in the same transaction when there is one (pass the `tx` as db), so
 * a change and its record land together. Secrets never belong in before/after: pass the object
 * without its password hash or token.
 *
 *   await recordAudit(db, ctx, { action: "price_override.delete", targetType: "price_override",
 *     targetId: id, before: override, after: null });
 */
export async function recordAudit(
  db: Db | Prisma.TransactionClient,
  ctx: Pick<ServiceContext, "actor" | "requestId"> | { actor: AnonymousActor; requestId?: string },
  entry: AuditEntry,
): Promise<void> {
  const actor = actorColumns(ctx.actor);
  await db.auditEvent.create({
    data: {
      ...actor,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId ?? null,
      before: jsonValue(entry.before),
      after: jsonValue(entry.after),
      requestId: ctx.requestId ?? null,
    },
  });
}

function actorColumns(actor: Actor | AnonymousActor) {
  switch (actor.kind) {
    case "user":
      return { actorKind: "user", actorId: actor.userId, actorName: actor.email };
    case "token":
      return { actorKind: "token", actorId: actor.tokenId, actorName: actor.tokenName };
    case "system":
      return { actorKind: "system", actorId: null, actorName: actor.name };
    case "anonymous":
      return { actorKind: "anonymous", actorId: null, actorName: actor.name };
  }
}

/**
 * A JSON copy of a record: Dates as ISO strings, Decimals as their exact strings (their own
 * toJSON), BigInts as strings; null and undefined both stored as SQL NULL.
 */
function jsonValue(value: unknown): Prisma.InputJsonValue | typeof Prisma.DbNull {
  if (value === undefined || value === null) return Prisma.DbNull;
  return JSON.parse(
    JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v)),
  ) as Prisma.InputJsonValue;
}
