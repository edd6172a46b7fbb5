/**
 * AppActions over a WorkbookPort: the task pane's whole behaviour, the same whether Excel (Office.js
 * adapter) or a file (ExcelJS adapter) is behind the port. The pane only calls these methods.
 */
import { PRESETS } from "../core/classification/presets";
import type { ClassificationSettings } from "../core/classification/settings";
import { indicatorById } from "../core/catalogue";
import { listTemplates } from "../core/templates";
import type { ImportResult } from "../import/model";
import { getLocale, t } from "../i18n";
import type { WorkbookPort } from "../workbook/port";
import { classifyAndWrite, classifyFor, loadData, type WorkbookData } from "./classify";
import { importFiles, importFromWorkbook, writeImportResult } from "./importData";
import { buildRiskProfile, buildRoadmap, RISKS_SOURCE } from "./roadmap";
import { buildTargets } from "./targets";
import type {
  ActionResult, AppActions, ClassificationPreview, ImportPreview, ImportSource, ReportContext, ReportKind, ReportOptions, RunOptions,
  TablePreview,
} from "./types";
import { readUserListFromSheet } from "./userLists";
import { loadWorkbookSettings, saveWorkbookSettings } from "./workbookSettings";

const SAMPLE_VALUES = 3;
// The pane previews classification as the user moves a slider: re-reading «Данные» each time would
// cost a full sheet read in Excel. A short-lived copy, dropped on every write, keeps it responsive.
const DATA_TTL_MS = 15_000;

export interface ActionsHost {
  mode: AppActions["mode"];
  /** The port in use now (standalone mode swaps it when a file is opened). */
  port(): WorkbookPort;
}

/** The preview the mapping editor shows: each table with its columns, matches and first values. */
export function importPreview(result: ImportResult): ImportPreview {
  const tables: TablePreview[] = result.tables.map((table) => {
    const headerRow = Number(/\d+/.exec(table.header ?? table.range)?.[0] ?? 1);
    const records = result.dataset.records.filter((r) => r.sources.some((s) => s.file === table.file && s.sheet === table.sheet));
    return {
      file: table.file, sheet: table.sheet, range: table.range, kind: table.kind, year: table.year, rows: table.rows,
      columns: table.columns.map((c) => {
        const inRecords = records.filter((r) => c.year === null || r.year === c.year || r.year === null);
        return {
          cell: /\d/.test(c.column) ? c.column : `${c.column}${headerRow}`,
          header: c.header, normalized: c.normalised, indicatorId: c.indicatorId,
          indicatorTitle: c.indicatorId ? indicatorById(c.indicatorId)?.title[getLocale()] ?? c.indicatorId : null,
          confidence: c.confidence, year: c.year,
          sample: inRecords.slice(0, SAMPLE_VALUES).map((r) => (c.key === "school" ? r.school : c.key === "municipality" ? r.municipality : r.values[c.key] ?? null)),
        };
      }),
    };
  });
  const years = [...new Set(result.dataset.records.flatMap((r) => (r.year === null ? [] : [r.year])))].sort((a, b) => a - b);
  return { tables, schools: new Set(result.dataset.records.map((r) => r.key)).size, years, issues: result.issues, mapping: result.mapping };
}

