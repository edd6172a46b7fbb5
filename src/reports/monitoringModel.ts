/**
 * Columns and row formulas of the monitoring sheet (monitoring.ts), shared with rebuilds. Per school:
 * each followed indicator's value at every round (literal), the change last − first and its dynamics
 * text, respecting the indicator's direction (live formulas over the row); the status at every round and
 * the status change (literal: they come from classifying each round); whether the school shows positive
 * dynamics in most of its indicators (formula); a note.
 *
 * Hidden helper columns right of «Примечание», read by the municipal block's COUNTIFS:
 * - key: the school key (meta.keyColumn);
 * - code:<i>: the status code at round i (blank when the school was not classified then);
 * - listed: 1 when the school had a status other than none at some round, else 0 (always 1 when the
 *   table lists program schools only);
 * - cohort: 1 when the school was in the program (status other than none) at the first round, else 0;
 * - left: for cohort schools classified at the last round, 1 when its status is then none, else 0.
 */
import { dynamics } from "../core/formulas";
import { type Locale } from "../i18n";
import { flat, num, sameExpr, str } from "./formulas";
import { FILL, KEY, type ColumnSpec, type RowCells, type RowModel } from "./layout";
import { fitColumns, indicatorFormat, indicatorHeader, tr } from "./registerModel";
import { columnLetter, type CellValue, type PlanCell } from "./sheetPlan";

export interface FollowedIndicator {
  id: string;
  /** 1: higher is better; −1: lower is better. */
  dir: 1 | -1;
}

/** Rows of the school table: "program" (status other than none at some round) or every school classified. */
export type MonitoringRows = "program" | "all";

export interface MonitoringParams {
  /** Round years, in order. */
  years: readonly number[];
  /** Round labels shown in the headers («2022 г.» or «входной (2022)»). */
  labels: readonly string[];
  indicators: readonly FollowedIndicator[];
  rows: MonitoringRows;
  locale: Locale;
}

export const dynamicsTexts = (locale: Locale) => ({
  positive: tr("registers.mon.positive", locale),
  negative: tr("registers.mon.negative", locale),
  same: tr("registers.mon.same", locale),
});

/** Signed number format for a change: +1,5 / −2,0; percent for shares. */
function changeFormat(id: string): string {
  const base = indicatorFormat(id) ?? "0.00";
  return `+${base};-${base};${base}`;
}

export function monitoringColumns(p: MonitoringParams): ColumnSpec[] {
  const L = p.locale;
  const rounds = p.labels.map((_, i) => i);
  const right = { hAlign: "right" as const };
  const center = { hAlign: "center" as const };
  const statusGroup = tr("registers.mon.status", L);
  return fitColumns([
    { key: "no", header: tr("reports.no", L), width: 5, style: center },
    { key: "municipality", header: tr("registers.municipality", L), width: 18 },
    { key: "school", header: tr("registers.school", L), width: 30 },
    ...p.indicators.flatMap(({ id }): ColumnSpec[] => {
      const group = indicatorHeader(id, L);
      const format = indicatorFormat(id);
      return [
        ...rounds.map((i) => ({ key: `v:${id}:${i}`, header: p.labels[i], group, width: 12, style: { ...right, ...(format ? { numberFormat: format } : {}) } })),
        { key: `chg:${id}`, header: tr("registers.mon.change", L), group, width: 12, style: { ...right, numberFormat: changeFormat(id) } },
        { key: `dyn:${id}`, header: tr("registers.mon.dynamics", L), group, width: 16, style: center },
      ];
    }),
    ...rounds.map((i) => ({ key: `st:${i}`, header: p.labels[i], group: statusGroup, width: 14, style: center })),
    { key: "change", header: tr("registers.mon.statusChange", L), width: 22 },
    { key: "pos", header: tr("registers.mon.pos", L), width: 14, style: center },
    { key: "note", header: tr("reports.note", L), width: 24, input: true, style: { fill: FILL.input } },
    { key: KEY, header: tr("reports.key", L), width: 14, hidden: true },
    ...rounds.map((i) => ({ key: `code:${i}`, header: tr("registers.mon.code", L, { round: p.labels[i] }), width: 12, hidden: true })),
    { key: "listed", header: tr("registers.mon.listedFlag", L), width: 10, hidden: true },
    { key: "cohort", header: tr("registers.mon.cohort", L), width: 10, hidden: true },
    { key: "left", header: tr("registers.mon.leftFlag", L), width: 10, hidden: true },
  ]);
}

export const isLow = (code: CellValue): boolean => code === "low_results" || code === "both";
export const isAdverse = (code: CellValue): boolean => code === "adverse_social" || code === "both";
export const inProgram = (code: CellValue): boolean => typeof code === "string" && code !== "" && code !== "none";

