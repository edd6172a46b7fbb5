/**
 * The blocks under the monitoring sheet's school table (monitoring.ts):
 * - municipal indicators per municipality and in total: schools listed at some round; per round the
 *   schools classified (literal: the table may list program schools only, so these come from the rounds'
 *   classifications, the total as a SUM) and the share of ШНОР (status low results or both) among them;
 *   the share of program schools that left the list by the last round; the share of program schools
 *   with positive dynamics. Shares and listed counts are COUNTIFS over the table's hidden columns with
 *   cached results. When the block is wider than the table (no followed indicator), the counts make a
 *   table of their own above the shares;
 * - the mean of each followed indicator per round over program schools, feeding one line chart per unit.
 */
import type { Unit } from "../core/catalogue/types";
import type { StatusLabels } from "../core/classification/rules";
import type { Locale } from "../i18n";
import { str } from "./formulas";
import { TABLE, type FormBuilder } from "./layout";
import { isLow, type MonitoringParams } from "./monitoringModel";
import { absolute, compareMunicipalities, exactCriterion, indicatorFormat, indicatorHeader, tr, unitOfIndicator } from "./registerModel";
import { address, rangeOf, type CellStyle, type CellValue, type ChartSpec, type PlanCell } from "./sheetPlan";
import { unitLabel } from "./targetsModel";

/** What the blocks need of a school row of the table above. */
export interface SchoolRow {
  municipality: string;
  /** Status code at each round (null: not classified then). */
  codes: readonly CellValue[];
  /** Followed indicators' values: indicator j (MonitoringParams order) at round i is at j × rounds + i. */
  values: readonly CellValue[];
  listed: boolean;
  cohort: boolean;
  left: CellValue;
  pos: CellValue;
}

/** Schools classified at each round by municipality (as the table names it), listed in the table or not. */
export type EvaluatedCounts = ReadonlyMap<string, readonly number[]>;

const HEAD: CellStyle = { ...TABLE, bold: true, hAlign: "center", vAlign: "middle" };
const TITLE: CellStyle = { bold: true, wrap: false, hAlign: "left" };
const SHARE: CellStyle = { ...TABLE, numberFormat: "0.0%", hAlign: "right" };
const COUNT: CellStyle = { ...TABLE, numberFormat: "0", hAlign: "center" };
/** Label cells span columns B:C (municipality and school), so numbers start under the first value column. */
const LABEL: [number, number] = [2, 3];
const FIRST = 4;

const share = (part: number, whole: number): CellValue => (whole ? part / whole : "");

/** A municipality (crit: its COUNTIFS criterion) or the total (crit null: no municipality condition). */
interface Line {
  label: string;
  number: number | null;
  group: readonly SchoolRow[];
  crit: string | null;
  /** Schools classified at each round. */
  evaluated: readonly number[];
}

/** A column of the block: its header, style and cell for the k-th line (the total is the last). */
interface BlockColumn {
  head: string;
  style: CellStyle;
  cell(line: Line, k: number): PlanCell;
  /** Where the column landed: its first line's row and its column. */
  at?: { row: number; column: number };
}

