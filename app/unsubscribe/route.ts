import {
  CONTROL_CHARACTER,
  MAX_PARAMETER_LENGTH,
  refuseMalformedRequest,
} from "@/lib/api/refuse-malformed-request";
import { escapeHtml } from "@/lib/costing/digests/email-html";
import { getPrisma } from "@/lib/db/prisma";
import { getUnsubscribeSecret } from "@/lib/services/digests/get-unsubscribe-secret";
import { findUnsubscribeTarget, unsubscribeRecipient } from "@/lib/services/digests/unsubscribe-recipient";
import { unsubscribePage } from "./unsubscribe-page";

export const dynamic = "force-dynamic";

// The digest's unsubscribe link (signed, works without login, for 90 days). GET shows a button for
// the address the token was made for; a GET never unsubscribes, as mail scanners open links. POST
// removes that address: the button's form, or a mail client's RFC 8058 one-click POST to the
// List-Unsubscribe URL (`List-Unsubscribe=One-Click`, the token in the URL). An expired token
// answers a page saying so, with the way out.

const secret = () => getUnsubscribeSecret(getPrisma());

const INVALID = {
  title: "This unsubscribe link is not valid",
  body: "<p>It may have been cut short, or its digest was deleted. Ask the Tierscope administrator to remove your address.</p>",
  status: 404,
};

const EXPIRED = {
  title: "This unsubscribe link has expired",
  body: "<p>Unsubscribe links work for 90 days. Use the link in your most recent digest, or ask the Tierscope administrator to remove your address.</p>",
  status: 410,
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
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const target = await findUnsubscribeTarget(getPrisma(), { token, secret: await secret(), now: new Date() });
  if (target === "expired") return unsubscribePage(EXPIRED);
  if (!target) return unsubscribePage(INVALID);
  const { subscription } = target;
  const owner = subscription.team
    ? `team ${subscription.team.slug}`
    : `namespace ${subscription.owner?.name}`;
  const addresses = subscription.recipients.filter((r) => r.toLowerCase() === target.email.toLowerCase());
  const forms = addresses
    .map(
      (
        email,
      ) => `<form method="post" style="margin:8px 0"><input type="hidden" name="token" value="${escapeHtml(token)}">
<button type="submit" style="padding:6px 12px">Unsubscribe ${escapeHtml(email)}</button></form>`,
    )
    .join("");
  return unsubscribePage({
    title: `Unsubscribe from the ${subscription.cadence} digest of ${owner}`,
    body: addresses.length > 0 ? forms : "<p>This address does not receive this digest any more.</p>",
  });
}

export async function POST(request: Request) {
  const form = await formOf(request);
  if (!form) return unsubscribePage(NOT_A_FORM);
  const token = String(form.get("token") ?? new URL(request.url).searchParams.get("token") ?? "");
  if (!wellFormed(token)) return unsubscribePage(INVALID);
  const result = await unsubscribeRecipient(getPrisma(), { token, secret: await secret(), now: new Date() });
  if (result === "expired") return unsubscribePage(EXPIRED);
  if (!result) return unsubscribePage(INVALID);
  return unsubscribePage({
    title: result.removed ? "Unsubscribed" : "Already unsubscribed",
    body: `<p>${escapeHtml(result.email)} ${result.removed ? "will not receive" : "does not receive"} this digest any more.</p>`,
  });
}
