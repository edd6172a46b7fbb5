/**
 * Use cases of the classification step: read the consolidated data («Данные»), classify with the
 * workbook's (or the pane's) parameters, and write the register, the summary by municipality, the start
 * diagnostics and the monitoring. The summary and diagnostics are formulas over the register and the
 * data sheet, so they are built from those sheets' names and ranges as written.
 */
import { KEY_RESULT_INDICATORS, keyIndicators } from "../core/catalogue/keyIndicators";
import { classifyEach, defaultYear, type ClassificationResult, type ClassifyOptions } from "../core/classification/engine";
import type { ClassificationSettings } from "../core/classification/settings";
import { UserError } from "../core/errors";
import type { Dataset } from "../core/records";
import { DEFAULT_CLASSIFICATION, type Settings } from "../core/settings";
import { t } from "../i18n";
import { DATA_SHEET_KIND, readDataSheet } from "../reports/dataSheet";
import { buildDiagnosticsSheet } from "../reports/diagnostics";
import { dataBlockEnd } from "../reports/formulas";
import { buildMonitoringSheet } from "../reports/monitoring";
import { monitoringRowsOf } from "../reports/monitoringModel";
import { buildRegisterSheet, registerIndicators } from "../reports/register";
import type { SheetMeta } from "../reports/sheetPlan";
import { buildSummarySheet } from "../reports/summary";
import type { SheetInfo, WorkbookPort } from "../workbook/port";
import { readFromA1, writeOwnSheet, type OwnSheetResult } from "./ownSheets";
import { checkCancelled, type ActionResult, type ReportOptions, type RunOptions } from "./types";
import { loadWorkbookSettings } from "./workbookSettings";

/** The consolidated data as the workbook holds it now (the user may have edited or added rows). */
export interface WorkbookData {
  dataset: Dataset;
  sheet: string;
  /** The data sheet's meta with lastRow extended over rows the user appended. */
  meta: SheetMeta;
}

export async function loadData(port: WorkbookPort, sheets?: readonly SheetInfo[]): Promise<WorkbookData> {
  const info = (sheets ?? (await port.listSheets())).find((s) => s.meta?.kind === DATA_SHEET_KIND);
  if (!info?.meta) throw new UserError(t("app.classify.noData", { book: port.label }), { file: port.label });
  const values = await readFromA1(port, info.name);
  const meta = { ...info.meta, lastRow: dataBlockEnd(values, info.meta) };
  return { dataset: readDataSheet(values, meta), sheet: info.name, meta };
}

const years = (dataset: Dataset): number[] =>
  [...new Set(dataset.records.flatMap((r) => (r.year === null ? [] : [r.year])))].sort((a, b) => a - b);

/** Classification of the evaluation year (default the latest), restricted to a municipality or schools. */
export function classifyFor(dataset: Dataset, settings: Settings, options: ReportOptions = {}): ClassificationResult {
  return classifyWithRounds(dataset, settings, options, []).result;
}

/**
 * The evaluation year's classification and one per monitoring round year, over one indexing of the
 * data. Rounds are classified without reasons and keep only the indicators a monitoring follows by
 * default (the sheet shows statuses and values); the round of the evaluation year is its own result.
 */
export function classifyWithRounds(
  dataset: Dataset, settings: Settings, options: ReportOptions, roundYears: readonly number[],
): { result: ClassificationResult; rounds: ClassificationResult[] } {
  const year = options.year || defaultYear(years(dataset), settings);
  const others = roundYears.filter((y) => y !== year);
  const runs: ClassifyOptions[] = [{ year }, ...others.map((y) => ({ year: y, reasons: false, indicators: KEY_RESULT_INDICATORS }))];
  const [result, ...lean] = classifyEach(dataset, settings, runs).map((r) => restrict(r, options));
  return { result, rounds: roundYears.map((y) => (y === year ? result : lean[others.indexOf(y)])) };
}

/** Relative rules (quantiles, z-scores) need every school: classify all, then show the chosen ones. */
function restrict(result: ClassificationResult, options: ReportOptions): ClassificationResult {
  const keys = options.schools ? new Set(options.schools) : null;
  const municipality = options.municipality ?? null;
  if (!keys && municipality === null) return result;
  const schools = result.schools.filter((s) => (!keys || keys.has(s.key)) && (municipality === null || s.municipality === municipality));
  const counts = { low_results: 0, adverse_social: 0, both: 0, none: 0 };
  for (const s of schools) counts[s.status]++;
  return { ...result, schools, counts };
}

/** The register's indicators: the key results the data has, else (no such results) a few others it has. */
export function registerColumns(result: ClassificationResult): string[] {
  const present = registerIndicators(result);
  const chosen = keyIndicators((id) => present.includes(id));
  const social = new Set(DEFAULT_CLASSIFICATION.socialIndex.factors.map((f) => f.indicator));
  for (const id of present) {
    if (chosen.length >= 4) break;
    if (!chosen.includes(id) && !social.has(id)) chosen.push(id);
  }
  return chosen;
}

const withClassification = (settings: Settings, override?: ClassificationSettings): Settings =>
  override ? { ...settings, classification: override } : settings;

