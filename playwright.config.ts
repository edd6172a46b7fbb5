/**
 * Real-browser tests of the task pane (npm run test:e2e): Debian Chromium, never a downloaded browser;
 * the task-pane width; dist/ served on localhost by scripts/start.js. Every request is checked in
 * test/e2e/fixtures.ts: the Office CDN is answered from node_modules, anything else off localhost fails.
 * SQ_E2E_NO_SERVER=1 skips the build and server (only the harness specs, which need neither, can pass).
 */
import { defineConfig } from "@playwright/test";
import { E2E_PORT } from "./test/e2e/port";

export default defineConfig({
  testDir: "test/e2e",
  testMatch: "**/*.spec.ts",
  outputDir: "test-results/playwright",
  timeout: 90_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  reporter: [["list"], ["./test/e2e/summaryReporter.ts"]],
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    viewport: { width: 350, height: 900 },
    locale: "ru-RU",
    acceptDownloads: true,
    serviceWorkers: "block",
    // Playwright gives every launch a fresh temporary user-data-dir (it refuses --user-data-dir in args).
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
      ],
    },
  },
  webServer: process.env.SQ_E2E_NO_SERVER
    ? undefined
    : {
        command: `node scripts/start.js --standalone --rebuild --port=${E2E_PORT}`,
        url: `http://127.0.0.1:${E2E_PORT}/taskpane.html`,
        reuseExistingServer: false,
        timeout: 300_000,
        stdout: "pipe",
      },
});
