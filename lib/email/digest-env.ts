import { z } from "zod";

// The digest settings read from the environment (README, "Configuration"). SMTP is optional: without
// it digests are rendered and kept in the send log, not lost.

const ZDigestEnv = z.object({
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  SMTP_USER: z.string().min(1).optional(),
  SMTP_PASS: z.string().min(1).optional(),
  SMTP_FROM: z.string().min(3).default("Tierscope <tierscope@localhost>"),
  /** The app's address as recipients reach it; links in digests start with it. */
  TIERSCOPE_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Signs unsubscribe links; unset: a random secret generated once and kept in the settings table. */
  TIERSCOPE_DIGEST_SECRET: z.string().min(16).optional(),
  /**
   * A send claimed longer ago than this by a worker that has gone away is taken over. At least
   * MIN_DIGEST_LEASE_SECONDS, unless TIERSCOPE_DIGEST_LEASE_SECONDS_UNSAFE_FOR_TESTS is "1".
   */
  TIERSCOPE_DIGEST_LEASE_SECONDS: z.coerce.number().int().min(1).max(86_400).default(300),
  /** "1": allow a lease shorter than MIN_DIGEST_LEASE_SECONDS (the end-to-end takeover test). */
  TIERSCOPE_DIGEST_LEASE_SECONDS_UNSAFE_FOR_TESTS: z.enum(["1"]).optional(),
});

/**
 * The shortest lease allowed: an SMTP exchange may take up to 120 s (connection 30 s + greeting
 * 30 s + socket 60 s, digest-mailer.ts), and a lease shorter than a live worker's render and
 * exchange would let the sweep call a working send interrupted.
 */
export const MIN_DIGEST_LEASE_SECONDS = 180;

export type TDigestEnv = z.infer<typeof ZDigestEnv>;

export function readDigestEnv(source: Record<string, string | undefined> = process.env): TDigestEnv {
  const values = Object.fromEntries(
    Object.keys(ZDigestEnv.shape).map((key) => [key, source[key] || undefined]),
  );
  // APP_URL is accepted as another name for TIERSCOPE_PUBLIC_URL.
  values.TIERSCOPE_PUBLIC_URL ??= source.APP_URL || undefined;
  const parsed = ZDigestEnv.safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid environment variable ${issue?.path.join(".")}: ${issue?.message}`);
  }
  const lease = parsed.data.TIERSCOPE_DIGEST_LEASE_SECONDS;
  if (
    lease < MIN_DIGEST_LEASE_SECONDS &&
    parsed.data.TIERSCOPE_DIGEST_LEASE_SECONDS_UNSAFE_FOR_TESTS !== "1"
  ) {
    throw new Error(
      `Invalid environment variable TIERSCOPE_DIGEST_LEASE_SECONDS: ${lease} is below the minimum of ${MIN_DIGEST_LEASE_SECONDS} seconds (an SMTP exchange can take 120 s)`,
    );
  }
  return parsed.data;
}

/** The app's public address without a trailing slash; `fallback` (this server) when none is set. */
export function publicUrlFrom(env: TDigestEnv, fallback: string): string {
  return (env.TIERSCOPE_PUBLIC_URL ?? fallback).replace(/\/+$/, "");
}
