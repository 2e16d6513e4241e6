// Prints a new collector token for each cluster named on the command line, one a line; run it
// through `tierscope exec -- tsx lib/testing/create-collector-token.ts CLUSTER…` (tests only).
import { createPrisma } from "../db/prisma";
import { createApiToken } from "../services/identity/create-api-token";
import { systemContext } from "../services/service-context";

const db = createPrisma(process.env.DATABASE_URL as string);
for (const cluster of process.argv.slice(2)) {
  const { token } = await createApiToken(db, {
    ctx: systemContext("test"),
    input: { name: `collector-${cluster}`, scope: "collector", clusterName: cluster },
    now: new Date(),
  });
  console.log(token);
}
await db.$disconnect();
