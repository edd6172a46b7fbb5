/**
 * `npm run bench [section...]`: prints speed and memory figures. Not a test: figures depend on the
 * machine, so targets are printed next to them rather than asserted.
 */
import "../src/i18n/all";
import * as os from "os";
import { benchClassify } from "./classify";
import { benchFunctions } from "./functions";
import { benchImport } from "./import";
import { benchReport } from "./report";
import { benchSheetWriters } from "./sheets";

const SECTIONS: Record<string, () => void | Promise<void>> = {
  functions: benchFunctions,
  import: benchImport,
  classify: benchClassify,
  sheets: benchSheetWriters,
  report: benchReport,
};

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const names = wanted.length ? wanted : Object.keys(SECTIONS);
  console.log(`Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`);
  for (const name of names) {
    const section = SECTIONS[name];
    if (!section) throw new Error(`Unknown benchmark section "${name}". Known: ${Object.keys(SECTIONS).join(", ")}`);
    await section();
  }
}

void main();
