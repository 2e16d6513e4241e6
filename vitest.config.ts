import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(import.meta.dirname) };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "tests/**/*.test.ts"],
          exclude: ["**/*.db.test.ts", "**/*.cli.test.ts", "**/*.scale.test.ts"],
          // Generous limits: the suite runs on busy machines; a limit only stops a hung test.
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve: { alias },
        test: {
          // The UI kit and the pure chart-data functions, rendered in happy-dom (no browser).
          name: "components",
          include: ["components/**/*.test.ts", "components/**/*.test.tsx"],
          environment: "happy-dom",
          testTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "db",
          include: ["lib/**/*.db.test.ts", "tests/**/*.db.test.ts"],
          globalSetup: ["lib/testing/db-global-setup.ts"],
          // One database for the run: files take turns, each starts from empty tables.
          fileParallelism: false,
          // Limits that only stop a hung test: a test starting job workers takes a minute when busy.
          testTimeout: 600_000,
          hookTimeout: 600_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "cli",
          include: ["lib/**/*.cli.test.ts"],
          fileParallelism: false,
          // Each test and hook starts `tierscope` processes with an embedded database: slow on a
          // loaded machine, so the limits only stop a hung test (vitest's 10 s hook limit did not).
          testTimeout: 600_000,
          hookTimeout: 600_000,
        },
      },
      {
        resolve: { alias },
        test: {
          // The brief's sizes (70,000 volumes, 17,000 GPU pods): tens of minutes on two cores, so
          // not in `npm test`; run by hand with `npm run test:scale` (README "Tests").
          name: "scale",
          include: ["lib/**/*.scale.test.ts"],
          globalSetup: ["lib/testing/db-global-setup.ts"],
          fileParallelism: false,
          testTimeout: 3_600_000,
          hookTimeout: 3_600_000,
        },
      },
    ],
  },
});
