// Prints the pg-boss state of each job id named on the command line, as one JSON object
// ({ "<id>": "completed" }); run it through `tierscope exec -- tsx lib/testing/read-job-states.ts ID…`
// (tests only).
import pg from "pg";

const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
await client.connect();
const { rows } = await client.query<{ id: string; state: string }>(
  "SELECT id, state FROM pgboss.job WHERE id = ANY($1::uuid[])",
  [process.argv.slice(2)],
);
console.log(JSON.stringify(Object.fromEntries(rows.map((row) => [row.id, row.state]))));
await client.end();
