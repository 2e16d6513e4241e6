import type { Command } from "commander";
import { updatePricingSettings } from "../../services/pricing/update-pricing-settings";
import { systemContext } from "../../services/service-context";
import { getSettings } from "../../services/settings/get-settings";
import { updateSettings } from "../../services/settings/update-settings";
import { SETTING_GROUPS } from "../../settings/setting-groups";
import { formatTable } from "../prices/table";
import { runAction } from "../run-action";
import { withPrisma } from "../with-prisma";

const DISPLAY_CURRENCY = "pricing.displayCurrency";
const EXCHANGE_RATE = "pricing.exchangeRate";

function shown(value: unknown): string {
  if (value === null || value === undefined) return "-";
  return Array.isArray(value) ? value.join(",") : String(value);
}

export function registerSettingsCommand(program: Command) {
  const settings = program
    .command("settings")
    .description("thresholds, currency, email delivery and namespace ownership rules: get, set");

  settings
    .command("get")
    .description("print every setting in force (or one group's, e.g. waste.thresholds) with its default")
    .argument("[group]", "a settings group key")
    .option("--json", "print JSON")
    .action(
      runAction(async (group: string | undefined, options: { json?: boolean }) => {
        const view = await withPrisma((db) =>
          getSettings(db, { ctx: systemContext("settings get"), input: {} }),
        );
        const groups = view.groups.filter((candidate) => !group || candidate.key === group);
        if (group && groups.length === 0 && group !== "pricing") {
          throw new Error(
            `settings: no group "${group}" (the groups are pricing, ${SETTING_GROUPS.map((g) => g.key).join(", ")})`,
          );
        }
        if (options.json) {
          console.log(JSON.stringify(group === "pricing" ? view.pricing : { ...view, groups }, null, 2));
          return;
        }
        const rows = groups.flatMap((candidate) =>
          candidate.fields.map((field) => [
            `${candidate.key}.${field.name}`,
            field.kind === "secret" ? (field.isDefault ? "-" : "(set)") : shown(field.value),
            field.isDefault ? "default" : `default ${shown(field.defaultValue)}`,
          ]),
        );
        if (!group || group === "pricing") {
          rows.push([DISPLAY_CURRENCY, view.pricing.displayCurrency, "default USD"]);
          for (const rate of view.pricing.exchangeRates)
            rows.push([
              EXCHANGE_RATE,
              `1 ${rate.baseCurrency} = ${rate.rate} ${rate.quoteCurrency}`,
              `from ${rate.effectiveFrom}`,
            ]);
        }
        console.log(formatTable(["SETTING", "VALUE", "SOURCE"], rows));
      }),
    );

  settings
    .command("set")
    .description(
      "change one setting (admin action, audited): e.g. `settings set waste.thresholds.availableDays 10`, " +
        "`settings set pricing.displayCurrency EUR`, `settings set pricing.exchangeRate EUR=0.92`; " +
        "`--default` restores a field's default",
    )
    .argument("<name>", "<group>.<field>, e.g. waste.thresholds.availableDays")
    .argument("[value]", "the new value: a number, true/false, text, or a comma-separated list")
    .option("--default", "restore the field's default")
    .option("--from <day>", "pricing.exchangeRate: the first day the rate applies (default today)")
    .action(
      runAction(
        async (name: string, value: string | undefined, options: { default?: boolean; from?: string }) => {
          if (value === undefined && !options.default)
            throw new Error(`settings set ${name}: give a value or --default`);
          const ctx = systemContext("settings set");
          if (name === DISPLAY_CURRENCY || name === EXCHANGE_RATE) {
            const [quoteCurrency = "", rate = ""] = (value ?? "").split("=");
            const input =
              name === DISPLAY_CURRENCY
                ? { displayCurrency: value ?? "USD" }
                : {
                    exchangeRate: {
                      baseCurrency: "USD",
                      quoteCurrency,
                      rate,
                      effectiveFrom: options.from ?? new Date().toISOString().slice(0, 10),
                    },
                  };
            await withPrisma((db) => updatePricingSettings(db, { ctx, input }));
            console.log(`Set ${name} to ${value}.`);
            return;
          }
          const group = SETTING_GROUPS.find((candidate) => name.startsWith(`${candidate.key}.`));
          if (!group)
            throw new Error(
              `settings: no group in "${name}" (the groups are ${SETTING_GROUPS.map((g) => g.key).join(", ")})`,
            );
          const field = name.slice(group.key.length + 1);
          const after = await withPrisma((db) =>
            updateSettings(db, {
              ctx,
              input: { key: group.key, values: { [field]: options.default ? null : value } },
            }),
          );
          const now = after.fields.find((candidate) => candidate.name === field);
          console.log(
            `Set ${name} to ${now?.kind === "secret" ? "(set)" : shown(now?.value)}${now?.isDefault ? " (default)" : ""}.`,
          );
        },
      ),
    );
}
