import type { Command } from "commander";
import pg from "pg";
import { getMigrationStatus } from "../../db/migrate/apply-migrations";
import { openDatabase } from "../../db/open-database";
import { runAction } from "../run-action";

export function registerMigrateCommand(program: Command) {
  program
    .command("migrate")
    .description("apply pending database migrations (serve and demo do this too)")
    .option("--status", "list applied and pending migrations without applying any")
    .action(
      runAction(async (options: { status?: boolean }) => {
        const db = await openDatabase({ migrate: !options.status });
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
