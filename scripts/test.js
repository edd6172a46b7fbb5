/* eslint-disable @typescript-eslint/no-require-imports */
// The README test command: type-check, then jest, then the closing line `N passed, N failed` that the
// CI gate reads (jest's own summary is not in that form). Extra arguments go to jest.
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const resultsFile = path.join(root, ".jest-results.json");
const args = process.argv.slice(2);

let passed = 0;
let failed = 0;

const typecheck = spawnSync(bin("tsc"), ["--noEmit", "-p", root], { stdio: "inherit", cwd: root });
if (typecheck.status === 0) passed++;
else {
  failed++;
  console.error("Type check failed (tsc --noEmit).");
}

fs.rmSync(resultsFile, { force: true });
const jest = spawnSync(bin("jest"), ["--json", `--outputFile=${resultsFile}`, ...args], { stdio: "inherit", cwd: root });
if (fs.existsSync(resultsFile)) {
  const results = JSON.parse(fs.readFileSync(resultsFile, "utf8"));
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  // A suite that fails to compile or load has no test results of its own: count it as a failure.
  failed += results.testResults.filter((suite) => suite.status === "failed" && suite.assertionResults.length === 0).length;
} else {
  failed++;
  console.error(`jest did not run (exit ${jest.status}).`);
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 && jest.status === 0 ? 0 : 1);
