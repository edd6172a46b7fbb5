import * as fs from "fs";
import * as path from "path";
import { functionsMarkdown } from "../src/cli/functionsCommand";

describe("README", () => {
  it("carries the function reference generated from the registry (run `npm run docs` after a change)", () => {
    const readme = fs.readFileSync(path.join(__dirname, "..", "README.md"), "utf8");
    const section = /<!-- functions:start -->\n([\s\S]*)\n<!-- functions:end -->/.exec(readme)?.[1];
    expect(section).toBe(functionsMarkdown());
  });
});
