import { verifyUnsubscribeToken } from "../../costing/digests/unsubscribe-token";
import type { Db } from "../../db/prisma";
import { removeDigestRecipient } from "../../queries/digests/remove-digest-recipient";
import { recordAudit } from "../audit/record-audit";

/** The subscription an unsubscribe token names, with the recipient it was made for (null: any). */
export async function findUnsubscribeTarget(db: Db, input: { token: string; secret: string }) {
  const claims = verifyUnsubscribeToken(input.token, input.secret);
  if (!claims) return null;
  const subscription = await db.digestSubscription.findUnique({
    where: { id: claims.subscriptionId },
    include: { team: true, owner: true },
  });
  return subscription ? { subscription, email: claims.email } : null;
}

/**
 * Removes a recipient with the unsubscribe token of their message: no session, the signed token is
 * the credential. A recipient's token removes exactly that address (RFC 8058 one-click: the POST
 * needs nothing else); a subscription's token removes the address the form names. Null: the token
 * is not valid, or its digest is gone.
 */
export async function unsubscribeRecipient(
  db: Db,
  input: { token: string; secret: string; email?: string },
): Promise<{ email: string; removed: boolean } | null> {
  const target = await findUnsubscribeTarget(db, input);
  const email = target?.email ?? input.email;
  if (!target || !email) return null;
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
