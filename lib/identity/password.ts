import { hash, verify } from "@node-rs/argon2";
import { z } from "zod";

export const MIN_PASSWORD_LENGTH = 12;

export const ZPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `password: at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(1024, "password: at most 1024 characters");

// @node-rs/argon2's defaults are argon2id with OWASP's recommended minimum (19 MiB, 2 passes,
// 1 lane); the PHC string records them, so verify() reads them back from each hash.
export function hashPassword(password: string): Promise<string> {
  return hash(ZPassword.parse(password));
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/**
 * A hash of no one's password, verified when the email is unknown so that a sign-in takes as long
 * whether or not the account exists.
 */
let decoy: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoy ??= hash("no account has this password");
  return decoy;
}
