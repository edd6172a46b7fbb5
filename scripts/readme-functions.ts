/** Rewrites the function reference between the markers in README.md from the registry. */
import * as fs from "fs";
import * as path from "path";
import { functionsMarkdown } from "../src/cli/functionsCommand";

const file = path.join(__dirname, "..", "README.md");
const readme = fs.readFileSync(file, "utf8");
const updated = readme.replace(
  /<!-- functions:start -->[\s\S]*<!-- functions:end -->/,
  `<!-- functions:start -->\n${functionsMarkdown()}\n<!-- functions:end -->`,
);
fs.writeFileSync(file, updated);
console.log("README.md function reference updated");
