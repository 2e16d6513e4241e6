import type { Command } from "commander";
import pg from "pg";
import { getMigrationStatus } from "../../db/migrate/apply-migrations";
import { getPool } from "../../db/prisma";
import { openDatabaseWithCatalog } from "../ensure-price-catalog";
import { forwardedInvocation } from "../forwarding/forwarded-invocation";
import { runAction } from "../run-action";

async function withOwnPool<T>(url: string, work: (pool: pg.Pool) => Promise<T>): Promise<T> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  return work(pool).finally(() => pool.end());
}

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
            // Through a server: its pool, never a second connection to its embedded database.
            const status = forwardedInvocation()
              ? await getMigrationStatus(getPool())
              : await withOwnPool(db.url, getMigrationStatus);
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
