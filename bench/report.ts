/**
 * Issue «Classify schools and build the register, summaries and monitoring»: classification and every
 * sheet (data, register, summary, diagnostics, monitoring) for 360 and 40,000 schools × 3 years, each
 * case in its own process so peak memory (maxRSS) is the case's own, saved by the streaming writer
 * (PlanWorkbook, what the CLI uses for a new file) and, for comparison, by the ExcelJS adapter. Memory
 * in use (RSS, V8 heap) is printed after each phase. Targets for 40,000: under 10 s and under 1 GB.
 * Printed, not asserted: figures depend on the machine.
 */
import "../src/i18n/all";
import { spawnSync } from "child_process";
import { classifyWithRounds, registerColumns } from "../src/app/classify";
import type { Dataset } from "../src/core/records";
import { defaultSettings, type Settings } from "../src/core/settings";
import { dataSheetPlan } from "../src/reports/dataSheet";
import { buildDiagnosticsSheet } from "../src/reports/diagnostics";
import { buildMonitoringSheet } from "../src/reports/monitoring";
import { buildRegisterSheet } from "../src/reports/register";
import { buildSummarySheet } from "../src/reports/summary";
import { ExcelJsWorkbook } from "../src/workbook/exceljsAdapter";
import { PlanWorkbook } from "../src/workbook/planWorkbook";
import type { WorkbookPort } from "../src/workbook/port";
import { syntheticDataset } from "./classify";

type Writer = "plan" | "exceljs";
interface Phase { ms: number; rssMb: number; heapMb: number }
interface Sample { phases: Record<string, Phase>; totalMs: number; rssMb: number; bytes: number }

const MB = 2 ** 20;

/**
 * Classification and every sheet, as the app's use cases make them: the classification is theirs and
 * is gone once the sheets are written; the workbook (and the dataset, as the CLI keeps its import) stays.
 */
async function buildSheets(book: WorkbookPort, dataset: Dataset, settings: Settings, lap: (name: string) => void): Promise<void> {
  // As the app does it: the evaluation year in full, the other rounds without reasons, one indexing.
  const { result, rounds } = classifyWithRounds(dataset, settings, {}, [2022, 2023, 2024]);
  lap("classify (3 years)");
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
}

async function child(schools: number, writer: Writer): Promise<void> {
  const dataset = syntheticDataset(schools);
  const settings = defaultSettings(2024);
  const phases: Record<string, Phase> = {};
  const start = process.hrtime.bigint();
  let mark = start;
  const lap = (name: string): void => {
    const now = process.hrtime.bigint();
    const memory = process.memoryUsage();
    phases[name] = { ms: Number(now - mark) / 1e6, rssMb: memory.rss / MB, heapMb: memory.heapUsed / MB };
    mark = now;
  };
  const book = writer === "plan" ? PlanWorkbook.create("bench.xlsx") : ExcelJsWorkbook.create("bench.xlsx");
  await buildSheets(book, dataset, settings, lap);
  const bytes = (await book.toBuffer()).byteLength;
  lap("save .xlsx");
  const sample: Sample = { phases, totalMs: Number(process.hrtime.bigint() - start) / 1e6, rssMb: process.resourceUsage().maxRSS / 1024, bytes };
  console.log(JSON.stringify(sample));
}

function run(schools: number, writer: Writer): Sample {
  const out = spawnSync(process.execPath, [...process.execArgv, __filename, "--child", String(schools), writer], { encoding: "utf8", maxBuffer: 1 << 22 });
  if (out.status !== 0) throw new Error(`bench child failed: ${out.stderr}`);
  return JSON.parse(out.stdout.trim().split("\n").pop()!) as Sample;
}

export async function benchReport(): Promise<void> {
  console.log("\nClassification and every sheet (data, register, summary, diagnostics, monitoring), 3 years; own process per case");
  console.log("  phase: time, then RSS / V8 heap in use after it");
  for (const schools of [360, 40_000]) {
    for (const writer of ["plan", "exceljs"] as const) {
      const s = run(schools, writer);
      const label = writer === "plan" ? "streaming writer (PlanWorkbook)" : "ExcelJS writer, for comparison";
      const target = schools === 40_000 && writer === "plan" ? ` — targets < 10 s, < 1 GiB: ${s.totalMs < 10_000 && s.rssMb < 1024 ? "ok" : "OVER TARGET"}` : "";
      console.log(`  ${schools.toLocaleString("en")} schools, ${label}: ${(s.totalMs / 1000).toFixed(2)} s, peak ${s.rssMb.toFixed(0)} MiB, file ${(s.bytes / MB).toFixed(1)} MiB${target}`);
      for (const [k, v] of Object.entries(s.phases)) console.log(`    ${k.padEnd(20)} ${(v.ms / 1000).toFixed(2).padStart(6)} s   ${v.rssMb.toFixed(0).padStart(5)} / ${v.heapMb.toFixed(0).padStart(5)} MiB`);
    }
  }
}

if (require.main === module && process.argv[2] === "--child") {
  child(Number(process.argv[3]), process.argv[4] === "exceljs" ? "exceljs" : "plan").catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
