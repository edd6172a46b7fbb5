/**
 * Use case «Целевые показатели»: a target-indicator sheet from a template (shifted to the program's
 * years), or rebuilt in one click from what the existing sheet was built from.
 */
import { UserError } from "../core/errors";
import type { Settings } from "../core/settings";
import { targetTemplateById, TARGET_TEMPLATES } from "../core/templates";
import type { TargetGoal, TargetItem, TargetTemplate } from "../core/templates/types";
import { indicatorById } from "../core/catalogue";
import { getLocale, t } from "../i18n";
import { buildTargetSheet } from "../reports/targets";
import type { WorkbookPort } from "../workbook/port";
import { loadData } from "./classify";
import { writeOwnSheet } from "./ownSheets";
import { checkCancelled, type ActionResult, type RunOptions } from "./types";
import { loadWorkbookSettings } from "./workbookSettings";

export interface TargetsRequest {
  /** Template id; default: the template an existing target sheet was built from, else the settings'. */
  template?: string;
  /** Indicators picked from the catalogue (ids), with base values from the workbook's data when it has them. */
  indicators?: string[];
  /** Goals read from the user's own list (sheet or file) instead of a template. */
  goals?: TargetGoal[];
  /** Where `goals` came from, for the sheet meta and messages («Лист1», «цели.xlsx»). */
  goalsSource?: string;
  fromYear?: number;
  toYear?: number;
}

export function requireTargetTemplate(id: string): TargetTemplate {
  const template = targetTemplateById(id);
  if (!template) {
    throw new UserError(t("app.targets.unknownTemplate", { id, known: TARGET_TEMPLATES.map((x) => x.id).join(", ") }));
  }
  return template;
}

/**
 * The template's goals moved to other program years by position: the template's first year becomes
 * the program's first. Values stay the seed district's; the caller warns the user to replace them.
 */
export function shiftGoals(goals: readonly TargetGoal[], offset: number): TargetGoal[] {
  if (offset === 0) return goals.map((g) => ({ ...g, items: g.items.map((i) => ({ ...i })) }));
  const shift = (byYear: Record<number, number | null> | undefined): Record<number, number | null> | undefined =>
    byYear && Object.fromEntries(Object.entries(byYear).map(([y, v]) => [Number(y) + offset, v]));
  return goals.map((g) => ({
    ...g,
    items: g.items.map((i) => ({
      ...i,
      baseYear: i.baseYear === null ? null : i.baseYear + offset,
      plan: shift(i.plan) ?? {},
      ...(i.actual ? { actual: shift(i.actual) } : {}),
    })),
  }));
}

const countItems = (goals: readonly TargetGoal[]): number => goals.reduce((n, g) => n + g.items.length, 0);

/** First and last year with a planned or actual value in a list, or null when it has none. */
export function goalYears(goals: readonly TargetGoal[]): [number, number] | null {
  const years = goals.flatMap((g) => g.items.flatMap((i) => [...Object.keys(i.plan), ...Object.keys(i.actual ?? {})].map(Number)));
  return years.length ? [Math.min(...years), Math.max(...years)] : null;
}

