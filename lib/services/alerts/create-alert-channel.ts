import type { Db } from "../../db/prisma";
import { recordAudit } from "../audit/record-audit";
import type { ServiceCall } from "../service-context";
import { alertChannelJson } from "./alert-json";
import { type TAlertChannelInput, ZAlertChannelInput } from "./alert-params";
import { requireAlertWriter } from "./require-alert-writer";
import { withAlertConflicts } from "./with-alert-conflicts";

/** Stores a channel; its URL and signing secret are kept, never returned, logged or audited. */
export async function createAlertChannel(db: Db, { ctx, input }: ServiceCall<TAlertChannelInput>) {
  requireAlertWriter(ctx);
  const value = ZAlertChannelInput.parse(input);
  return withAlertConflicts("channel", () =>
    db.$transaction(async (tx) => {
      const created = await tx.alertChannel.create({
        data: {
          name: value.name,
          kind: value.kind,
          recipients: value.kind === "email" ? value.recipients : [],
          url: value.kind === "email" ? null : value.url,
          signingSecret: value.kind === "webhook" ? value.secret : null,
        },
      });
      const json = alertChannelJson(created);
      await recordAudit(tx, ctx, {
        action: "alert_channel.create",
        targetType: "alert_channel",
        targetId: created.id,
        before: null,
        after: json,
      });
      return json;
    }),
  );
}
