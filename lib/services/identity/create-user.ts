import { z } from "zod";
import type { Db } from "../../db/prisma";
import { hashPassword, ZPassword } from "../../identity/password";
import { resolveTeamIds } from "../../queries/identity/resolve-team-ids";
import { getUserDto, type UserDto } from "../../queries/identity/user-dto";
import { recordAudit } from "../audit/record-audit";
import type { ServiceCall } from "../service-context";
import { ConflictError } from "../service-errors";
import { assertRole } from "./assert-role";
import { ZEmail, ZRoles, ZTeamSlugs } from "./user-input";

export const ZCreateUser = z.object({
  email: ZEmail,
  displayName: z.string().trim().min(1).max(200).optional(),
  password: ZPassword,
  roles: ZRoles,
  /** Team slugs whose namespaces a member or viewer may see. */
  teams: ZTeamSlugs,
});
export type TCreateUser = z.input<typeof ZCreateUser>;

/** Creates a local account (admin only); the email must be new. */
export async function createUser(db: Db, { ctx, input }: ServiceCall<TCreateUser>): Promise<UserDto> {
  assertRole(ctx, "admin");
  const parsed = ZCreateUser.parse(input);
  if (await db.user.findUnique({ where: { email: parsed.email } })) {
    throw new ConflictError(`A user with the email ${parsed.email} exists already`);
  }
  const teamIds = await resolveTeamIds(db, parsed.teams);
  const passwordHash = await hashPassword(parsed.password);
  const user = await db.user.create({
    data: {
      email: parsed.email,
      displayName: parsed.displayName ?? parsed.email.split("@")[0] ?? parsed.email,
      passwordHash,
      roles: { create: parsed.roles.map((role) => ({ role })) },
      teams: { create: teamIds.map((teamId) => ({ teamId })) },
    },
  });
  const created = (await getUserDto(db, user.id)) as UserDto;
  await recordAudit(db, ctx, {
    action: "user.create",
    targetType: "user",
    targetId: user.id,
    after: created,
  });
  return created;
}
