/**
 * «Сводка по МО» in the layout of seed 001, table 5: per municipality the schools evaluated, the schools
 * included in the program, those with low results, in adverse social conditions, both, and how many of
 * them are in crisis, with a total row, as live COUNTIFS over the register sheet (its actual name: the
 * workbook may have named it «Классификация (2)»). Cached results come from the ClassificationResult the
 * register was built from. A stacked column chart of the statuses by municipality sits below the table.
 *
 * "Included in the program" = status other than none (ШНОР, ШНСУ or both), as seed 001 counts the
 * schools included in the project: 75 = 38 + 30 + 7.
 */
import type { StatusCode, StatusLabels } from "../core/classification/rules";
import type { ClassificationResult } from "../core/classification/types";
import type { ProgramInfo } from "../core/settings";
import { getLocale, type Locale } from "../i18n";
import { str } from "./formulas";
import { appendixText, FormBuilder, KEY, programSubtitle, type ColumnSpec } from "./layout";
import { absolute, compareMunicipalities, exactCriterion, fitColumns, municipalityName, sheetRef, tr } from "./registerModel";
import { address, rangeOf, type ChartSpec, type PlanCell, type SheetMeta, type SheetPlan } from "./sheetPlan";

export interface SummaryInput {
  result: ClassificationResult;
  /** The register as written: its actual sheet name and meta (columns municipality, statusCode, levelCode). */
  register: { name: string; meta: Pick<SheetMeta, "columns" | "firstRow" | "lastRow"> };
  /** settings.statusLabels: the column headers name the statuses as the department does. */
  statusLabels: StatusLabels;
  program: ProgramInfo;
  heading?: string;
  /** N of «Приложение № N»; the block is shown when program.appendixTo is set. */
  appendixNo?: number;
}

const COUNTED: readonly Exclude<StatusCode, "none">[] = ["low_results", "adverse_social", "both"];
type CountKey = "low" | "adverse" | "both";
const KEYS: Record<(typeof COUNTED)[number], CountKey> = { low_results: "low", adverse_social: "adverse", both: "both" };

function columns(labels: StatusLabels, locale: Locale): ColumnSpec[] {
  const count = { hAlign: "center" as const, numberFormat: "0" };
  return fitColumns([
    { key: "municipality", header: tr("registers.municipality", locale), width: 30 },
    { key: "schools", header: tr("registers.summary.schools", locale), width: 14, style: count },
    { key: "inProgram", header: tr("registers.summary.inProgram", locale), width: 16, style: { ...count, bold: true } },
    { key: "low", header: tr("registers.summary.low", locale, { label: labels.low_results }), width: 18, style: count },
    { key: "adverse", header: tr("registers.summary.adverse", locale, { label: labels.adverse_social }), width: 22, style: count },
    { key: "both", header: tr("registers.summary.both", locale, { label: labels.both }), width: 16, style: count },
    { key: "crisis", header: tr("registers.summary.crisis", locale), width: 14, style: count },
    { key: KEY, header: tr("reports.key", locale), width: 14, hidden: true },
  ]);
}

/** Column range of the register's data block by column key, absolute, with the sheet name. */
function registerRange(input: SummaryInput, key: string): string {
  const { meta, name } = input.register;
  const column = meta.columns.find((c) => c.key === key)?.column;
  if (column === undefined) throw new Error(`The register has no column ${key}`);
  return `${sheetRef(name)}${absolute(rangeOf(meta.firstRow, column, Math.max(meta.lastRow, meta.firstRow), column))}`;
}

type Counts = Record<CountKey | "schools" | "crisis", number>;

function countByMunicipality(result: ClassificationResult, locale: Locale): Map<string, Counts> {
  const out = new Map<string, Counts>();
  for (const s of result.schools) {
    const m = municipalityName(s.municipality, locale);
    const c = out.get(m) ?? { schools: 0, low: 0, adverse: 0, both: 0, crisis: 0 };
    c.schools++;
    if (s.status !== "none") c[KEYS[s.status]]++;
    if (s.level === "crisis") c.crisis++;
    out.set(m, c);
  }
  return out;
}

