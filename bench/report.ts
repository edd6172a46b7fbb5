/**
 * Issue «Classify schools and build the register, summaries and monitoring»: classification and every
 * sheet (data, register, summary, diagnostics, monitoring) for 360 and 40,000 schools × 3 years, each
 * case in its own process so peak memory (maxRSS) is the case's own. Targets for 40,000: under 10 s
 * and under 1 GB. Printed, not asserted: figures depend on the machine.
 */
import "../src/i18n/all";
import { spawnSync } from "child_process";
import { classifyWithRounds, registerColumns } from "../src/app/classify";
import { defaultSettings } from "../src/core/settings";
import { dataSheetPlan } from "../src/reports/dataSheet";
import { buildDiagnosticsSheet } from "../src/reports/diagnostics";
import { buildMonitoringSheet } from "../src/reports/monitoring";
import { buildRegisterSheet } from "../src/reports/register";
import { buildSummarySheet } from "../src/reports/summary";
import { ExcelJsWorkbook } from "../src/workbook/exceljsAdapter";
import { syntheticDataset } from "./classify";

interface Sample { phases: Record<string, number>; totalMs: number; rssMb: number; bytes: number }

async function child(schools: number): Promise<void> {
  const dataset = syntheticDataset(schools);
  const settings = defaultSettings(2024);
  const phases: Record<string, number> = {};
  const start = process.hrtime.bigint();
  let mark = start;
  const lap = (name: string): void => {
    const now = process.hrtime.bigint();
    phases[name] = Number(now - mark) / 1e6;
    mark = now;
  };
  // As the app does it: the evaluation year in full, the other rounds without reasons, one indexing.
  const { result, rounds } = classifyWithRounds(dataset, settings, {}, [2022, 2023, 2024]);
  lap("classify (3 years)");
  const book = ExcelJsWorkbook.create("bench.xlsx");
  const data = await book.writeSheet(dataSheetPlan(dataset));
  const dataMeta = (await book.listSheets()).find((s) => s.name === data.sheet)!.meta!;
  lap("data sheet");
  const { plan: register } = buildRegisterSheet({ result, program: settings.program, indicators: registerColumns(result) });
  const written = await book.writeSheet(register);
  lap("register");
  await book.writeSheet(buildSummarySheet({ result, register: { name: written.sheet, meta: register.meta }, statusLabels: settings.statusLabels, program: settings.program }));
  lap("summary");
  await book.writeSheet(buildDiagnosticsSheet({ dataset, dataSheet: { name: data.sheet, meta: dataMeta }, program: settings.program }));
  lap("diagnostics");
  await book.writeSheet(buildMonitoringSheet({ rounds, dataset, statusLabels: settings.statusLabels, program: settings.program }));
  lap("monitoring");
  const bytes = (await book.toBuffer()).byteLength;
  lap("save .xlsx");
  const sample: Sample = { phases, totalMs: Number(process.hrtime.bigint() - start) / 1e6, rssMb: process.resourceUsage().maxRSS / 1024, bytes };
  console.log(JSON.stringify(sample));
}

function run(schools: number): Sample {
  const out = spawnSync(process.execPath, [...process.execArgv, __filename, "--child", String(schools)], { encoding: "utf8", maxBuffer: 1 << 22 });
  if (out.status !== 0) throw new Error(`bench child failed: ${out.stderr}`);
  return JSON.parse(out.stdout.trim().split("\n").pop()!) as Sample;
}

export async function benchReport(): Promise<void> {
  console.log("\nClassification and every sheet (data, register, summary, diagnostics, monitoring), 3 years; own process per case");
  for (const schools of [360, 40_000]) {
    const s = run(schools);
    const target = schools === 40_000 ? ` — targets < 10 s, < 1 GB: ${s.totalMs < 10_000 && s.rssMb < 1024 ? "ok" : "OVER TARGET"}` : "";
    console.log(`  ${schools.toLocaleString("en")} schools: ${(s.totalMs / 1000).toFixed(2)} s, peak ${s.rssMb.toFixed(0)} MB, file ${(s.bytes / 2 ** 20).toFixed(1)} MiB${target}`);
    console.log(`    ${Object.entries(s.phases).map(([k, v]) => `${k} ${(v / 1000).toFixed(2)} s`).join("; ")}`);
  }
}

if (require.main === module && process.argv[2] === "--child") {
  child(Number(process.argv[3])).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
