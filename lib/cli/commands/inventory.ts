import { type Command, Option } from "commander";
import type { KubeKind } from "../../db/generated/enums";
import { formatBytes } from "../../format";
import { KINDS } from "../../ingest/kube/kube-kinds";
import { getClusterByNameOrThrow } from "../../services/clusters/get-cluster-by-name";
import { listInventory } from "../../services/inventory/list-inventory";
import { getObservations } from "../../services/observations/get-observations";
import { systemContext } from "../../services/service-context";
import { parseTime } from "../parse-time";
import { runAction } from "../run-action";
import { withPrisma } from "../with-prisma";

function describeDetail(detail: Record<string, string | number | null>): string {
  return Object.entries(detail)
    .filter(([, v]) => v !== null && v !== "")
    .map(([k, v]) =>
      k.endsWith("Bytes") && typeof v === "string" ? `${k.slice(0, -5)}=${formatBytes(v)}` : `${k}=${v}`,
    )
    .join(" ");
}

export function registerInventoryCommands(program: Command) {
  program
    .command("inventory")
    .description("list the objects stored for a cluster, as they are now or as they stood at a past time")
    .requiredOption("--cluster <name>", "the cluster")
    .addOption(new Option("--kind <kind>", "only this kind").choices(KINDS.map((k) => k.kind)))
    .option("--at <time>", "as the cluster stood at this time (default: now)", parseTime)
    .option("--limit <n>", "at most this many objects per kind", (v) => Number.parseInt(v, 10), 1000)
    .addOption(new Option("--format <format>", "output format").choices(["table", "json"]).default("table"))
    .action(
      runAction(
        async (options: { cluster: string; kind?: KubeKind; at?: Date; limit: number; format: string }) => {
          const at = options.at ?? new Date();
          const result = await withPrisma((db) =>
            listInventory(db, {
              ctx: systemContext("inventory"),
              input: {
                cluster: options.cluster,
                at,
                kinds: options.kind ? [options.kind] : undefined,
                limit: options.limit,
              },
            }),
          );
          if (options.format === "json") {
            console.log(
              JSON.stringify({ cluster: options.cluster, at: at.toISOString(), ...result }, null, 2),
            );
            return;
          }
          for (const item of result.items) {
            const name = item.namespace ? `${item.namespace}/${item.name}` : item.name;
            console.log(`${item.kind.padEnd(22)} ${name.padEnd(48)} ${describeDetail(item.detail)}`);
          }
          const shown = Object.entries(result.totals).map(([kind, n]) => `${n} ${kind}`);
          console.log(`As of ${at.toISOString()}: ${shown.join(", ")}`);
        },
      ),
    );

  program
    .command("observations")
    .description("list imports: when, from where, and what each saw")
    .option("--cluster <name>", "only this cluster")
    .option("--limit <n>", "how many, newest first", (v) => Number.parseInt(v, 10), 50)
    .addOption(new Option("--format <format>", "output format").choices(["table", "json"]).default("table"))
    .action(
      runAction(async (options: { cluster?: string; limit: number; format: string }) => {
        const result = await withPrisma(async (db) => {
          const ctx = systemContext("observations");
          // A cluster the page would show as an empty list is an error here: the name was mistyped.
          if (options.cluster) await getClusterByNameOrThrow(db, { ctx, input: { name: options.cluster } });
          const { items, total } = await getObservations(db, {
            ctx,
            input: { cluster: options.cluster, page: 1, pageSize: options.limit },
          });
          return { items, total };
        });
        if (options.format === "json") {
          console.log(JSON.stringify(result, null, 2));
          return;
        }
        for (const o of result.items) {
          const sum = (key: "seen" | "new" | "changed" | "deleted") =>
            o.kinds.reduce((n, k) => n + k[key], 0);
          console.log(
            `${o.observedAt}  ${o.clusterName.padEnd(20)} ${o.source.padEnd(6)} ${o.status.padEnd(9)} ` +
              `seen ${sum("seen")}, new ${sum("new")}, changed ${sum("changed")}, deleted ${sum("deleted")}, skipped ${o.skippedCount}` +
              (o.warnings.length > 0 ? `  warnings: ${o.warnings.join("; ")}` : ""),
          );
        }
        console.log(`${result.items.length} of ${result.total} observation(s)`);
      }),
    );
}
