import type { Command } from "commander";
import pg from "pg";
import { getMigrationStatus } from "../../db/migrate/apply-migrations";
import { openDatabaseWithCatalog } from "../ensure-price-catalog";
import { runAction } from "../run-action";

export function registerMigrateCommand(program: Command) {
  program
    .command("migrate")
    .description(
      "apply pending database migrations and load the bundled price catalog (every command does this too)",
    )
    .option("--status", "list applied and pending migrations without applying any")
    .action(
      runAction(async (options: { status?: boolean }) => {
        const db = await openDatabaseWithCatalog({ migrate: !options.status, quiet: false });
        try {
          if (options.status) {
            const pool = new pg.Pool({ connectionString: db.url, max: 1 });
            const status = await getMigrationStatus(pool).finally(() => pool.end());
            for (const name of status.applied) console.log(`applied  ${name}`);
            for (const name of status.pending) console.log(`pending  ${name}`);
          } else {
            console.log(
              db.applied.length > 0
                ? `Applied ${db.applied.length} migration(s): ${db.applied.join(", ")}`
                : "The database is up to date.",
            );
          }
        } finally {
          await db.close();
        }
      }),
    );
}
