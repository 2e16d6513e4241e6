import { z } from "zod";
import type { Db } from "../../db/prisma";
import { resolveTeamIds } from "../../queries/identity/resolve-team-ids";
import { getUserDto, type UserDto } from "../../queries/identity/user-dto";
import { recordAudit } from "../audit/record-audit";
import type { ServiceCall } from "../service-context";
import { NotFoundError } from "../service-errors";
import { assertRole } from "./assert-role";
import { ZEmail, ZRoles, ZTeamSlugs } from "./user-input";

export const ZSetUserRoles = z.object({
  email: ZEmail,
  roles: ZRoles,
  /** Replaces the user's teams when given. */
  teams: ZTeamSlugs.optional(),
});
export type TSetUserRoles = z.input<typeof ZSetUserRoles>;

/** Replaces a user's roles (and teams, when given); admin only. Their open sessions see it at once. */
export async function setUserRoles(db: Db, { ctx, input }: ServiceCall<TSetUserRoles>): Promise<UserDto> {
  assertRole(ctx, "admin");
  const parsed = ZSetUserRoles.parse(input);
  const user = await db.user.findUnique({ where: { email: parsed.email } });
  if (!user) throw new NotFoundError(`No user has the email ${parsed.email}`);
  const before = await getUserDto(db, user.id);
  const teamIds = parsed.teams ? await resolveTeamIds(db, parsed.teams) : null;
  await db.$transaction(async (tx) => {
    await tx.userRole.deleteMany({ where: { userId: user.id } });
    await tx.userRole.createMany({ data: parsed.roles.map((role) => ({ userId: user.id, role })) });
    if (teamIds) {
      await tx.userTeam.deleteMany({ where: { userId: user.id } });
      await tx.userTeam.createMany({ data: teamIds.map((teamId) => ({ userId: user.id, teamId })) });
    }
  });
  const after = (await getUserDto(db, user.id)) as UserDto;
  await recordAudit(db, ctx, {
    action: "user.set_roles",
    targetType: "user",
    targetId: user.id,
    before,
    after,
  });
  return after;
}
