/**
 * «Стартовая диагностика» in the layout of seed 001, table 1: per indicator the mean, maximum and
 * minimum over schools, the number of schools with a zero value and with data, as live formulas over the
 * consolidated data sheet («Данные», one row per school record, one column per indicator id), with cached
 * results computed here from the same records.
 *
 * Rows: the catalogue's numeric indicators that the data sheet has and that have a value, by group
 * (results, extracurricular, social, staff, conditions), then catalogue order. Yes/no, level and text
 * indicators are left out: a mean of them means nothing.
 *
 * When the data has years, only rows of the evaluation year count, plus rows without a year (attributes
 * that hold for every year). MAXIFS/MINIFS are not used: files written by ExcelJS would need the _xlfn.
 * prefix (LibreOffice shows #NAME? without it) and Excel 2016 lacks them. SUMPRODUCT over a 0/1 mask
 * works everywhere; a text cell in the value column makes MAX/MIN of it an error, shown as a note.
 */
import { CATALOGUE } from "../core/catalogue";
import { ID } from "../core/catalogue/ids";
import type { Indicator, IndicatorGroup, Unit } from "../core/catalogue/types";
import type { Dataset, SchoolRecord } from "../core/records";
import type { ProgramInfo } from "../core/settings";
import { getLocale, type Locale } from "../i18n";
import { str, unitFormat } from "./formulas";
import { appendixText, FormBuilder, KEY, programSubtitle, type ColumnSpec } from "./layout";
import { absolute, fitColumns, sheetRef, tr } from "./registerModel";
import { address, rangeOf, type CellValue, type PlanCell, type SheetMeta, type SheetPlan } from "./sheetPlan";
import { unitLabel } from "./targetsModel";

export interface DiagnosticsInput {
  dataset: Dataset;
  /** The data sheet as written: its actual name and meta (column keys: indicator ids and "year"). */
  dataSheet: { name: string; meta: Pick<SheetMeta, "columns" | "firstRow" | "lastRow"> };
  /** Evaluation year (default: the latest in the data); unused when the data or the sheet has no years. */
  year?: number;
  /** Indicator ids to show (default: every catalogue indicator the data has); shown by group anyway. */
  indicators?: readonly string[];
  program: ProgramInfo;
  heading?: string;
  appendixNo?: number;
}

export const DIAGNOSTIC_GROUPS = ["results", "extracurricular", "social", "staff", "conditions"] as const;
type DiagnosticGroup = (typeof DIAGNOSTIC_GROUPS)[number];
const isDiagnostic = (g: IndicatorGroup): g is DiagnosticGroup => (DIAGNOSTIC_GROUPS as readonly string[]).includes(g);
const NUMERIC: ReadonlySet<Unit> = new Set<Unit>(["percent", "count", "people", "score", "mark", "ratio", "years", "hours", "rubles"]);
const meanFormat = (unit: Unit): string => (unit === "percent" ? "0.0%" : unit === "rubles" ? "#,##0" : "0.00");
const ORDER = new Map(CATALOGUE.map((indicator, i) => [indicator.id, i]));

const hasText = (v: unknown): boolean => typeof v === "string" && v.trim() !== "";

export interface IndicatorStats {
  count: number;
  mean: number | null;
  max: number | null;
  min: number | null;
  zeros: number;
}

/** Statistics of one indicator over the records the sheet's formulas count. */
export function indicatorStats(records: readonly SchoolRecord[], id: string): IndicatorStats {
  let count = 0, sum = 0, zeros = 0;
  let max = -Infinity, min = Infinity;
  for (const r of records) {
    const v = r.values[id];
    if (typeof v !== "number" || !Number.isFinite(v)) continue;
    count++;
    sum += v;
    if (v === 0) zeros++;
    if (v > max) max = v;
    if (v < min) min = v;
  }
  return { count, mean: count ? sum / count : null, max: count ? max : null, min: count ? min : null, zeros };
}

function columns(locale: Locale): ColumnSpec[] {
  const center = { hAlign: "center" as const };
  return fitColumns([
    { key: "no", header: tr("reports.no", locale), width: 5, style: center },
    { key: "title", header: tr("registers.diag.indicator", locale), width: 60 },
    { key: "unit", header: tr("registers.diag.unit", locale), width: 12, style: center },
    { key: "mean", header: tr("registers.diag.mean", locale), width: 12 },
    { key: "max", header: tr("registers.diag.max", locale), width: 12 },
    { key: "min", header: tr("registers.diag.min", locale), width: 12 },
    { key: "zeros", header: tr("registers.diag.zero", locale), width: 13, style: { ...center, numberFormat: "0" } },
    { key: "count", header: tr("registers.diag.count", locale), width: 12, style: { ...center, numberFormat: "0" } },
    { key: KEY, header: tr("reports.key", locale), width: 14, hidden: true },
  ]);
}

