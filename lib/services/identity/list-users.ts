import type { Db } from "../../db/prisma";
import { listUserDtos, type UserDto } from "../../queries/identity/user-dto";
import type { ServiceContext } from "../service-context";
import { assertRole } from "./assert-role";

/** Every account, without password hashes (admin only). */
export async function listUsers(db: Db, { ctx }: { ctx: ServiceContext }): Promise<UserDto[]> {
  assertRole(ctx, "admin");
  return listUserDtos(db);
}
