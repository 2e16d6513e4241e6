import { z } from "zod";
import type { SettingGroup } from "./setting-group";

/** The Setting row holding SMTP and the public address; environment variables take precedence. */
export const EMAIL_DELIVERY_KEY = "email.delivery";

export interface EmailDeliverySettings {
  smtpHost: string | null;
  smtpPort: number | null;
  smtpUser: string | null;
  smtpPassword: string | null;
  smtpFrom: string | null;
  publicUrl: string | null;
}

/** Each field and the environment variable that overrides it (lib/email/digest-env.ts). */
export const EMAIL_DELIVERY_ENV: Record<keyof EmailDeliverySettings, string> = {
  smtpHost: "SMTP_HOST",
  smtpPort: "SMTP_PORT",
  smtpUser: "SMTP_USER",
  smtpPassword: "SMTP_PASS",
  smtpFrom: "SMTP_FROM",
  publicUrl: "TIERSCOPE_PUBLIC_URL",
};

export const EMAIL_DELIVERY_GROUP: SettingGroup = {
  key: EMAIL_DELIVERY_KEY,
  title: "Email delivery",
  description:
    "The SMTP server digests and alerts are sent through, and the address links in them start with. " +
    "An environment variable of the same meaning (SMTP_HOST, SMTP_PASS, TIERSCOPE_PUBLIC_URL…) wins.",
  fields: [
    { name: "smtpHost", label: "SMTP host", kind: "text", schema: z.string().trim().min(1).max(253) },
    { name: "smtpPort", label: "SMTP port", kind: "number", schema: z.number().int().min(1).max(65535) },
    { name: "smtpUser", label: "SMTP user", kind: "text", schema: z.string().min(1).max(320) },
    { name: "smtpPassword", label: "SMTP password", kind: "secret", schema: z.string().min(1).max(1000) },
    { name: "smtpFrom", label: "From address", kind: "text", schema: z.string().trim().min(3).max(320) },
    {
      name: "publicUrl",
      label: "Public URL",
      kind: "text",
      schema: z.url({
        protocol: /^https?$/,
        error: "an http(s) address such as https://tierscope.example.com",
      }),
    },
  ],
  defaults: {
    smtpHost: null,
    smtpPort: null,
    smtpUser: null,
    smtpPassword: null,
    smtpFrom: null,
    publicUrl: null,
  } satisfies EmailDeliverySettings,
};

/** The stored settings as the environment variables they stand in for (unset fields left out). */
export function emailDeliveryAsEnv(stored: unknown): Record<string, string> {
  if (stored === null || typeof stored !== "object" || Array.isArray(stored)) return {};
  const env: Record<string, string> = {};
  for (const [field, name] of Object.entries(EMAIL_DELIVERY_ENV)) {
    const value = (stored as Record<string, unknown>)[field];
    if (typeof value === "string" || typeof value === "number") env[name] = String(value);
  }
  return env;
}
