import { defineConfig, devices } from "@playwright/test";
import { ADMIN_STORAGE_STATE, savedCsrfHeader } from "./e2e/auth-state";
import { TEST_OIDC_CLIENT, TEST_OIDC_GROUP_MAP, TEST_OIDC_NAME } from "./lib/testing/oidc-test-accounts";

// Another port can be set for running two suites side by side (e.g. in two git worktrees).
const PORT = Number(process.env.TIERSCOPE_E2E_PORT ?? 3100);
const BASE_URL = `http://127.0.0.1:${PORT}`;
// The loopback OpenID provider that the single sign-on spec signs in at (e2e/oidc-sign-in.spec.ts).
const OIDC_PORT = PORT + 1000;

// Debian's Chromium, never a downloaded browser. The flags keep it off the network: this machine
// has none, and Chromium's background services would otherwise try.
const CHROMIUM_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const CHROMIUM_LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: CHROMIUM_ARGS,
};

if (!process.env.DATABASE_URL) {
  throw new Error("Run the end-to-end tests with `npm run test:e2e`: it provides the database.");
}

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  // Generous limits: the suite must pass on a busy 2-core machine, where one page can take seconds.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    baseURL: BASE_URL,
    // Traces, not videos: Playwright records video with an ffmpeg it downloads, which cannot work here.
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    // Signs in as the demo admin once; every other spec starts from that session.
    { name: "setup", testMatch: /.*\.setup\.ts/, use: { launchOptions: CHROMIUM_LAUNCH } },
    {
      name: "chromium",
      dependencies: ["setup"],
      use: {
        ...devices["Desktop Chrome"],
        storageState: ADMIN_STORAGE_STATE,
        extraHTTPHeaders: savedCsrfHeader(),
        viewport: { width: 1400, height: 1000 },
        launchOptions: CHROMIUM_LAUNCH,
      },
    },
  ],
  webServer: [
    {
      command: `tsx e2e/oidc-test-provider.server.ts ${OIDC_PORT} ${BASE_URL}`,
      url: `http://127.0.0.1:${OIDC_PORT}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "pipe",
    },
    {
      // The demo, loaded already by scripts/test-e2e.sh: in demo mode its accounts' published
      // passwords work (a plain `serve` takes them away). No digest worker here: the digests spec
      // runs its own, pointed at its own SMTP server.
      command: `node bin/tierscope.mjs demo --port ${PORT} --host 127.0.0.1 --no-digest-worker`,
      url: `${BASE_URL}/login`,
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: "pipe",
      env: {
        TIERSCOPE_OIDC_ISSUER: `http://127.0.0.1:${OIDC_PORT}`,
        TIERSCOPE_OIDC_CLIENT_ID: TEST_OIDC_CLIENT.clientId,
        TIERSCOPE_OIDC_CLIENT_SECRET: TEST_OIDC_CLIENT.clientSecret,
        TIERSCOPE_OIDC_NAME: TEST_OIDC_NAME,
        TIERSCOPE_OIDC_SCOPES: "openid email profile groups",
        TIERSCOPE_OIDC_GROUP_MAP: JSON.stringify(TEST_OIDC_GROUP_MAP),
      },
    },
  ],
});
