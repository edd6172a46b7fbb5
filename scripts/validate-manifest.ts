/**
 * `npm run validate`: offline checks of manifest.xml — structure (scripts/manifest-check.ts) and, where
 * xmllint is installed, well-formedness. Microsoft's online validator is not used: it needs the network.
 */
import * as fs from "fs";
import * as path from "path";
import { spawnSync } from "child_process";
import { checkManifest } from "./manifest-check";

async function main(): Promise<void> {
  const root = path.join(__dirname, "..");
  const file = path.join(root, "manifest.xml");
  const problems = await checkManifest(fs.readFileSync(file, "utf8"), path.join(root, "assets"));
  const xmllint = spawnSync("xmllint", ["--noout", file], { encoding: "utf8" });
  if (xmllint.error) console.log("xmllint is not installed: well-formedness checked by the XML parser only.");
  else if (xmllint.status !== 0) problems.push(`xmllint: ${xmllint.stderr.trim()}`);
  for (const problem of problems) console.error(`✗ ${problem}`);
  console.log(problems.length === 0 ? "manifest.xml: OK" : `manifest.xml: ${problems.length} problem(s)`);
  process.exit(problems.length === 0 ? 0 : 1);
}

void main();