function sheetResult(written: OwnSheetResult, warnings: string[]): ActionResult["sheets"][number] {
  if (written.rebuilt && (written.kept || written.orphans || written.added)) {
    warnings.push(t("app.rebuild.kept", { kept: written.kept, orphans: written.orphans, added: written.added }));
  }
  warnings.push(...(written.write.warnings ?? []));
  return { link: { sheet: written.write.sheet }, title: written.write.sheet, rebuilt: written.rebuilt };
}

/** Rules the data could not feed, as warnings the methodologist can act on. */
function ruleWarnings(result: ClassificationResult): string[] {
  return result.rules.flatMap((r) => (r.applied ? r.missing.slice(0, 2) : [t("app.classify.notApplied", { rule: r.title, why: r.missing.join("; ") })]));
}

export interface ClassifyRequest extends ReportOptions {
  /** Parameters from the task pane; default the workbook's settings. */
  classification?: ClassificationSettings;
  /** Which sheets to write (default: register and summary). */
  sheets?: ("register" | "summary" | "diagnostics" | "monitoring")[];
  /** Monitoring table rows; default what the workbook's monitoring sheet was built with, else "program". */
}

/**
 * Classifies the workbook's data and writes the requested sheets. The summary follows the register, so
 * writing the register also rebuilds a summary the workbook already has.
 */
export async function classifyAndWrite(port: WorkbookPort, request: ClassifyRequest = {}, run?: RunOptions): Promise<ActionResult> {
  const { settings: stored } = await loadWorkbookSettings(port);
  const settings = withClassification(stored, request.classification);
  const sheets = await port.listSheets();
  const data = await loadData(port, sheets);
  checkCancelled(run);
  run?.onProgress?.({ message: t("app.progress.classifying", { count: new Set(data.dataset.records.map((r) => r.key)).size }), done: 0, total: 4 });
  const wanted = new Set(request.sheets ?? ["register", "summary"]);
  // Rounds: the data's years within fromYear..toYear when given, the last three of them.
  const roundYears = wanted.has("monitoring")
    ? years(data.dataset).filter((y) => (request.fromYear ?? -Infinity) <= y && y <= (request.toYear ?? Infinity))
    : [];
  const { result, rounds } = classifyWithRounds(data.dataset, settings, request, roundYears.length < 2 ? [] : roundYears.slice(-3));
  if (wanted.has("register") && sheets.some((s) => s.meta?.kind === "summary")) wanted.add("summary");
  const warnings = ruleWarnings(result);
  const out: ActionResult["sheets"] = [];
  let register = sheets.find((s) => s.meta?.kind === "register");
  let registerMeta = register?.meta;

  if (wanted.has("register") || (wanted.has("summary") && !register)) {
    checkCancelled(run);
    run?.onProgress?.({ message: t("app.progress.writing", { sheet: t("app.classify.registerName") }), done: 1, total: 4 });
    const { plan } = buildRegisterSheet({ result, program: settings.program, indicators: registerColumns(result) });
    plan.name = t("app.classify.registerName");
    const written = await writeOwnSheet(port, plan);
    out.push(sheetResult(written, warnings));
    register = { name: written.write.sheet, visible: true, meta: written.meta };
    registerMeta = written.meta;
  }
  if (wanted.has("summary") && register && registerMeta) {
    checkCancelled(run);
    const plan = buildSummarySheet({ result, register: { name: register.name, meta: registerMeta }, statusLabels: settings.statusLabels, program: settings.program });
    plan.name = t("app.classify.summaryName");
    out.push(sheetResult(await writeOwnSheet(port, plan), warnings));
  }
  if (wanted.has("diagnostics")) {
    checkCancelled(run);
    run?.onProgress?.({ message: t("app.progress.writing", { sheet: t("app.classify.diagnosticsName") }), done: 2, total: 4 });
    const plan = buildDiagnosticsSheet({
      dataset: data.dataset, dataSheet: { name: data.sheet, meta: data.meta }, program: settings.program, ...(request.year ? { year: request.year } : {}),
    });
    plan.name = t("app.classify.diagnosticsName");
    out.push(sheetResult(await writeOwnSheet(port, plan), warnings));
  }
  if (wanted.has("monitoring")) {
    checkCancelled(run);
    if (roundYears.length < 2) {
      warnings.push(t("app.classify.monitoringNeedsYears", { years: roundYears.join(", ") || "—" }));
    } else {
      run?.onProgress?.({ message: t("app.progress.writing", { sheet: t("app.classify.monitoringName") }), done: 3, total: 4 });
      const rows = request.monitoringRows ?? monitoringRowsOf(sheets.find((s) => s.meta?.kind === "monitoring")?.meta?.params) ?? "program";
      const plan = buildMonitoringSheet({
        rounds, dataset: data.dataset, statusLabels: settings.statusLabels, program: settings.program, roundLabels: request.roundLabels ?? "years", rows,
      });
      plan.name = t("app.classify.monitoringName");
      out.push(sheetResult(await writeOwnSheet(port, plan), warnings));
    }
  }
  const c = result.counts;
  return {
    sheets: out,
    summary: t("app.classify.summary", {
      year: result.year, schools: result.schools.length, low: c.low_results, adverse: c.adverse_social, both: c.both, none: c.none,
      labelLow: settings.statusLabels.low_results, labelAdverse: settings.statusLabels.adverse_social, labelBoth: settings.statusLabels.both,
    }),
    warnings,
  };
}
