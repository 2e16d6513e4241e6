import type { Db } from "../../db/prisma";
import type { GroupAccess } from "../../identity/oidc/group-access";
import { findUserForContext, type UserForContext } from "../../queries/identity/find-user-for-context";
import { getUserDto } from "../../queries/identity/user-dto";
import { recordAudit } from "../audit/record-audit";
import { OidcSignInError } from "./oidc-sign-in-error";

export interface OidcUserClaims {
  readonly issuer: string;
  readonly subject: string;
  readonly email: string;
  readonly displayName: string;
}

/**
 * The Tierscope user behind a provider account (issuer + subject): created on their first sign-on
 * (no password: they sign in through the provider only), and at every sign-on given the email, name,
 * roles and teams the provider's claims say now, so a group removed at the provider is removed
 * here at the next sign-in. Teams the map names but that do not exist yet are left out. A change
 * is audited with before and after.
 */
export async function syncOidcUser(
  db: Db,
  call: { claims: OidcUserClaims; access: GroupAccess; now: Date; requestId?: string },
): Promise<UserForContext> {
  const { claims, access, now } = call;
  const link = await db.oidcIdentity.findUnique({
    where: { issuer_subject: { issuer: claims.issuer, subject: claims.subject } },
  });
  const holder = await db.user.findUnique({ where: { email: claims.email }, select: { id: true } });
  if (holder && holder.id !== link?.userId) throw new OidcSignInError("email_taken", claims.email);
  const before = link ? await getUserDto(db, link.userId) : null;
  const teams = await db.team.findMany({
    where: { slug: { in: [...access.teamSlugs] } },
    select: { id: true },
  });
  const userId = await db.$transaction(async (tx) => {
    const profile = { email: claims.email, displayName: claims.displayName };
    const id = link
      ? (await tx.user.update({ where: { id: link.userId }, data: profile })).id
      : (await tx.user.create({ data: { ...profile, passwordHash: null } })).id;
    if (link) await tx.oidcIdentity.update({ where: { id: link.id }, data: { lastLoginAt: now } });
    else {
      const { issuer, subject } = claims;
      await tx.oidcIdentity.create({ data: { userId: id, issuer, subject, lastLoginAt: now } });
    }
    await tx.userRole.deleteMany({ where: { userId: id } });
    await tx.userRole.createMany({ data: access.roles.map((role) => ({ userId: id, role })) });
    await tx.userTeam.deleteMany({ where: { userId: id } });
    await tx.userTeam.createMany({ data: teams.map((team) => ({ userId: id, teamId: team.id })) });
    return id;
  });
  const after = await getUserDto(db, userId);
  if (JSON.stringify(before) !== JSON.stringify(after)) {
    await recordAudit(
      db,
      { actor: { kind: "system", name: `oidc ${claims.issuer}` }, requestId: call.requestId },
      {
        action: before ? "user.oidc_sync" : "user.oidc_provision",
        targetType: "user",
        targetId: userId,
        before,
        after,
      },
    );
  }
  return (await findUserForContext(db, { id: userId })) as UserForContext;
}