/** Catalogue indicators to show: numeric, in a diagnostic group, on the data sheet, with a value. */
function chosenIndicators(input: DiagnosticsInput, records: readonly SchoolRecord[], sheetColumns: ReadonlyMap<string, number>): Indicator[] {
  const wanted = input.indicators ? new Set(input.indicators) : null;
  return CATALOGUE.filter((i) =>
    NUMERIC.has(i.unit) && isDiagnostic(i.group) && sheetColumns.has(i.id) && (!wanted || wanted.has(i.id)) &&
    records.some((r) => typeof r.values[i.id] === "number"))
    .sort((a, b) => DIAGNOSTIC_GROUPS.indexOf(a.group as DiagnosticGroup) - DIAGNOSTIC_GROUPS.indexOf(b.group as DiagnosticGroup) || (ORDER.get(a.id) ?? 0) - (ORDER.get(b.id) ?? 0));
}

export function buildDiagnosticsSheet(input: DiagnosticsInput, locale: Locale = getLocale()): SheetPlan {
  const { meta, name } = input.dataSheet;
  const sheetColumns = new Map(meta.columns.map((c) => [c.key, c.column]));
  const years = [...new Set(input.dataset.records.flatMap((r) => (r.year === null ? [] : [r.year])))].sort((a, b) => a - b);
  const yearColumn = sheetColumns.get(ID.year);
  const year = yearColumn !== undefined && years.length ? input.year ?? years[years.length - 1] : null;
  const records = input.dataset.records.filter((r) => year === null || r.year === year || r.year === null);
  const range = (column: number) => `${sheetRef(name)}${absolute(rangeOf(meta.firstRow, column, Math.max(meta.lastRow, meta.firstRow), column))}`;
  const textNote = tr("registers.diag.text", locale);

  const b = new FormBuilder(columns(locale));
  b.appendix(appendixText(input.program.appendixTo, input.appendixNo, locale))
    .title(input.heading?.trim() || (year === null ? tr("registers.diag.titleNoYear", locale) : tr("registers.diag.title", locale, { year })))
    .subtitle(programSubtitle(input.program))
    .gap()
    .header()
    .columnNumbers();

  let n = 0;
  let group: DiagnosticGroup | null = null;
  for (const indicator of chosenIndicators(input, records, sheetColumns)) {
    if (indicator.group !== group && isDiagnostic(indicator.group)) {
      group = indicator.group;
      b.section(tr(`registers.group.${group}`, locale));
    }
    const row = b.nextRow;
    const V = range(sheetColumns.get(indicator.id) as number);
    const N = address(row, b.col("count"));
    const s = indicatorStats(records, indicator.id);
    // Masked-out rows take part in the arithmetic too: text anywhere in the column breaks MAX and MIN.
    const broken = year !== null && input.dataset.records.some((r) => hasText(r.values[indicator.id]));
    const extreme = (value: number | null): CellValue => (value === null ? "" : broken ? textNote : value);
    let f: Record<"count" | "mean" | "max" | "min" | "zeros", string>;
    if (year === null) {
      f = { count: `COUNT(${V})`, mean: `AVERAGE(${V})`, max: `MAX(${V})`, min: `MIN(${V})`, zeros: `SUMPRODUCT(ISNUMBER(${V})*(${V}=0))` };
    } else {
      const Y = range(yearColumn as number);
      const mask = `((${Y}=${year})+(${Y}=""))*ISNUMBER(${V})`;
      f = {
        count: `SUMPRODUCT(${mask})`,
        mean: `SUMPRODUCT(${mask},${V})/${N}`,
        max: `IFERROR(SUMPRODUCT(MAX(${V}-10^300*(1-${mask}))),${str(textNote)})`,
        min: `IFERROR(SUMPRODUCT(MIN(${V}+10^300*(1-${mask}))),${str(textNote)})`,
        zeros: `SUMPRODUCT(${mask}*(${V}=0))`,
      };
    }
    const guarded = (formula: string) => `IF(${N}=0,"",${formula})`;
    const cells: Record<string, PlanCell> = {
      no: ++n,
      title: indicator.title[locale],
      unit: unitLabel(indicator.unit, locale),
      count: { formula: f.count, result: s.count },
      mean: { formula: guarded(f.mean), result: s.mean ?? "" },
      max: { formula: guarded(f.max), result: extreme(s.max) },
      min: { formula: guarded(f.min), result: extreme(s.min) },
      zeros: { formula: f.zeros, result: s.zeros },
      [KEY]: indicator.id,
    };
    const extremeFormat = { numberFormat: unitFormat(indicator.unit), hAlign: "right" as const };
    b.row(cells, { mean: { numberFormat: meanFormat(indicator.unit), hAlign: "right" }, max: extremeFormat, min: extremeFormat });
  }
  return b.build({
    name: tr("registers.diag.sheet", locale),
    kind: "diagnostics",
    freezeColumns: 2,
    locale,
    params: { year, dataSheet: name, locale, ...(input.indicators ? { indicators: [...input.indicators] } : {}) },
  });
}
