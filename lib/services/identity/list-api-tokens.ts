import type { Db } from "../../db/prisma";
import { type ApiTokenDto, toApiTokenDto } from "../../queries/identity/api-token-dto";
import type { ServiceContext } from "../service-context";
import { assertRole } from "./assert-role";

export type { ApiTokenDto } from "../../queries/identity/api-token-dto";

/** Every API token, newest first, without secrets (admin only). */
export async function listApiTokens(db: Db, { ctx }: { ctx: ServiceContext }): Promise<ApiTokenDto[]> {
  assertRole(ctx, "admin");
  const tokens = await db.apiToken.findMany({ orderBy: { createdAt: "desc" } });
  return tokens.map(toApiTokenDto);
}