export function addMunicipalBlock(
  b: FormBuilder, p: MonitoringParams, rows: readonly SchoolRow[], evaluated: EvaluatedCounts, labels: StatusLabels, locale: Locale,
): void {
  const n = p.labels.length;
  const yes = tr("registers.yes", locale);
  const no = tr("registers.no", locale);
  const R = (key: string) => absolute(b.dataRange(key));
  const [mun, listed, cohort, left, pos] = [R("municipality"), R("listed"), R("cohort"), R("left"), R("pos")];
  const codes = p.labels.map((_, i) => R(`code:${i}`));
  const ifs = (line: Line, ...pairs: string[]) => `COUNTIFS(${[...(line.crit === null ? [] : [mun, line.crit]), ...pairs].join(",")})`;
  const names = [...evaluated.keys()].sort((a, b) => compareMunicipalities(a, b, locale));
  const last = names.length; // index of the total line

  const listedColumn: BlockColumn = {
    head: tr("registers.mon.listed", locale), style: COUNT,
    cell: (line) => ({ formula: ifs(line, listed, "1"), result: line.group.filter((r) => r.listed).length }),
  };
  const evaluatedColumns = p.years.map((year, i): BlockColumn => ({
    head: tr("registers.mon.evaluated", locale, { round: year }), style: COUNT,
    cell(line, k) {
      const { row, column } = this.at as { row: number; column: number };
      if (k < last) return line.evaluated[i];
      return last ? { formula: `SUM(${rangeOf(row, column, row + last - 1, column)})`, result: line.evaluated[i] } : 0;
    },
  }));
  const shareColumns = p.years.map((year, i): BlockColumn => ({
    head: tr("registers.mon.lowShare", locale, { label: labels.low_results, round: year }), style: SHARE,
    cell: (line, k) => {
      const at = evaluatedColumns[i].at as { row: number; column: number };
      const whole = address(at.row + k, at.column);
      const low = line.group.filter((r) => isLow(r.codes[i])).length;
      return {
        formula: `IF(${whole}=0,"",(${ifs(line, codes[i], str("low_results"))}+${ifs(line, codes[i], str("both"))})/${whole})`,
        result: share(low, line.evaluated[i]),
      };
    },
  }));
  const leftColumn: BlockColumn = {
    head: tr("registers.mon.leftShare", locale, { last: tr("registers.mon.year", locale, { year: p.years[n - 1] }) }), style: SHARE,
    cell: (line) => {
      const stayed = ifs(line, left, '">=0"');
      const flagged = line.group.filter((r) => typeof r.left === "number");
      return { formula: `IF(${stayed}=0,"",${ifs(line, left, "1")}/${stayed})`, result: share(flagged.filter((r) => r.left === 1).length, flagged.length) };
    },
  };
  const posColumn: BlockColumn = {
    head: tr("registers.mon.posShare", locale), style: SHARE,
    cell: (line) => {
      const judged = `(${ifs(line, cohort, "1", pos, str(yes))}+${ifs(line, cohort, "1", pos, str(no))})`;
      const cohortRows = line.group.filter((r) => r.cohort && (r.pos === yes || r.pos === no));
      return {
        formula: `IF(${judged}=0,"",${ifs(line, cohort, "1", pos, str(yes))}/${judged})`,
        result: share(cohortRows.filter((r) => r.pos === yes).length, cohortRows.length),
      };
    },
  };

  const byName = new Map<string, SchoolRow[]>();
  for (const r of rows) {
    const group = byName.get(r.municipality);
    if (group) group.push(r);
    else byName.set(r.municipality, [r]);
  }
  const total = Array.from({ length: n }, (_, i) => names.reduce((sum, name) => sum + (evaluated.get(name)?.[i] ?? 0), 0));
  const lines = (first: number): Line[] => [
    ...names.map((name, k) => ({
      label: name, number: k + 1, group: byName.get(name) ?? [], evaluated: evaluated.get(name) ?? [],
      crit: exactCriterion(address(first + k, LABEL[0]), name),
    })),
    { label: tr("registers.total", locale), number: null, group: rows, crit: null, evaluated: total },
  ];

  // Per round the count next to its share; split in two tables when that is wider than the table above.
  const paired = [listedColumn, ...evaluatedColumns.flatMap((c, i) => [c, shareColumns[i]]), leftColumn, posColumn];
  if (FIRST + paired.length - 1 <= b.lastVisible) table(b, tr("registers.mon.muniTitle", locale), paired, lines, locale);
  else {
    table(b, tr("registers.mon.countsTitle", locale), [listedColumn, ...evaluatedColumns], lines, locale);
    table(b, tr("registers.mon.muniTitle", locale), [...shareColumns, leftColumn, posColumn], lines, locale);
  }
}

