/**
 * Use cases «Дорожная карта» and «Профиль рисков»: a roadmap from a template, from the user's own plan,
 * or generated from the ФИОКО risk profile the user filled in (and the schools' statuses when the
 * workbook has a classification); the risk-profile sheet itself, listing the workbook's schools.
 */
import type { StatusCode } from "../core/classification/rules";
import { UserError } from "../core/errors";
import { RISK_MEASURES, roadmapTemplateById, ROADMAP_TEMPLATES, STATUS_MEASURES } from "../core/templates";
import { shiftStages, shiftYears } from "../core/templates/shift";
import type { RoadmapStage } from "../core/templates/types";
import { t } from "../i18n";
import { DATA_SHEET_KIND } from "../reports/dataSheet";
import { dataBlockEnd, rowByKey } from "../reports/formulas";
import { buildRiskProfileSheet, readRiskProfile, roadmapFromRisks, type RiskSchool } from "../reports/riskProfile";
import { buildRoadmapSheet } from "../reports/roadmap";
import type { CellValue, SheetMeta } from "../reports/sheetPlan";
import type { SheetInfo, WorkbookPort } from "../workbook/port";
import { readFromA1, writeOwnSheet, type OwnSheetResult } from "./ownSheets";
import { loadData } from "./classify";
import { checkCancelled, type ActionResult, type RunOptions } from "./types";
import { loadWorkbookSettings } from "./workbookSettings";

export interface RoadmapRequest {
  /** Template id; "risks" to generate from the risk profile. Default: what an existing roadmap was built from. */
  template?: string;
  /** Stages read from the user's own plan (sheet or file) instead of a template. */
  stages?: RoadmapStage[];
  stagesSource?: string;
  /** Year for deadlines written without one; default the template's (or the program's first) year. */
  year?: number;
  fromYear?: number;
  toYear?: number;
  /** Day the overdue check is made on (default today). */
  today?: Date;
}

export const RISKS_SOURCE = "risks";

export function requireRoadmapTemplate(id: string) {
  const template = roadmapTemplateById(id);
  if (!template) {
    const known = [...ROADMAP_TEMPLATES.map((x) => x.id), RISKS_SOURCE].join(", ");
    throw new UserError(t("app.roadmap.unknownTemplate", { id, known }));
  }
  return template;
}

/** Grid from A1 of one of the add-in's sheets. */
async function readOwn(port: WorkbookPort, sheet: SheetInfo): Promise<{ values: CellValue[][]; meta: SheetMeta }> {
  return { values: await readFromA1(port, sheet.name), meta: sheet.meta as SheetMeta };
}

/** School statuses from the register sheet, by school name (the risk profile names schools). */
async function registerStatuses(port: WorkbookPort, sheets: readonly SheetInfo[]): Promise<Map<string, StatusCode> | undefined> {
  const register = sheets.find((s) => s.meta?.kind === "register");
  if (!register) return undefined;
  const { values, meta } = await readOwn(port, register);
  const out = new Map<string, StatusCode>();
  for (let row = meta.firstRow; row <= dataBlockEnd(values, meta); row++) {
    const cells = rowByKey(values, row, meta);
    const school = cells.get("school");
    const code = cells.get("statusCode");
    if (typeof school === "string" && typeof code === "string" && code in STATUS_MEASURES_OR_NONE) out.set(school.trim(), code as StatusCode);
  }
  return out;
}
const STATUS_MEASURES_OR_NONE = { low_results: 1, adverse_social: 1, both: 1, none: 1 };

async function stagesFromRisks(port: WorkbookPort, warnings: string[]): Promise<RoadmapStage[]> {
  const sheets = await port.listSheets();
  const profileSheet = sheets.find((s) => s.meta?.kind === "risk-profile");
  if (!profileSheet) throw new UserError(t("app.roadmap.noRiskProfile"));
  const { values, meta } = await readOwn(port, profileSheet);
  const profile = readRiskProfile(values, meta);
  for (const row of profile) {
    for (const bad of row.unreadable) {
      warnings.push(t("app.roadmap.badLevel", { sheet: profileSheet.name, row: row.row, text: bad.text }));
    }
  }
  const { settings } = await loadWorkbookSettings(port);
  const statuses = await registerStatuses(port, sheets);
  const stages = roadmapFromRisks(profile, RISK_MEASURES, STATUS_MEASURES, statuses, { statusLabels: settings.statusLabels });
  if (stages.length === 0) throw new UserError(t("app.roadmap.noRisks", { sheet: profileSheet.name }), { sheet: profileSheet.name });
  return stages;
}

const rebuildNote = (w: OwnSheetResult): string | null =>
  w.rebuilt && (w.kept || w.orphans || w.added) ? t("app.rebuild.kept", { kept: w.kept, orphans: w.orphans, added: w.added }) : null;