export function monitoringModel(p: MonitoringParams): RowModel {
  const columns = monitoringColumns(p);
  const index = new Map(columns.map((c, i) => [c.key, i + 1]));
  const last = p.labels.length - 1;
  const texts = dynamicsTexts(p.locale);
  const yes = tr("registers.yes", p.locale);
  const no = tr("registers.no", p.locale);
  // Column parts of references (`$F`) and quoted texts, made once: compute runs for every school row.
  const column = (key: string): string => `$${columnLetter(index.get(key) as number)}`; // ref() without the row
  const quoted = { same: str(texts.same), positive: str(texts.positive), negative: str(texts.negative), yes: str(yes), no: str(no) };
  const followed = p.indicators.map(({ id, dir }) => ({
    id, dir, first: `v:${id}:0`, latest: `v:${id}:${last}`, chg: `chg:${id}`, dyn: `dyn:${id}`,
    F: column(`v:${id}:0`), L: column(`v:${id}:${last}`), D: column(`dyn:${id}`),
  }));
  const codeFirst = column("code:0");
  const codeLast = column(`code:${last}`);
  const codeColumns = p.labels.map((_, i) => column(`code:${i}`));
  const codeKeys = p.labels.map((_, i) => `code:${i}`);

  function compute(row: number, lit: ReadonlyMap<string, CellValue>): RowCells {
    const cells: Record<string, PlanCell> = {};
    const dyn: string[] = [];
    let positive = 0, known = 0;
    for (const { dir, first: firstKey, latest: latestKey, chg, dyn: dynKey, F: fc, L: lc, D } of followed) {
      const F = `${fc}${row}`, L = `${lc}${row}`;
      const first = num(lit.get(firstKey)), latest = num(lit.get(latestKey));
      const both = first !== null && latest !== null;
      const d = both ? dynamics(first, latest, dir === 1 ? "up" : "down") : null;
      const blank = `OR(${F}="",${L}="")`;
      cells[chg] = { formula: flat`IF(${blank},"",${L}-${F})`, result: both ? latest - first : "" };
      cells[dynKey] = {
        formula: flat`IF(${blank},"",IF(${sameExpr(L, F)},${quoted.same},IF((${L}-${F})*${dir}>0,${quoted.positive},${quoted.negative})))`,
        result: d === null ? "" : d === 0 ? texts.same : d > 0 ? texts.positive : texts.negative,
      };
      dyn.push(`${D}${row}`);
      if (d !== null) known++;
      if (d === 1) positive++;
    }
    if (dyn.length) {
      // A lone comparison stays a logical, which Excel neither equals to 0 nor orders among numbers: +0 makes it one.
      const count = (test: string) => dyn.map((d) => `(${d}${test})`).join("+") + (dyn.length === 1 ? "+0" : "");
      cells.pos = {
        formula: flat`IF(${count('<>""')}=0,"",IF(2*(${count(`=${quoted.positive}`)})>${count('<>""')},${quoted.yes},${quoted.no}))`,
        result: known === 0 ? "" : 2 * positive > known ? yes : no,
      };
    } else cells.pos = null;
    const C0 = `${codeFirst}${row}`, CL = `${codeLast}${row}`;
    const c0 = lit.get("code:0") ?? null, cl = lit.get(`code:${last}`) ?? null;
    const listed = codeColumns.map((c) => `AND(${c}${row}<>"",${c}${row}<>"none")`).join(",");
    cells.listed = { formula: `IF(OR(${listed}),1,0)`, result: codeKeys.some((k) => inProgram(lit.get(k) ?? null)) ? 1 : 0 };
    cells.cohort = { formula: flat`IF(OR(${C0}="",${C0}="none"),0,1)`, result: inProgram(c0) ? 1 : 0 };
    cells.left = {
      formula: flat`IF(OR(${C0}="",${C0}="none",${CL}=""),"",IF(${CL}="none",1,0))`,
      result: inProgram(c0) && typeof cl === "string" && cl !== "" ? (cl === "none" ? 1 : 0) : "",
    };
    return { cells };
  }

  const computed = new Set(["pos", "listed", "cohort", "left", ...p.indicators.flatMap(({ id }) => [`chg:${id}`, `dyn:${id}`])]);
  return { columns, computed, compute };
}

/** The table's rows as meta.params records them; undefined when it does not (sheets built before the option). */
export const monitoringRowsOf = (params: Record<string, unknown> | undefined): MonitoringRows | undefined =>
  params?.rows === "program" || params?.rows === "all" ? params.rows : undefined;

/** Monitoring params from a sheet's meta.params (for a rebuild). */
export function monitoringParamsOf(params: Record<string, unknown> | undefined): MonitoringParams {
  const p = params ?? {};
  if (!Array.isArray(p.years) || !Array.isArray(p.labels) || !Array.isArray(p.indicators)) throw new Error("Monitoring meta without rounds");
  return {
    years: p.years.map(Number),
    labels: p.labels.map(String),
    indicators: (p.indicators as { id: unknown; dir: unknown }[]).map((i) => ({ id: String(i.id), dir: i.dir === -1 ? -1 : 1 })),
    rows: monitoringRowsOf(p) ?? "program",
    locale: p.locale === "en" ? "en" : "ru",
  };
}
