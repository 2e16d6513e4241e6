import {
  CONTROL_CHARACTER,
  MAX_PARAMETER_LENGTH,
  refuseMalformedRequest,
} from "@/lib/api/refuse-malformed-request";
import { escapeHtml } from "@/lib/costing/digests/email-html";
import { verifyUnsubscribeToken } from "@/lib/costing/digests/unsubscribe-token";
import { getPrisma } from "@/lib/db/prisma";
import { readDigestEnv } from "@/lib/email/digest-env";
import { getDigestSecret } from "@/lib/queries/digests/get-digest-secret";
import { removeDigestRecipient } from "@/lib/queries/digests/remove-digest-recipient";
import { unsubscribePage } from "./unsubscribe-page";

export const dynamic = "force-dynamic";

// The digest's unsubscribe link (signed, works without login). GET shows the digest's recipients,
// each with a button; the POST removes that address. A GET never unsubscribes: mail scanners open links.

async function subscriptionFrom(token: string | null) {
  const db = getPrisma();
  const secret = await getDigestSecret(db, readDigestEnv().TIERSCOPE_DIGEST_SECRET);
  const id = token ? verifyUnsubscribeToken(token, secret) : null;
  return id
    ? db.digestSubscription.findUnique({ where: { id }, include: { team: true, owner: true } })
    : null;
}

const INVALID = {
  title: "This unsubscribe link is not valid",
  body: "<p>It may have been cut short, or its digest was deleted. Ask the Tierscope administrator to remove your address.</p>",
  status: 404,
};

const NOT_A_FORM = {
  title: "This request is not the unsubscribe form",
  body: "<p>Open the unsubscribe link from the digest and press its button.</p>",
  status: 415,
};

const FORM_TYPE = /^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i;
function wellFormed(...values: string[]): boolean {
  return values.every((value) => value.length <= MAX_PARAMETER_LENGTH && !CONTROL_CHARACTER.test(value));
}

async function formOf(request: Request): Promise<FormData | null> {
  if (!FORM_TYPE.test(request.headers.get("content-type") ?? "")) return null;
  return request.formData().catch(() => null);
}

export async function GET(request: Request) {
  if (refuseMalformedRequest(request)) return unsubscribePage(INVALID);
  const token = new URL(request.url).searchParams.get("token");
  const subscription = await subscriptionFrom(token);
  if (!subscription) return unsubscribePage(INVALID);
  const owner = subscription.team
    ? `team ${subscription.team.slug}`
    : `namespace ${subscription.owner?.name}`;
  const forms = subscription.recipients
    .map(
      (
        email,
      ) => `<form method="post" style="margin:8px 0"><input type="hidden" name="token" value="${escapeHtml(token ?? "")}">
<input type="hidden" name="email" value="${escapeHtml(email)}">
<button type="submit" style="padding:6px 12px">Unsubscribe ${escapeHtml(email)}</button></form>`,
    )
    .join("");
  return unsubscribePage({
    title: `Unsubscribe from the ${subscription.cadence} digest of ${owner}`,
    body: subscription.recipients.length > 0 ? forms : "<p>Nobody receives this digest any more.</p>",
  });
}

export async function POST(request: Request) {
  const form = await formOf(request);
  if (!form) return unsubscribePage(NOT_A_FORM);
  const token = String(form.get("token") ?? "");
  const email = String(form.get("email") ?? "");
  if (!wellFormed(token, email)) return unsubscribePage(INVALID);
  const subscription = await subscriptionFrom(token);
  if (!subscription) return unsubscribePage(INVALID);
  const { removed } = await removeDigestRecipient(getPrisma(), { subscriptionId: subscription.id, email });
  return unsubscribePage({
    title: removed ? "Unsubscribed" : "Already unsubscribed",
    body: `<p>${escapeHtml(email)} ${removed ? "will not receive" : "does not receive"} this digest any more.</p>`,
  });
}
