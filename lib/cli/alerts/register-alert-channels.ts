import { type Command, Option } from "commander";
import { ALERT_CHANNEL_KINDS } from "../../services/alerts/alert-kinds";
import type { TAlertChannelInput } from "../../services/alerts/alert-params";
import { createAlertChannel } from "../../services/alerts/create-alert-channel";
import { deleteAlertChannel } from "../../services/alerts/delete-alert-channel";
import { listAlertChannels } from "../../services/alerts/list-alert-channels";
import { systemContext } from "../../services/service-context";
import { flagError } from "../flag-error";
import { formatTable } from "../prices/table";
import { runAction } from "../run-action";
import { withPrisma } from "../with-prisma";

const ctx = systemContext("alerts");

interface ChannelOptions {
  name: string;
  kind: (typeof ALERT_CHANNEL_KINDS)[number];
  recipients?: string;
  url?: string;
  secretEnv?: string;
}

function channelInput(options: ChannelOptions): TAlertChannelInput {
  if (options.kind === "email")
    return {
      name: options.name,
      kind: "email",
      recipients: (options.recipients ?? "").split(",").map((r) => r.trim()),
    };
  if (options.kind !== "webhook") return { name: options.name, kind: options.kind, url: options.url ?? "" };
  // The secret comes from the environment: never on the command line, where ps and history see it.
  const secret = options.secretEnv ? process.env[options.secretEnv] : undefined;
  if (!secret) throw new Error("--secret-env: name an environment variable holding the signing secret");
  return { name: options.name, kind: "webhook", url: options.url ?? "", secret };
}

/** `tierscope alerts channels list|create|delete`. */
export function registerAlertChannels(alerts: Command) {
  const channels = alerts.command("channels").description("where alerts go: email, Slack, Teams, webhooks");
  channels
    .command("list")
    .description("every channel (never its URL's path or secret)")
    .action(
      runAction(async () => {
        const { items } = await withPrisma((db) => listAlertChannels(db, { ctx, input: {} }));
        if (items.length === 0)
          return console.log("No alert channels. Add one with `tierscope alerts channels create`.");
        console.log(
          formatTable(
            ["NAME", "KIND", "TARGET", "ID"],
            items.map((c) => [
              c.name,
              c.kind,
              c.kind === "email" ? c.recipients.join(", ") : (c.host ?? ""),
              c.id,
            ]),
          ),
        );
      }),
    );
  channels
    .command("create")
    .description("adds a channel")
    .requiredOption("--name <name>", "what the channel is called")
    .addOption(new Option("--kind <kind>", "what it is").choices(ALERT_CHANNEL_KINDS).makeOptionMandatory())
    .option("--recipients <addresses>", "email: comma-separated addresses")
    .option("--url <url>", "slack, teams, webhook: the webhook URL")
    .option("--secret-env <variable>", "webhook: the environment variable holding the HMAC signing secret")
    .action(
      runAction(async (options: ChannelOptions) => {
        const channel = await withPrisma((db) =>
          createAlertChannel(db, { ctx, input: channelInput(options) }),
        ).catch(flagError);
        console.log(`Alert channel ${channel.name} (${channel.id}) created.`);
      }),
    );
  channels
    .command("delete <id>")
    .description("deletes a channel no rule routes to")
    .action(
      runAction(async (id: string) => {
        await withPrisma((db) => deleteAlertChannel(db, { ctx, input: { id } }));
        console.log(`Alert channel ${id} deleted.`);
      }),
    );
}
