import type { Db } from "../../db/prisma";
import { systemContext } from "../service-context";
import { createDigestSubscription } from "./create-digest-subscription";

/** The demo's digest: LLM Research's weekly, to its lead's demo account, ready to preview. */
export const DEMO_DIGEST_SUBSCRIPTION = {
  team: "llm-research",
  recipients: ["llm-lead@acme-ai.example"],
  cadence: "weekly",
  timeZone: "Europe/Berlin",
} as const;

/**
 * Creates the demo's digest subscription when the team has none (a restarted demo, or one whose
 * subscription someone edited or deleted, is left as it is); true when it created it.
 */
export async function ensureDemoDigestSubscription(db: Db): Promise<boolean> {
  const team = await db.team.findFirst({ where: { slug: DEMO_DIGEST_SUBSCRIPTION.team } });
  if (!team) return false;
  if ((await db.digestSubscription.count({ where: { teamId: team.id } })) > 0) return false;
  await createDigestSubscription(db, {
    ctx: systemContext("demo"),
    input: { ...DEMO_DIGEST_SUBSCRIPTION, recipients: [...DEMO_DIGEST_SUBSCRIPTION.recipients] },
  });
  return true;
}
