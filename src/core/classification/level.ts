/**
 * Crisis vs risk (seed 004: «дифференцировать школы, находящиеся в кризисной ситуации, и школы — в
 * ситуации риска»). Defaults, all settings:
 *   crisis — low results in each of the last `crisisYears` years and adverse social conditions
 *            (when `crisisWhenBoth`), or low results in each of the last `crisisYearsAlone` years;
 *   risk   — any criterion met this year (low results or adverse conditions), or, when
 *            `worseningIsRisk`, results worsening;
 *   none   — otherwise.
 * Worsening: of the result measures a school has in both this year's and last year's records (means
 * falling, shares below the minimum rising, качество знаний falling), more than half got worse, and at
 * least WORSENING_MIN_MEASURES were comparable — one noisy subject does not make a trend.
 */
import type { Measure } from "./exams";
import type { YearContext } from "./context";
import { inputTitle, ofCount, shortList, tx, yearsWord } from "./reasons";
import type { StatusCode } from "./rules";
import type { Level, Reason } from "./types";

export const WORSENING_MIN_MEASURES = 2;

export interface Worsening {
  worse: number;
  comparable: number;
  /** Ids of the measures that got worse. */
  ids: string[];
  met: boolean;
}

export interface ChangeColumns {
  measure: Measure;
  now: Float64Array;
  before: Float64Array;
}

/** This year's and last year's own values of every measure (year-less attributes never change). */
export function changeColumns(ctx: YearContext, measures: readonly Measure[]): ChangeColumns[] {
  return measures.map((measure) => ({
    measure,
    now: measure.column(ctx.frame, ctx.year, true),
    before: measure.column(ctx.frame, ctx.year - 1, true),
  }));
}

/** Year-over-year change of a school's results. */
export function worsening(index: number, columns: readonly ChangeColumns[]): Worsening | null {
  let comparable = 0;
  const ids: string[] = [];
  for (const { measure, now, before } of columns) {
    const a = now[index];
    const b = before[index];
    if (Number.isNaN(a) || Number.isNaN(b)) continue;
    comparable++;
    if ((a - b) * measure.better < 0) ids.push(measure.id);
  }
  if (comparable === 0) return null;
  return { worse: ids.length, comparable, ids, met: comparable >= WORSENING_MIN_MEASURES && ids.length * 2 > comparable };
}

export function worseningReason(ctx: YearContext, w: Worsening): Reason {
  const list = w.ids.length ? tx("class.wr.list", { list: shortList(w.ids.map((id) => inputTitle(id, ctx.frame)), 4) }) : "";
  return {
    rule: "level", indicator: null, met: w.met, value: w.worse, threshold: Math.max(WORSENING_MIN_MEASURES, Math.floor(w.comparable / 2) + 1), year: ctx.year,
    text: tx("class.wr.text", { year: ctx.year, prev: ctx.year - 1, worse: w.worse, total: w.comparable, measures: ofCount(w.comparable, "measure"), min: WORSENING_MIN_MEASURES, list }),
  };
}

export interface LevelInput {
  status: StatusCode;
  label: string;
  adverse: boolean;
  /** Consecutive years with low results ending with the evaluation year (0 when not low this year). */
  lowRun: number;
  worsening: boolean;
}

export function decideLevel(ctx: YearContext, input: LevelInput): { level: Level; reason: Reason | null } {
  const cfg = ctx.settings.classification.level;
  const { year } = ctx;
  let level: Level = "none";
  let key: "class.lv.crisisBoth" | "class.lv.crisisLong" | "class.lv.riskStatus" | "class.lv.riskWorsening" | "class.lv.none";
  if (cfg.crisisWhenBoth && input.adverse && input.lowRun >= cfg.crisisYears) {
    level = "crisis";
    key = "class.lv.crisisBoth";
  } else if (input.lowRun >= cfg.crisisYearsAlone) {
    level = "crisis";
    key = "class.lv.crisisLong";
  } else if (input.status !== "none") {
    level = "risk";
    key = "class.lv.riskStatus";
  } else if (cfg.worseningIsRisk && input.worsening) {
    level = "risk";
    key = "class.lv.riskWorsening";
  } else {
    key = "class.lv.none";
  }
  // Quiet runs (statuses only) get the level without its text.
  if (ctx.quiet) return { level, reason: null };
  const from = year - input.lowRun + 1;
  const run = { n: input.lowRun, years: yearsWord(input.lowRun), span: from === year ? String(year) : `${from}–${year}` };
  const params: Record<string, string | number> = level === "crisis" ? run : key === "class.lv.riskStatus" ? { label: input.label } : { year };
  const text = tx(key, params);
  return { level, reason: { rule: "level", indicator: null, met: level !== "none", value: tx(`class.level.${level}`), threshold: null, year, text } };
}
