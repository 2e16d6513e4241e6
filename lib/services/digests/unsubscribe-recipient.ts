import { verifyUnsubscribeToken } from "../../costing/digests/unsubscribe-token";
import type { Db } from "../../db/prisma";
import { removeDigestRecipient } from "../../queries/digests/remove-digest-recipient";
import { recordAudit } from "../audit/record-audit";

/**
 * The subscription an unsubscribe token names at `now`, with the recipient it was made for;
 * "expired" for a signed token past its expiry; null when the token is not valid or its digest is
 * gone.
 */
export async function findUnsubscribeTarget(db: Db, input: { token: string; secret: string; now: Date }) {
  const check = verifyUnsubscribeToken(input.token, input.secret, input.now);
  if (check.status !== "valid") return check.status === "expired" ? "expired" : null;
  const subscription = await db.digestSubscription.findUnique({
    where: { id: check.subscriptionId },
    include: { team: true, owner: true },
  });
  return subscription ? { subscription, email: check.email } : null;
}

/**
 * Removes a recipient with the unsubscribe token of their message: no session, the signed token is
 * the credential, and it removes exactly the address it was made for (RFC 8058 one-click: the POST
 * needs nothing else). "expired" and null as for findUnsubscribeTarget.
 */
export async function unsubscribeRecipient(
  db: Db,
  input: { token: string; secret: string; now: Date },
): Promise<{ email: string; removed: boolean } | "expired" | null> {
  const target = await findUnsubscribeTarget(db, input);
  if (target === null || target === "expired") return target;
  const { email } = target;
  const { removed } = await removeDigestRecipient(db, { subscriptionId: target.subscription.id, email });
  if (removed) {
    // The recipient, identified by their signed link, changed a subscription: audited like any change.
    await recordAudit(
      db,
      { actor: { kind: "anonymous", name: email } },
      {
        action: "digest_subscription.unsubscribe",
        targetType: "digest_subscription",
        targetId: target.subscription.id,
        before: { recipient: email },
        after: null,
      },
    );
  }
  return { email, removed };
}
