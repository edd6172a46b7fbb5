/* eslint-disable @typescript-eslint/no-require-imports */
// The README test command: type-check, jest (unit, integration, LibreOffice), then the task pane in a
// real browser (Playwright with Debian Chromium, which builds and serves dist/), and the closing line
// `N passed, N failed` that the CI gate reads (neither tool's own summary is in that form). Extra
// arguments go to jest and skip the browser run; SQ_SKIP_E2E=1 skips it too (quick local runs only).
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const jestFile = path.join(root, ".jest-results.json");
const e2eFile = path.join(root, ".e2e-results.json");
const args = process.argv.slice(2);

let passed = 0;
let failed = 0;

const typecheck = spawnSync(bin("tsc"), ["--noEmit", "-p", root], { stdio: "inherit", cwd: root });
if (typecheck.status === 0) passed++;
else {
  failed++;
  console.error("Type check failed (tsc --noEmit).");
}

fs.rmSync(jestFile, { force: true });
const jest = spawnSync(bin("jest"), ["--json", `--outputFile=${jestFile}`, ...args], { stdio: "inherit", cwd: root });
if (fs.existsSync(jestFile)) {
  const results = JSON.parse(fs.readFileSync(jestFile, "utf8"));
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  // A suite that fails to compile or load has no test results of its own: count it as a failure.
  failed += results.testResults.filter((suite) => suite.status === "failed" && suite.assertionResults.length === 0).length;
} else {
  failed++;
  console.error(`jest did not run (exit ${jest.status}).`);
}

let e2eStatus = 0;
if (args.length === 0 && !process.env.SQ_SKIP_E2E) {
  fs.rmSync(e2eFile, { force: true });
  const e2e = spawnSync(bin("playwright"), ["test", "--reporter=list,json"], {
    stdio: "inherit", cwd: root, env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: e2eFile },
  });
  e2eStatus = e2e.status ?? 1;
  if (fs.existsSync(e2eFile)) {
    const { stats } = JSON.parse(fs.readFileSync(e2eFile, "utf8"));
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected;
    // The run failed before any test failed (no browser, the server did not start): count it once.
    if (e2eStatus !== 0 && stats.unexpected === 0) failed++;
  } else {
    failed++;
    console.error(`Browser tests did not run (exit ${e2eStatus}).`);
  }
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 && jest.status === 0 && e2eStatus === 0 ? 0 : 1);
