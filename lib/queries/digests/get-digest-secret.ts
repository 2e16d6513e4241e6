import { randomBytes } from "node:crypto";
import type { Db } from "../../db/prisma";

const KEY = "digests.unsubscribeSecret";

/**
 * The secret that signs unsubscribe links: TIERSCOPE_DIGEST_SECRET when set, otherwise one
 * generated on first use and kept in the settings table (the first writer wins a race).
 */
export async function getDigestSecret(db: Db, fromEnv: string | undefined): Promise<string> {
  if (fromEnv) return fromEnv;
  await db.setting.createMany({
    data: [{ key: KEY, value: randomBytes(32).toString("base64url") }],
    skipDuplicates: true,
  });
  const row = await db.setting.findUniqueOrThrow({ where: { key: KEY } });
  return String(row.value);
}
