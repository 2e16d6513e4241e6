import { z } from "zod";
import { MS_PER_DAY } from "../../costing/day-window";
import type { Db } from "../../db/prisma";
import { hashSecret, newSecret } from "../../identity/secret-token";
import { type ApiTokenDto, toApiTokenDto } from "../../queries/identity/api-token-dto";
import { recordAudit } from "../audit/record-audit";
import { describeActor, type ServiceCall, TOKEN_SCOPES } from "../service-context";
import { ConflictError, ForbiddenError } from "../service-errors";
import { assertRole } from "./assert-role";

export const ZCreateApiToken = z
  .object({
    name: z.string().trim().min(1, "name: required").max(100),
    scope: z.enum(TOKEN_SCOPES),
    /** Collector tokens only: the cluster whose observations the token may push. */
    clusterName: z.string().trim().min(1).max(253).optional(),
    expiresInDays: z.number().int().min(1).max(730).default(90),
  })
  .refine((input) => (input.scope === "collector") === (input.clusterName !== undefined), {
    message: "clusterName: required for a collector token, and only for one",
    path: ["clusterName"],
  });
export type TCreateApiToken = z.input<typeof ZCreateApiToken>;

/** The prefix that makes a Tierscope token recognisable in a leaked file or a secret scanner. */
export const API_TOKEN_PREFIX = "tsk_";

/**
 * Creates an API token (admin only). The token itself is in the result only: the database keeps
 * its SHA-256, so it cannot be shown again.
 */
export async function createApiToken(
  db: Db,
  { ctx, input, now }: ServiceCall<TCreateApiToken> & { now: Date },
): Promise<{ token: string; apiToken: ApiTokenDto }> {
  assertRole(ctx, "admin");
  // A token must not mint tokens (it could renew itself for ever).
  if (ctx.actor.kind === "token") {
    throw new ForbiddenError(
      "API tokens are created by a signed-in admin or with the CLI, not by another token",
    );
  }
  const parsed = ZCreateApiToken.parse(input);
  if (await db.apiToken.findUnique({ where: { name: parsed.name } })) {
    throw new ConflictError(`An API token named ${parsed.name} exists already`);
  }
  const token = newSecret(API_TOKEN_PREFIX);
  const created = await db.apiToken.create({
    data: {
      name: parsed.name,
      tokenHash: hashSecret(token),
      scope: parsed.scope,
      clusterName: parsed.clusterName ?? null,
      expiresAt: new Date(now.getTime() + parsed.expiresInDays * MS_PER_DAY),
      createdAt: now,
      createdBy: describeActor(ctx.actor),
      createdByUserId: ctx.actor.kind === "user" ? ctx.actor.userId : null,
    },
  });
  const apiToken = toApiTokenDto(created);
  await recordAudit(db, ctx, {
    action: "api_token.create",
    targetType: "api_token",
    targetId: created.id,
    after: apiToken,
  });
  return { token, apiToken };
}