export function buildSummarySheet(input: SummaryInput, locale: Locale = getLocale()): SheetPlan {
  const b = new FormBuilder(columns(input.statusLabels, locale));
  b.appendix(appendixText(input.program.appendixTo, input.appendixNo, locale))
    .title(input.heading?.trim() || tr("registers.summary.title", locale, { year: input.result.year }))
    .subtitle(programSubtitle(input.program))
    .gap()
    .header()
    .columnNumbers();

  const mun = registerRange(input, "municipality");
  const code = registerRange(input, "statusCode");
  const level = registerRange(input, "levelCode");
  const counts = countByMunicipality(input.result, locale);
  const names = [...counts.keys()].sort((a, b) => compareMunicipalities(a, b, locale));
  const col = (key: string) => b.col(key);
  for (const name of names) {
    const row = b.nextRow;
    const c = counts.get(name) as Counts;
    const crit = exactCriterion(address(row, col("municipality")), name);
    const cells: Record<string, PlanCell> = {
      municipality: name,
      schools: { formula: `COUNTIFS(${mun},${crit})`, result: c.schools },
      inProgram: { formula: `SUM(${address(row, col("low"))}:${address(row, col("both"))})`, result: c.low + c.adverse + c.both },
      crisis: { formula: `COUNTIFS(${mun},${crit},${level},${str("crisis")})`, result: c.crisis },
      [KEY]: `municipality:${name}`,
    };
    for (const status of COUNTED) {
      const key = KEYS[status];
      cells[key] = { formula: `COUNTIFS(${mun},${crit},${code},${str(status)})`, result: c[key] };
    }
    b.row(cells);
  }
  const last = b.lastRow;
  const first = b.firstRow;
  const total: Record<string, PlanCell> = { municipality: tr("registers.total", locale), [KEY]: "total" };
  const bold = { bold: true };
  const styles: Record<string, { bold: boolean }> = { municipality: bold };
  const sums: Record<string, number> = { schools: 0, inProgram: 0, low: 0, adverse: 0, both: 0, crisis: 0 };
  for (const c of counts.values()) {
    for (const key of ["schools", "low", "adverse", "both", "crisis"] as const) sums[key] += c[key];
    sums.inProgram += c.low + c.adverse + c.both;
  }
  for (const [key, result] of Object.entries(sums)) {
    total[key] = names.length ? { formula: `SUM(${rangeOf(first, col(key), last, col(key))})`, result } : 0;
    styles[key] = bold;
  }
  b.row(total, styles);
  const plan = b.build({
    name: tr("registers.summary.sheet", locale),
    kind: "summary",
    freezeColumns: 1,
    locale,
    params: { year: input.result.year, register: input.register.name, locale },
  });
  const maxStack = Math.max(0, ...[...counts.values()].map((c) => c.low + c.adverse + c.both));
  if (names.length) plan.charts = [statusChart(b, input.statusLabels, first, last, maxStack, locale)];
  return plan;
}

/** Stacked columns of the three statuses per municipality, below the table across its width. */
function statusChart(b: FormBuilder, labels: StatusLabels, first: number, last: number, maxStack: number, locale: Locale): ChartSpec {
  const top = b.lastRow + 2;
  // Short enough to print under a table of a few municipalities on the same A4 page.
  const height = Math.max(14, Math.min(24, 8 + (last - first)));
  return {
    type: "columnStacked",
    title: tr("registers.summary.chart", locale),
    categories: rangeOf(first, b.col("municipality"), last, b.col("municipality")),
    series: COUNTED.map((status) => ({ name: labels[status], values: rangeOf(first, b.col(KEYS[status]), last, b.col(KEYS[status])) })),
    anchor: { from: address(top, 1), to: address(top + height, b.lastVisible + 1) },
    yTitle: tr("registers.summary.chartY", locale),
    // Counts of schools: whole steps, about eight of them whatever the largest column.
    yMajorUnit: Math.max(1, Math.ceil(maxStack / 8)),
    yFormat: "0",
  };
}
