import type { Role } from "../services/service-context";

/**
 * The demo's accounts, one per kind of reader. Their passwords are public on purpose: the demo's
 * login page lists them (in demo mode only), and `tierscope serve` never creates them.
 */
export interface DemoAccount {
  readonly email: string;
  readonly displayName: string;
  readonly password: string;
  readonly roles: readonly Role[];
  readonly teams: readonly string[];
  readonly description: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    email: "admin@acme-ai.example",
    displayName: "Ada Admin",
    password: "demo-admin-password",
    roles: ["admin"],
    teams: [],
    description: "admin: users, tokens, prices, settings, everything",
  },
  {
    email: "finance@acme-ai.example",
    displayName: "Fin Analyst",
    password: "demo-finance-password",
    roles: ["finance"],
    teams: [],
    description: "finance: every team's numbers, month close, reports",
  },
  {
    email: "llm-lead@acme-ai.example",
    displayName: "Lena LLM Lead",
    password: "demo-llm-lead-password",
    roles: ["member"],
    teams: ["llm-research"],
    description: "team lead of LLM Research: only that team's namespaces",
  },
  {
    email: "vision-lead@acme-ai.example",
    displayName: "Victor Vision Lead",
    password: "demo-vision-lead-password",
    roles: ["member"],
    teams: ["vision"],
    description: "team lead of Computer Vision: only that team's namespaces",
  },
];

/** Set by `tierscope demo` for its server: the login page then lists DEMO_ACCOUNTS. */
export const DEMO_LOGINS_VARIABLE = "TIERSCOPE_DEMO_LOGINS";

export function demoLoginsShown(env: NodeJS.ProcessEnv = process.env): boolean {
  return env[DEMO_LOGINS_VARIABLE] === "1";
}
