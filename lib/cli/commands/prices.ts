import { type Command, InvalidArgumentError, Option } from "commander";
import type { Provider } from "../../pricing/types";
import { recordAudit } from "../../services/audit/record-audit";
import { recomputeAfterPriceChange } from "../../services/costs/recompute-after-price-change";
import { loadBundledCatalog } from "../../services/pricing/load-bundled-catalog";
import { systemContext } from "../../services/service-context";
import { listPrices } from "../prices/list-prices";
import { refreshPrices } from "../prices/refresh-prices";
import { showPrices } from "../prices/show-prices";
import { runAction } from "../run-action";
import { withPrisma } from "../with-prisma";

const FORMAT = new Option("--format <format>", "output format").choices(["table", "json"]).default("table");
const collect = (value: string, previous: string[] = []) => [...previous, value];
const currency = (value: string) => {
  if (!/^[A-Z]{3}$/.test(value))
    throw new InvalidArgumentError("Expected a three-letter currency code such as USD.");
  return value;
};

/** `tierscope prices list|show|refresh`: the price catalog, resolutions, and refreshes from the providers' APIs. */
export function registerPricesCommand(program: Command) {
  const prices = program
    .command("prices")
    .description("price catalog: list, show what storage classes resolve to, refresh");

  prices
    .command("list")
    .description("list catalog prices in force today, with their sources and dates")
    .addOption(new Option("--provider <provider>", "only this provider").choices(["aws", "azure", "gcp"]))
    .option("--region <region>", "only this region")
    .option("--product <product>", "only this product, e.g. ebs-gp3")
    .option("--all", "every version, including prices no longer in force")
    .addOption(FORMAT)
    .action(
      runAction(
        async (options: {
          provider?: Provider;
          region?: string;
          product?: string;
          all?: boolean;
          format: "table" | "json";
        }) => {
          const output = await withPrisma(async (db) => {
            await loadBundledCatalog(db, { ctx: systemContext("prices list"), input: { now: new Date() } });
            return listPrices(db, options, new Date().toISOString().slice(0, 10));
          });
          console.log(output);
        },
      ),
    );

  prices
    .command("show")
    .description("show what each StorageClass resolves to: components, unit prices, sources")
    .option("--cluster <name>", "only this cluster")
    .option("--storage-class <name>", "only this StorageClass (with --cluster)")
    .option(
      "--size <quantity>",
      "price one volume of this size, e.g. 500Gi (default: the class's most common size)",
    )
    .addOption(FORMAT)
    .action(
      runAction(
        async (options: {
          cluster?: string;
          storageClass?: string;
          size?: string;
          format: "table" | "json";
        }) => {
          const output = await withPrisma(async (db) => {
            await loadBundledCatalog(db, { ctx: systemContext("prices show"), input: { now: new Date() } });
            return showPrices(db, options, new Date());
          });
          console.log(output);
        },
      ),
    );

  prices
    .command("refresh")
    .description("refresh list prices from a provider's public pricing API, or from recorded responses")
    .addOption(
      new Option("--provider <provider>", "the provider to refresh")
        .choices(["aws", "azure", "gcp"])
        .makeOptionMandatory(),
    )
    .option("--region <region>", "a region to refresh (repeatable; default: the fleet's regions)", collect)
    .option("--from-file <file...>", "recorded API responses to import instead of calling the API")
    .option("--currency <code>", "currency to ask Azure and GCP for", currency, "USD")
    .option("--api-key <key>", "GCP API key (default: TIERSCOPE_GCP_API_KEY)")
    .action(
      runAction(
        async (options: {
          provider: "aws" | "azure" | "gcp";
          region?: string[];
          fromFile?: string[];
          currency: string;
          apiKey?: string;
        }) => {
          const output = await withPrisma(async (db) => {
            await loadBundledCatalog(db, {
              ctx: systemContext("prices refresh"),
              input: { now: new Date() },
            });
            const refreshed = await refreshPrices(db, options, new Date());
            const { output, ...counts } = refreshed;
            await recordAudit(db, systemContext("prices refresh"), {
              action: "prices.refresh",
              targetType: "price_catalog",
              after: {
                provider: options.provider,
                regions: options.region ?? null,
                summary: output,
                ...counts,
              },
            });
            await recomputeAfterPriceChange(db, {
              ctx: systemContext("prices refresh"),
              input: { now: new Date() },
            });
            return output;
          });
          console.log(output);
        },
      ),
    );
}