export function createActions(host: ActionsHost): AppActions {
  let data: { at: number; port: WorkbookPort; value: WorkbookData } | null = null;
  const invalidate = (): void => void (data = null);
  const cachedData = async (): Promise<WorkbookData> => {
    const port = host.port();
    if (data && data.port === port && Date.now() - data.at < DATA_TTL_MS) return data.value;
    const value = await loadData(port);
    data = { at: Date.now(), port, value };
    return value;
  };
  const readImport = (source: ImportSource, mapping: ImportPreview["mapping"] | null, run?: RunOptions): Promise<ImportResult> =>
    source.kind === "files"
      ? importFiles(source.files, { mapping, run })
      : importFromWorkbook(host.port(), { mapping, run, ...(source.sheets ? { sheets: source.sheets } : {}), ...(source.selection ? { selection: true } : {}) });
  const written = <T>(work: Promise<T>): Promise<T> => work.finally(invalidate);

  return {
    mode: host.mode,
    workbookLabel: () => host.port().label,
    async listSheets() {
      return (await host.port().listSheets()).map((s) => ({ name: s.name, own: Boolean(s.meta), ...(s.meta ? { kind: s.meta.kind } : {}) }));
    },
    async previewImport(source, mapping, run) {
      return importPreview(await readImport(source, mapping, run));
    },
    applyImport(source, mapping, run) {
      return written((async (): Promise<ActionResult> => {
        const result = await readImport(source, mapping, run);
        run?.onProgress?.({ message: t("app.progress.writing", { sheet: t("app.import.dataName") }), done: 1, total: 2 });
        return writeImportResult(host.port(), result);
      })());
    },
    presets: () => PRESETS.map((p) => ({ id: p.name, title: p.title, description: p.description })),
    async previewClassification(classification: ClassificationSettings, run): Promise<ClassificationPreview> {
      const { settings } = await loadWorkbookSettings(host.port());
      const { dataset } = await cachedData();
      run?.signal?.throwIfAborted?.();
      const result = classifyFor(dataset, { ...settings, classification });
      const levels = { crisis: 0, risk: 0, none: 0 };
      for (const s of result.schools) levels[s.level]++;
      return {
        year: result.year, schools: result.schools.length, counts: result.counts, levels,
        rules: result.rules.map((r) => ({ id: r.id, title: r.title, applied: r.applied, missing: r.missing })),
      };
    },
    applyClassification(classification, run) {
      return written(classifyAndWrite(host.port(), { classification, sheets: ["register", "summary"] }, run));
    },
    templates: () =>
      listTemplates().map((x) => ({ id: x.id, kind: x.kind, title: x.title[getLocale()], source: x.source, years: `${x.years.from}–${x.years.to}` })),
    reportContext: () => reportContext(host.port()),
    buildReport(kind, options, run) {
      return written(buildReport(host.port(), kind, options, run));
    },
    loadSettings: () => loadWorkbookSettings(host.port()),
    async saveSettings(settings) {
      await saveWorkbookSettings(host.port(), settings);
      invalidate();
    },
    async goTo(link) {
      await host.port().activate?.(link.sheet, link.cell);
    },
  };
}

async function reportContext(port: WorkbookPort): Promise<ReportContext> {
  const sheets = await port.listSheets();
  const hasClassification = sheets.some((s) => s.meta?.kind === "register");
  if (!sheets.some((s) => s.meta?.kind === "data")) return { municipalities: [], schools: [], years: [], hasData: false, hasClassification };
  const { dataset } = await loadData(port, sheets);
  const schools = new Map<string, ReportContext["schools"][number]>();
  for (const r of dataset.records) schools.set(r.key, { key: r.key, name: r.school, municipality: r.municipality });
  const list = [...schools.values()].sort((a, b) => (a.municipality ?? "").localeCompare(b.municipality ?? "", "ru") || a.name.localeCompare(b.name, "ru"));
  return {
    municipalities: [...new Set(list.flatMap((s) => (s.municipality ? [s.municipality] : [])))].sort((a, b) => a.localeCompare(b, "ru")),
    schools: list,
    years: [...new Set(dataset.records.flatMap((r) => (r.year === null ? [] : [r.year])))].sort((a, b) => a - b),
    hasData: true,
    hasClassification,
  };
}

async function buildReport(port: WorkbookPort, kind: ReportKind, options: ReportOptions, run?: RunOptions): Promise<ActionResult> {
  switch (kind) {
    case "targets": {
      const list = options.sourceSheet ? await readUserListFromSheet(port, options.sourceSheet, "targets") : null;
      const result = await buildTargets(port, {
        ...(options.indicators?.length ? { indicators: options.indicators } : options.template ? { template: options.template } : {}),
        ...(list?.kind === "targets" ? { goals: list.goals, goalsSource: list.source } : {}),
        ...(options.fromYear ? { fromYear: options.fromYear } : {}),
        ...(options.toYear ? { toYear: options.toYear } : {}),
      }, run);
      return list ? { ...result, warnings: [...list.warnings, ...result.warnings] } : result;
    }
    case "roadmap": {
      const list = options.sourceSheet ? await readUserListFromSheet(port, options.sourceSheet, "roadmap") : null;
      const result = await buildRoadmap(port, {
        template: options.template ?? (list ? undefined : RISKS_SOURCE),
        ...(list?.kind === "roadmap" ? { stages: list.stages, stagesSource: list.source } : {}),
        ...(options.year ? { year: options.year } : {}),
        ...(options.fromYear ? { fromYear: options.fromYear } : {}),
        ...(options.toYear ? { toYear: options.toYear } : {}),
      }, run);
      return list ? { ...result, warnings: [...list.warnings, ...result.warnings] } : result;
    }
    case "risk-profile":
      return buildRiskProfile(port, run);
    case "register":
    case "summary":
    case "diagnostics":
    case "monitoring":
      return classifyAndWrite(port, { ...options, sheets: [kind] }, run);
  }
}
