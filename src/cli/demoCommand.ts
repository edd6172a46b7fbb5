/**
 * `demo [--out file.xlsx]` (`npm run demo`): the `report` pipeline on the sample department workbooks
 * kept in assets/samples (invented data, scripts/make-samples.ts) — import, data sheet, classification
 * with the default settings, register, summary, diagnostics, monitoring — into out/demo.xlsx, with a
 * short Russian account of what came out. sample-department.xlsx is left out: it is the task pane's
 * «Открыть пример» and repeats one of the municipalities. Runs through tsx, so no build is needed.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { classifyFor, loadData } from "../app/classify";
import { importFiles, summarizeImport } from "../app/importData";
import { buildRiskProfile, buildRoadmap } from "../app/roadmap";
import { buildTargets } from "../app/targets";
import { SAMPLE_URL } from "../app/standalone";
import type { ClassificationResult } from "../core/classification/engine";
import { UserError } from "../core/errors";
import { readSettings, type Settings } from "../core/settings";
import { t } from "../i18n";
import { optionValue, parseArgs } from "./args";
import { buildReportWorkbook } from "./classifyCommands";
import { collectFiles, readBytes } from "./nodeFiles";
import { withOutputWorkbook } from "./outputWorkbook";

const ROOT = path.resolve(__dirname, "..", "..");
export const SAMPLES_DIR = path.join(ROOT, "assets", "samples");
const DEFAULT_OUT = path.join(ROOT, "out", "demo.xlsx");
/** More than this many notes would bury the point of a demo; the rest are in the workbook. */
const SHOWN_WARNINGS = 8;

/** The municipality workbooks of assets/samples, without the task pane's sample. */
export async function demoFiles(dir = SAMPLES_DIR): Promise<string[]> {
  const taskPaneSample = path.basename(SAMPLE_URL);
  const files = (await collectFiles([dir])).filter((f) => /\.xlsx$/i.test(f) && path.basename(f) !== taskPaneSample);
  if (files.length === 0) throw new UserError(t("app.demo.noSamples", { dir }));
  return files;
}

/** Schools listed (any status but none) in a year's classification. */
const listed = (result: ClassificationResult): Map<string, string> =>
  new Map(result.schools.filter((s) => s.status !== "none").map((s) => [s.key, s.school]));

/** Levels, flags and the change since the first year: what the one-line status counts do not say. */
function outcomeLines(first: ClassificationResult, last: ClassificationResult): string[] {
  const count = (test: (s: ClassificationResult["schools"][number]) => boolean): number => last.schools.filter(test).length;
  const lines = [t("app.demo.levels", {
    crisis: count((s) => s.level === "crisis"), risk: count((s) => s.level === "risk"),
    resilient: count((s) => s.resilient), biased: count((s) => s.biased),
  })];
  if (first.year === last.year) return lines;
  const before = listed(first);
  const now = listed(last);
  const left = [...before].filter(([key]) => !now.has(key)).map(([, name]) => name);
  const entered = [...now].filter(([key]) => !before.has(key)).length;
  lines.push(t("app.demo.monitoring", { from: first.year, to: last.year, left: left.length, names: left.length ? ` (${left.join(", ")})` : "", entered }));
  return lines;
}

const shown = (file: string): string => {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : file;
};

export async function demoCommand(args: string[]): Promise<number> {
  const parsed = parseArgs(args, { values: ["out"] });
  if (parsed.positional.length > 0) throw new UserError(t("app.demo.usage"));
  const out = path.resolve(optionValue(parsed, "out") ?? DEFAULT_OUT);
  const files = await demoFiles();
  console.log(t("app.cli.demoIntro", { files: files.map((f) => path.basename(f)).join(", ") }));

  const imported = await importFiles(await Promise.all(files.map(async (f) => ({ name: path.basename(f), bytes: await readBytes(f) }))));
  if (imported.dataset.records.length === 0) throw new UserError(t("app.cli.noSchools"));
  // The program starts with the latest year of data, as a district's new program would.
  const years = imported.dataset.records.flatMap((r) => (r.year === null ? [] : [r.year]));
  const defaults = readSettings(null).settings;
  const start = years.length ? Math.max(...years) : defaults.program.fromYear;
  const settings: Settings = { ...defaults, program: { ...defaults.program, fromYear: start, toYear: start + 3 } };
  await fs.mkdir(path.dirname(out), { recursive: true });
  const { report, first, last } = await withOutputWorkbook(out, async (wb) => {
    const report = await buildReportWorkbook(wb, imported, settings);
    // The planning sheets too, so the demo shows every sheet the add-in makes.
    for (const built of [await buildRiskProfile(wb), await buildTargets(wb), await buildRoadmap(wb)]) {
      report.sheets.push(...built.sheets);
      report.warnings.push(...built.warnings);
    }
    // The data sheet as written, which the register was classified from; the first year for the change.
    const { dataset } = await loadData(wb);
    const last = classifyFor(dataset, settings);
    const years = dataset.records.map((r) => r.year).filter((y): y is number => y !== null);
    const first = years.length ? classifyFor(dataset, settings, { year: Math.min(...years) }) : last;
    return { report, first, last };
  });

  console.log(summarizeImport(imported));
  console.log(report.summary);
  for (const line of outcomeLines(first, last)) console.log(line);
  console.log(t("app.demo.sheets"));
  for (const s of report.sheets) console.log(`  • ${s.title}`);
  const notes = [
    ...imported.issues.filter((i) => i.severity !== "info").map((i) => i.message),
    ...report.warnings,
  ];
  if (notes.length === 0) console.log(t("app.demo.noWarnings"));
  else {
    console.log(t("app.demo.warnings"));
    for (const note of notes.slice(0, SHOWN_WARNINGS)) console.log(`  ! ${note}`);
    if (notes.length > SHOWN_WARNINGS) console.log(t("app.demo.more", { count: notes.length - SHOWN_WARNINGS, sheet: report.sheets[1]?.title ?? "" }));
  }
  console.log(t("app.cli.saved", { file: shown(out) }));
  console.log(t("app.cli.demoDone", { file: shown(out) }));
  return 0;
}