export async function buildRoadmap(port: WorkbookPort, request: RoadmapRequest = {}, run?: RunOptions): Promise<ActionResult> {
  const { settings } = await loadWorkbookSettings(port);
  const previous = (await port.listSheets()).find((s) => s.meta?.kind === "roadmap")?.meta?.params;
  const warnings: string[] = [];
  let stages: RoadmapStage[];
  let source: string;
  let heading = "";
  let { year, fromYear, toYear } = request;
  const templateId = request.stages ? null : request.template ?? (typeof previous?.source === "string" ? previous.source : settings.program.roadmapTemplate);
  if (request.stages) {
    stages = request.stages;
    source = `sheet:${request.stagesSource ?? ""}`;
  } else if (templateId === RISKS_SOURCE || templateId === "generated") {
    stages = await stagesFromRisks(port, warnings);
    source = RISKS_SOURCE;
  } else {
    const template = requireRoadmapTemplate(templateId ?? ROADMAP_TEMPLATES[0].id);
    // A workbook with settings plans for its program years; a bare file keeps the template's own years.
    const program = (await port.loadSettings()) !== null;
    year ??= program ? settings.program.fromYear : template.year;
    const shift = year - template.year;
    fromYear ??= program ? settings.program.fromYear : template.fromYear + shift;
    toYear ??= program ? Math.max(settings.program.toYear, fromYear) : template.toYear + shift;
    stages = shiftStages(template.stages, shift);
    source = template.id;
    heading = shiftYears(template.heading, shift);
    if (shift !== 0) warnings.push(t("app.roadmap.shifted", { source: template.source, from: template.year, to: year, offset: shift > 0 ? `+${shift}` : String(shift) }));
  }
  fromYear ??= settings.program.fromYear;
  toYear ??= Math.max(settings.program.toYear, fromYear);
  year ??= fromYear;
  if (toYear < fromYear) throw new UserError(t("app.cli.yearsOrder", { text: `${fromYear}-${toYear}` }));
  checkCancelled(run);
  const today = request.today ?? new Date();
  const sheet = buildRoadmapSheet({
    templateId: source, stages, year, fromYear, toYear, program: settings.program, heading,
    today: { year: today.getFullYear(), month: today.getMonth() + 1, day: today.getDate() },
  });
  for (const u of sheet.unreadable) warnings.push(t("app.roadmap.unreadable", { title: u.title, deadline: u.deadline }));
  const outside = countOutside(sheet.plan.cells, sheet.plan.meta, fromYear, toYear);
  if (outside) warnings.push(t("app.roadmap.outside", { count: outside, from: fromYear, to: toYear }));
  run?.onProgress?.({ message: t("app.progress.writing", { sheet: sheet.plan.name }), done: 0, total: 1 });
  const written = await writeOwnSheet(port, sheet.plan);
  const note = rebuildNote(written);
  if (note) warnings.push(note);
  const measures = stages.reduce((n, s) => n + s.measures.length, 0);
  return {
    sheets: [{ link: { sheet: written.write.sheet }, title: written.write.sheet, rebuilt: written.rebuilt }],
    summary: t(written.rebuilt ? "app.roadmap.rebuilt" : "app.roadmap.built", {
      sheet: written.write.sheet, count: measures, from: fromYear, to: toYear, overdue: sheet.overdue.length,
    }),
    warnings: [...warnings, ...(written.write.warnings ?? [])],
  };
}

/** Measures whose dates fall wholly outside the program years (a template's explicit years). */
function countOutside(cells: readonly (readonly unknown[])[], meta: SheetMeta, fromYear: number, toYear: number): number {
  const start = meta.columns.find((c) => c.key === "start")?.column;
  const end = meta.columns.find((c) => c.key === "end")?.column;
  if (!start || !end) return 0;
  const first = Date.UTC(fromYear, 0, 1) / 864e5 + 25569;
  const last = Date.UTC(toYear, 11, 31) / 864e5 + 25569;
  let n = 0;
  for (let r = meta.firstRow; r <= meta.lastRow; r++) {
    const s = cells[r - 1]?.[start - 1];
    const e = cells[r - 1]?.[end - 1];
    if (typeof s === "number" && typeof e === "number" && (e < first || s > last)) n++;
  }
  return n;
}

/** «Профиль рисков»: one row per school of the consolidated data, or empty rows to type into. */
export async function buildRiskProfile(port: WorkbookPort, run?: RunOptions): Promise<ActionResult> {
  const { settings } = await loadWorkbookSettings(port);
  const sheets = await port.listSheets();
  let schools: RiskSchool[] | undefined;
  if (sheets.some((s) => s.meta?.kind === DATA_SHEET_KIND)) {
    // As classification reads it: rows the user appended to «Данные» count too.
    const { dataset } = await loadData(port, sheets);
    const seen = new Map<string, RiskSchool>();
    for (const r of dataset.records) {
      if (!seen.has(r.key)) seen.set(r.key, { key: r.key, school: r.school, ...(r.municipality ? { municipality: r.municipality } : {}) });
    }
    schools = [...seen.values()].sort((a, b) => (a.municipality ?? "").localeCompare(b.municipality ?? "", "ru") || a.school.localeCompare(b.school, "ru"));
  }
  checkCancelled(run);
  const plan = buildRiskProfileSheet({ ...(schools ? { schools } : { emptyRows: 20 }), program: settings.program });
  const written = await writeOwnSheet(port, plan);
  const warnings = [rebuildNote(written), ...(written.write.warnings ?? [])].filter((w): w is string => Boolean(w));
  return {
    sheets: [{ link: { sheet: written.write.sheet }, title: written.write.sheet, rebuilt: written.rebuilt }],
    summary: t(schools ? "app.risk.built" : "app.risk.builtEmpty", { sheet: written.write.sheet, count: schools?.length ?? 20 }),
    warnings,
  };
}

