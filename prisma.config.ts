import { defineConfig } from "prisma/config";

// The Prisma CLI is used only for `prisma generate`: migrations are created by
// scripts/create-migration.ts and applied by lib/db/migrate (see README, "Database").
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
