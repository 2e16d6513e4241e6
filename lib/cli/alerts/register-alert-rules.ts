import { type Command, Option } from "commander";
import { ALERT_RULE_KINDS } from "../../services/alerts/alert-kinds";
import type { TAlertRuleInput } from "../../services/alerts/alert-params";
import { createAlertRule } from "../../services/alerts/create-alert-rule";
import { deleteAlertRule } from "../../services/alerts/delete-alert-rule";
import { listAlertRules } from "../../services/alerts/list-alert-rules";
import { updateAlertRule } from "../../services/alerts/update-alert-rule";
import { systemContext } from "../../services/service-context";
import { flagError } from "../flag-error";
import { parseTime } from "../parse-time";
import { formatTable } from "../prices/table";
import { runAction } from "../run-action";
import { withPrisma } from "../with-prisma";

const ctx = systemContext("alerts");

/** `tierscope alerts rules list|create|delete|mute|unmute`. */
export function registerAlertRules(alerts: Command) {
  const rules = alerts.command("rules").description("what raises an alert, and which channels it goes to");
  rules
    .command("list")
    .description("every rule")
    .action(
      runAction(async () => {
        const { items } = await withPrisma((db) => listAlertRules(db, { ctx, input: {} }));
        if (items.length === 0)
          return console.log("No alert rules. Add one with `tierscope alerts rules create`.");
        const header = ["NAME", "KIND", "TEAM", "CONDITION", "CHANNELS", "MUTED UNTIL", "ID"];
        const condition = (r: (typeof items)[number]) =>
          r.threshold
            ? `≥ ${r.threshold} of ${r.budget ?? "every budget"}`
            : r.minAmount
              ? `≥ ${r.minAmount} ${r.currency}/month`
              : "";
        console.log(
          formatTable(
            header,
            items.map((r) => [
              r.name,
              r.kind,
              r.team ?? "fleet",
              condition(r),
              r.channels.join(", "),
              r.mutedUntil ?? "",
              r.id,
            ]),
          ),
        );
      }),
    );
  rules
    .command("create")
    .description("adds a rule")
    .requiredOption("--name <name>", "what the rule is called")
    .addOption(new Option("--kind <kind>", "what it watches").choices(ALERT_RULE_KINDS).makeOptionMandatory())
    .requiredOption("--channels <names>", "comma-separated channel names")
    .option("--team <slug>", "judge this team's data only (default: the whole fleet)")
    .option("--budget <name>", "budget rules: one budget (default: every budget in scope)")
    .option("--threshold <share>", "budget rules: the share of the budget, e.g. 0.8")
    .option("--min-amount <amount>", "waste rules: the least monthly cost of a finding")
    .option("--currency <code>", "waste rules: the amount's currency")
    .action(
      runAction(async (options: Record<string, string | undefined>) => {
        const input = {
          ...options,
          channels: options.channels?.split(",").map((c) => c.trim()),
        } as TAlertRuleInput;
        const rule = await withPrisma((db) => createAlertRule(db, { ctx, input })).catch(flagError);
        console.log(`Alert rule ${rule.name} (${rule.id}) created.`);
      }),
    );
  rules
    .command("delete <id>")
    .description("deletes a rule and its history")
    .action(
      runAction(async (id: string) => {
        await withPrisma((db) => deleteAlertRule(db, { ctx, input: { id } }));
        console.log(`Alert rule ${id} deleted.`);
      }),
    );
  rules
    .command("mute <id>")
    .description("sends nothing for a rule until a time (its alerts still go to the history)")
    .requiredOption("--until <time>", "ISO time or day, e.g. 2026-12-24 or 2026-12-24T08:00:00Z", parseTime)
    .action(
      runAction(async (id: string, options: { until: Date }) => {
        const mutedUntil = options.until.toISOString();
        await withPrisma((db) => updateAlertRule(db, { ctx, input: { id, patch: { mutedUntil } } }));
        console.log(`Alert rule ${id} muted until ${mutedUntil}.`);
      }),
    );
  rules
    .command("unmute <id>")
    .description("sends a muted rule's new alerts again")
    .action(
      runAction(async (id: string) => {
        await withPrisma((db) => updateAlertRule(db, { ctx, input: { id, patch: { mutedUntil: null } } }));
        console.log(`Alert rule ${id} unmuted.`);
      }),
    );
}
