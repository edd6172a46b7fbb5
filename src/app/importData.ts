/**
 * The import use case, shared by the task pane and the CLI: read the department's files (or the open
 * workbook's sheets, or the selection), consolidate them, and write «Данные» and «Отчёт об импорте».
 * Reading never changes a source; writing replaces only the add-in's own sheets of those kinds, and
 * happens only when there is something to write. The mapping in effect is saved with the workbook.
 */
import { UserError } from "../core/errors";
import type { ImportIssue } from "../core/records";
import { readSettings, type MappingProfile } from "../core/settings";
import { consolidate } from "../import/consolidate";
import type { GridSource, ImportResult } from "../import/model";
import { t } from "../i18n";
import { DATA_SHEET_KIND, dataSheetPlan } from "../reports/dataSheet";
import { IMPORT_REPORT_KIND, importReportPlan } from "../reports/importReport";
import { readWorkbookFile, type ReadLimits } from "../workbook/files";
import { META_SHEET } from "../workbook/metaSheet";
import type { WorkbookPort, WriteResult } from "../workbook/port";
import { checkCancelled, type ActionResult, type RunOptions } from "./types";

export interface ImportOptions {
  /** The profile to apply; undefined: the one saved with the workbook (importFromWorkbook) or none. */
  mapping?: MappingProfile | null;
  /** Year for tables that name none. */
  defaultYear?: number | null;
  /** "stop" (default): any unreadable file stops the import; "skip": it becomes an error line of the report. */
  onBadFile?: "stop" | "skip";
  limits?: ReadLimits;
  run?: RunOptions;
}

/**
 * Reads and consolidates files. With onBadFile "stop", a file that cannot be read throws one UserError
 * listing every such file, before anything is consolidated.
 */
export async function importFiles(files: readonly { name: string; bytes: Uint8Array }[], options: ImportOptions = {}): Promise<ImportResult> {
  const sources: GridSource[] = [];
  const failures: ImportIssue[] = [];
  for (const [i, f] of files.entries()) {
    checkCancelled(options.run);
    options.run?.onProgress?.({ message: t("import.progress.reading", { file: f.name }), done: i, total: files.length });
    try {
      sources.push(await readWorkbookFile(f.name, f.bytes, options.limits));
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      failures.push({ severity: "error", kind: "file", file: error.where.file ?? f.name, message: error.message });
    }
  }
  if (failures.length && options.onBadFile !== "skip") {
    const first = failures[0];
    throw new UserError(failures.length === 1 ? first.message : [t("import.files.failed", { count: failures.length }), ...failures.map((f) => `• ${f.message}`)].join("\n"), { file: first.file });
  }
  checkCancelled(options.run);
  options.run?.onProgress?.({ message: t("import.progress.consolidating"), done: files.length, total: files.length });
  const result = consolidate(sources, { mapping: options.mapping ?? null, defaultYear: options.defaultYear ?? null });
  return failures.length ? { ...result, issues: [...failures, ...result.issues] } : result;
}

export interface WorkbookImportOptions extends Omit<ImportOptions, "onBadFile" | "limits"> {
  /** Sheets to read; default: every visible sheet the add-in did not make. */
  sheets?: string[];
  /** Read only the user's selection (Excel). */
  selection?: boolean;
}

