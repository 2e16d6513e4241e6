// Prints a new collector token for the cluster named on the command line; run it through
// `tierscope exec -- tsx lib/testing/create-collector-token.ts CLUSTER` (tests only).
import { createPrisma } from "../db/prisma";
import { createApiToken } from "../services/identity/create-api-token";
import { systemContext } from "../services/service-context";

const cluster = process.argv[2] as string;
const db = createPrisma(process.env.DATABASE_URL as string);
const { token } = await createApiToken(db, {
  ctx: systemContext("test"),
  input: { name: `collector-${cluster}`, scope: "collector", clusterName: cluster },
  now: new Date(),
});
await db.$disconnect();
console.log(token);
