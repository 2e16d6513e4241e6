import { type Command, Option } from "commander";
import { acknowledgeAlert } from "../../services/alerts/acknowledge-alert";
import { type AlertHistory, listAlertHistory } from "../../services/alerts/list-alert-history";
import { systemContext } from "../../services/service-context";
import { registerAlertChannels } from "../alerts/register-alert-channels";
import { registerAlertRules } from "../alerts/register-alert-rules";
import { formatTable } from "../prices/table";
import { runAction } from "../run-action";
import { withPrisma } from "../with-prisma";

const ctx = systemContext("alerts");

export function formatAlertHistory(history: AlertHistory): string {
  if (history.items.length === 0) return "No alerts yet.";
  const header = ["RAISED", "RULE", "ALERT", "DELIVERIES", "ACK", "ID"];
  const rows = history.items.map((a) => [
    a.raisedAt.slice(0, 16).replace("T", " "),
    a.rule,
    a.title,
    a.muted
      ? "muted"
      : a.deliveries
          .map((d) => `${d.channel}: ${d.status}${d.attempts > 1 ? ` (${d.attempts} attempts)` : ""}`)
          .join(", "),
    a.acknowledgedAt ? "yes" : "",
    a.id,
  ]);
  const errors = history.items.flatMap((a) =>
    a.deliveries.filter((d) => d.error).map((d) => `${a.id} ${d.channel}: ${d.error}`),
  );
  return [formatTable(header, rows), ...(errors.length ? ["", "Last errors:", ...errors] : [])].join("\n");
}

/**
 * `tierscope alerts`: rules, channels, the history and acknowledging. Alerts are judged and sent by
 * the worker in `tierscope serve` (or `tierscope digest worker`).
 */
export function registerAlertsCommand(program: Command) {
  const alerts = program
    .command("alerts")
    .description("alert rules routed to email, Slack, Teams and webhooks; the alert history");
  registerAlertRules(alerts);
  registerAlertChannels(alerts);
  alerts
    .command("history")
    .description("the newest alerts with each channel's delivery status, attempts and last error")
    .addOption(new Option("--format <format>", "output format").choices(["table", "json"]).default("table"))
    .action(
      runAction(async (options: { format: "table" | "json" }) => {
        const history = await withPrisma((db) => listAlertHistory(db, { ctx, input: {} }));
        console.log(
          options.format === "json" ? JSON.stringify(history, null, 2) : formatAlertHistory(history),
        );
      }),
    );
  alerts
    .command("ack <id>")
    .description("acknowledges an alert")
    .action(
      runAction(async (id: string) => {
        const result = await withPrisma((db) => acknowledgeAlert(db, { ctx, input: { id } }));
        console.log(`Alert ${id} acknowledged at ${result.acknowledgedAt}.`);
      }),
    );
}
