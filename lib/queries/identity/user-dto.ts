import type { Db } from "../../db/prisma";
import type { Role } from "../../services/service-context";

/** A user as shown and audited: never the password hash. */
export interface UserDto {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly disabled: boolean;
  readonly roles: Role[];
  readonly teams: string[];
  readonly createdAt: string;
}

const USER_DTO_INCLUDE = {
  roles: { select: { role: true } },
  teams: { select: { team: { select: { slug: true } } } },
} as const;

export async function getUserDto(db: Db, id: string): Promise<UserDto | null> {
  const user = await db.user.findUnique({ where: { id }, include: USER_DTO_INCLUDE });
  return user ? toUserDto(user) : null;
}

export async function listUserDtos(db: Db): Promise<UserDto[]> {
  const users = await db.user.findMany({ include: USER_DTO_INCLUDE, orderBy: { email: "asc" } });
  return users.map(toUserDto);
}

function toUserDto(user: {
  id: string;
  email: string;
  displayName: string;
  disabled: boolean;
  createdAt: Date;
  roles: { role: Role }[];
  teams: { team: { slug: string } }[];
}): UserDto {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    disabled: user.disabled,
    roles: user.roles.map((r) => r.role).sort(),
    teams: user.teams.map((t) => t.team.slug).sort(),
    createdAt: user.createdAt.toISOString(),
  };
}