/** A titled table of the block: header, one row per line, the total in bold. */
function table(b: FormBuilder, title: string, columns: readonly BlockColumn[], lines: (first: number) => Line[], locale: Locale): void {
  b.extraRow([]);
  b.extraRow([null, title], [undefined, TITLE]);
  const head: PlanCell[] = [tr("reports.no", locale), tr("registers.municipality", locale), null, ...columns.map((c) => c.head)];
  const first = b.extraRow(head, Array(head.length).fill(HEAD), [LABEL]) + 1;
  columns.forEach((c, j) => (c.at = { row: first, column: FIRST + j }));
  const label = { ...TABLE, hAlign: "left" as const };
  const plain = [COUNT, label, label, ...columns.map((c) => c.style)];
  const bold = plain.map((style) => ({ ...style, bold: true }));
  lines(first).forEach((line, k) => {
    const cells: PlanCell[] = [line.number, line.label, null, ...columns.map((c) => c.cell(line, k))];
    b.extraRow(cells, line.crit === null ? bold : plain, [LABEL]);
  });
}

export function addMeansBlock(b: FormBuilder, p: MonitoringParams, rows: readonly SchoolRow[], locale: Locale): ChartSpec[] {
  if (!p.indicators.length) return [];
  const n = p.labels.length;
  const cohort = absolute(b.dataRange("cohort"));
  b.extraRow([]);
  b.extraRow([null, tr("registers.mon.meansTitle", locale, { first: p.labels[0] })], [undefined, TITLE]);
  const headRow = b.extraRow([null, tr("registers.diag.indicator", locale), null, ...p.labels], [undefined, ...Array(n + 2).fill(HEAD)], [LABEL]);
  const program = rows.filter((r) => r.cohort);
  const rowOf = new Map<string, number>();
  for (const [j, { id }] of p.indicators.entries()) {
    const format = indicatorFormat(id) ?? "0.00";
    const cells: PlanCell[] = [null, indicatorHeader(id, locale), null];
    for (let i = 0; i < n; i++) {
      const values = program.map((r) => r.values[j * n + i]).filter((v): v is number => typeof v === "number");
      const mean = values.length ? values.reduce((a, v) => a + v, 0) / values.length : "";
      cells.push({ formula: `IFERROR(AVERAGEIF(${cohort},1,${absolute(b.dataRange(`v:${id}:${i}`))}),"")`, result: mean });
    }
    const styles = [undefined, TABLE, TABLE, ...Array(n).fill({ ...TABLE, numberFormat: format, hAlign: "right" })];
    rowOf.set(id, b.extraRow(cells, styles, [LABEL]));
  }

  // One line chart per unit: shares and scores on one axis would flatten the shares.
  const units = new Map<Unit | null, string[]>();
  for (const { id } of p.indicators) units.set(unitOfIndicator(id), [...(units.get(unitOfIndicator(id)) ?? []), id]);
  let top = b.nextRow + 1;
  const end = chartEnd(b);
  const charts: ChartSpec[] = [];
  for (const [unit, ids] of units) {
    charts.push({
      type: "lineMarkers",
      title: tr("registers.mon.chart", locale, { unit: unit ? unitLabel(unit, locale) : "" }),
      categories: rangeOf(headRow, FIRST, headRow, FIRST + n - 1),
      series: ids.map((id) => ({ name: indicatorHeader(id, locale), values: rangeOf(rowOf.get(id) as number, FIRST, rowOf.get(id) as number, FIRST + n - 1) })),
      anchor: { from: address(top, 2), to: address(top + 16, end) },
      yTitle: tr("registers.mon.chartY", locale),
    });
    top += 18;
  }
  return charts;
}

/** Column where a chart from B ends: about 80 characters wide, within the visible columns. */
function chartEnd(b: FormBuilder): number {
  let width = 0;
  let c = 2;
  while (c <= b.lastVisible && width < 80) width += b.columns[c++ - 1].width;
  return c;
}