/** Reads the open workbook through the port: the selection, the named sheets, or every user sheet. */
export async function importFromWorkbook(port: WorkbookPort, options: WorkbookImportOptions = {}): Promise<ImportResult> {
  const mapping = options.mapping !== undefined ? options.mapping : readSettings(await port.loadSettings()).settings.mapping;
  const grids = [];
  if (options.selection) {
    if (!port.readSelection) throw new UserError(t("import.workbook.noSelection", { file: port.label }), { file: port.label });
    grids.push(await port.readSelection());
  } else {
    const sheets = (await port.listSheets()).filter((s) => s.name !== META_SHEET);
    let names: string[];
    if (options.sheets) {
      for (const name of options.sheets) {
        const info = sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
        if (!info) throw new UserError(t("import.workbook.noSheet", { file: port.label, sheet: name }), { file: port.label, sheet: name });
        if (info.meta) throw new UserError(t("import.workbook.ownSheet", { sheet: info.name }), { file: port.label, sheet: info.name });
      }
      names = options.sheets;
    } else names = sheets.filter((s) => !s.meta && s.visible).map((s) => s.name);
    if (names.length === 0) throw new UserError(t("import.workbook.nothing", { file: port.label }), { file: port.label });
    for (const [i, name] of names.entries()) {
      checkCancelled(options.run);
      options.run?.onProgress?.({ message: t("import.progress.sheet", { sheet: name }), done: i, total: names.length });
      grids.push(await port.readGrid(name));
    }
  }
  checkCancelled(options.run);
  return consolidate([{ file: port.label, grids }], { mapping, defaultYear: options.defaultYear ?? null });
}

export interface ImportWriteResult {
  data: WriteResult;
  report: WriteResult;
  replaced: { data: boolean; report: boolean };
}

/**
 * Writes «Данные» and «Отчёт об импорте» (replacing the add-in's previous sheets of those kinds, never a
 * user's sheet) and saves the mapping in the workbook's settings. Nothing is written when no school
 * was read: the UserError says why, with the report's first problems.
 */
export async function writeImport(port: WorkbookPort, result: ImportResult): Promise<ImportWriteResult> {
  if (result.dataset.records.length === 0) {
    const problems = result.issues.filter((i) => i.severity !== "info").slice(0, 5).map((i) => `• ${i.message}`);
    throw new UserError([t("import.nothingToWrite", { file: port.label }), ...problems].join("\n"), { file: port.label });
  }
  const sheets = await port.listSheets();
  const oldData = sheets.find((s) => s.meta?.kind === DATA_SHEET_KIND);
  const oldReport = sheets.find((s) => s.meta?.kind === IMPORT_REPORT_KIND);
  const data = await port.writeSheet(dataSheetPlan(result.dataset), oldData ? { replace: oldData.name } : {});
  const report = await port.writeSheet(importReportPlan(result), oldReport ? { replace: oldReport.name } : {});
  await port.activate?.(data.sheet);
  const { settings } = readSettings(await port.loadSettings());
  await port.saveSettings({ ...settings, mapping: result.mapping });
  return { data, report, replaced: { data: Boolean(oldData), report: Boolean(oldReport) } };
}

/** One Russian paragraph for the task pane and the CLI: what was read and what needs a look. */
export function summarizeImport(result: ImportResult): string {
  const { dataset, issues, tables } = result;
  const years = [...new Set(dataset.records.map((r) => r.year).filter((y): y is number => y !== null))].sort((a, b) => a - b);
  const count = (s: ImportIssue["severity"]): number => issues.filter((i) => i.severity === s).length;
  return t("import.summary", {
    files: new Set(tables.map((x) => x.file)).size,
    tables: tables.length,
    schools: new Set(dataset.records.map((r) => r.key)).size,
    records: dataset.records.length,
    years: years.length === 0 ? t("import.sheet.noYear") : years.length === 1 ? String(years[0]) : `${years[0]}–${years[years.length - 1]}`,
    matched: dataset.columns.filter((c) => c.indicatorId !== null).length,
    own: dataset.columns.filter((c) => c.indicatorId === null).length,
    errors: count("error"),
    warnings: count("warning"),
  });
}

/** Writes an import and says what was made: the task pane's «Загрузить в книгу» and the ribbon's button. */
export async function writeImportResult(port: WorkbookPort, result: ImportResult): Promise<ActionResult> {
  const out = await writeImport(port, result);
  return {
    sheets: [
      { link: { sheet: out.data.sheet }, title: out.data.sheet, rebuilt: out.replaced.data },
      { link: { sheet: out.report.sheet }, title: out.report.sheet, rebuilt: out.replaced.report },
    ],
    summary: summarizeImport(result),
    warnings: [...(out.data.warnings ?? []), ...(out.report.warnings ?? [])],
  };
}
