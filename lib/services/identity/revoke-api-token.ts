import { z } from "zod";
import type { Db } from "../../db/prisma";
import { type ApiTokenDto, toApiTokenDto } from "../../queries/identity/api-token-dto";
import { recordAudit } from "../audit/record-audit";
import type { ServiceCall } from "../service-context";
import { NotFoundError } from "../service-errors";
import { assertRole } from "./assert-role";

/** DELETE /api/v1/tokens/{id}: a token's id (the CLI may name it instead). */
export const ZApiTokenId = z.uuid();

/** A token by id or by name. */
export const ZRevokeApiToken = z.object({ token: z.string().trim().min(1, "token: id or name required") });
export type TRevokeApiToken = z.input<typeof ZRevokeApiToken>;

/** Revokes an API token (admin only); revoking it again changes nothing. */
export async function revokeApiToken(
  db: Db,
  { ctx, input, now }: ServiceCall<TRevokeApiToken> & { now: Date },
): Promise<ApiTokenDto> {
  assertRole(ctx, "admin");
  const { token } = ZRevokeApiToken.parse(input);
  const isId = ZApiTokenId.safeParse(token).success;
  const found = await db.apiToken.findUnique({ where: isId ? { id: token } : { name: token } });
  if (!found) throw new NotFoundError(`No API token has the ${isId ? "id" : "name"} ${token}`);
  if (found.revokedAt) return toApiTokenDto(found);
  const revoked = await db.apiToken.update({ where: { id: found.id }, data: { revokedAt: now } });
  await recordAudit(db, ctx, {
    action: "api_token.revoke",
    targetType: "api_token",
    targetId: found.id,
    before: toApiTokenDto(found),
    after: toApiTokenDto(revoked),
  });
  return toApiTokenDto(revoked);
}