export async function buildTargets(port: WorkbookPort, request: TargetsRequest = {}, run?: RunOptions): Promise<ActionResult> {
  const { settings } = await loadWorkbookSettings(port);
  checkCancelled(run);
  const warnings: string[] = [];
  let goals: TargetGoal[];
  let source: string;
  let heading: string;
  let fromYear = request.fromYear;
  let toYear = request.toYear;
  if (request.indicators) {
    fromYear ??= settings.program.fromYear;
    toYear ??= settings.program.toYear;
    goals = await catalogueGoals(port, request.indicators, warnings);
    source = `catalogue:${request.indicators.join(",")}`;
    heading = "";
  } else if (request.goals) {
    goals = request.goals;
    source = `sheet:${request.goalsSource ?? ""}`;
    heading = "";
    // The user's own list keeps its own years unless others are asked for.
    const listYears = goalYears(goals);
    fromYear ??= listYears ? listYears[0] : settings.program.fromYear;
    toYear ??= listYears ? Math.max(listYears[1], fromYear) : settings.program.toYear;
  } else {
    const template = requireTargetTemplate(request.template ?? (await defaultTargetTemplate(port, settings)));
    // A workbook with settings has its program years; a bare file keeps the template's own years.
    const program = (await port.loadSettings()) !== null;
    fromYear ??= program ? settings.program.fromYear : template.fromYear;
    toYear ??= program ? settings.program.toYear : fromYear + (template.toYear - template.fromYear);
    goals = shiftGoals(template.goals, fromYear - template.fromYear);
    source = template.id;
    heading = template.heading;
    warnings.push(t("app.targets.templateValues", { source: template.source, from: fromYear, to: toYear }));
  }
  if (toYear < fromYear) throw new UserError(t("app.cli.yearsOrder", { text: `${fromYear}-${toYear}` }));
  const plan = buildTargetSheet({ templateId: source, goals, fromYear, toYear, program: settings.program, heading });
  plan.name = t("app.targets.sheetName");
  checkCancelled(run);
  run?.onProgress?.({ message: t("app.progress.writing", { sheet: plan.name }), done: 0, total: 1 });
  const written = await writeOwnSheet(port, plan);
  if (written.rebuilt && (written.kept || written.orphans || written.added)) {
    warnings.push(t("app.rebuild.kept", { kept: written.kept, orphans: written.orphans, added: written.added }));
  }
  return {
    sheets: [{ link: { sheet: written.write.sheet }, title: written.write.sheet, rebuilt: written.rebuilt }],
    summary: t(written.rebuilt ? "app.targets.rebuilt" : "app.targets.built", {
      sheet: written.write.sheet, count: countItems(goals), from: fromYear, to: toYear,
    }),
    warnings,
  };
}

/** The template a previous target sheet was built from, else the first shipped one. */
async function defaultTargetTemplate(port: WorkbookPort, settings: Settings): Promise<string> {
  const own = (await port.listSheets()).find((s) => s.meta?.kind === "targets");
  const previous = own?.meta?.params?.source;
  if (typeof previous === "string" && targetTemplateById(previous)) return previous;
  return settings.program.targetTemplate || TARGET_TEMPLATES[0].id;
}

/**
 * One goal of catalogue indicators. Where the workbook has consolidated data, each indicator's base is
 * its mean over the schools in the latest year (shares stay fractions), and the warning says so; plans
 * are left for the user to type.
 */
async function catalogueGoals(port: WorkbookPort, ids: readonly string[], warnings: string[]): Promise<TargetGoal[]> {
  if (ids.length === 0) throw new UserError(t("app.targets.noIndicators"));
  const unknown = ids.filter((id) => !indicatorById(id));
  if (unknown.length) throw new UserError(t("app.targets.unknownIndicators", { ids: unknown.join(", ") }));
  const hasData = (await port.listSheets()).some((s) => s.meta?.kind === "data");
  const dataset = hasData ? (await loadData(port)).dataset : null;
  const years = dataset?.records.flatMap((r) => (r.year === null ? [] : [r.year])) ?? [];
  const year = years.length ? Math.max(...years) : null;
  let based = 0;
  const items = ids.map((id): TargetItem => {
    const indicator = indicatorById(id)!;
    const values = (dataset?.records ?? [])
      .filter((r) => year === null || r.year === year || r.year === null)
      .map((r) => r.values[id])
      .filter((v): v is number => typeof v === "number" && Number.isFinite(v));
    const base = values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
    if (base !== null) based++;
    return {
      key: id, indicatorId: id, title: indicator.title[getLocale()], unit: indicator.unit, direction: indicator.direction,
      base, baseYear: base === null ? null : year, plan: {},
    };
  });
  if (based) warnings.push(t("app.targets.baseFromData", { count: based, year: year ?? "—" }));
  return [{ title: "", items }];
}
