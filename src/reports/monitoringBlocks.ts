/**
 * The blocks under the monitoring sheet's school table (monitoring.ts), as live formulas over its hidden
 * code, cohort and left columns with cached results:
 * - municipal indicators per municipality and in total: schools, share of ШНОР (status low results or
 *   both) among the schools classified at each round, share of program schools that left the list by the
 *   last round, share of program schools with positive dynamics;
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
  cohort: boolean;
  left: CellValue;
  pos: CellValue;
}

const HEAD: CellStyle = { ...TABLE, bold: true, hAlign: "center", vAlign: "middle" };
const TITLE: CellStyle = { bold: true, wrap: false, hAlign: "left" };
const SHARE: CellStyle = { ...TABLE, numberFormat: "0.0%", hAlign: "right" };
const COUNT: CellStyle = { ...TABLE, numberFormat: "0", hAlign: "center" };
/** Label cells span columns B:C (municipality and school), so numbers start under the first value column. */
const LABEL: [number, number] = [2, 3];
const FIRST = 4;

const share = (part: number, whole: number): CellValue => (whole ? part / whole : "");

export function addMunicipalBlock(b: FormBuilder, p: MonitoringParams, rows: readonly SchoolRow[], labels: StatusLabels, locale: Locale): void {
  const n = p.labels.length;
  const yes = tr("registers.yes", locale);
  const no = tr("registers.no", locale);
  const R = (key: string) => absolute(b.dataRange(key));
  const [mun, cohort, left, pos] = [R("municipality"), R("cohort"), R("left"), R("pos")];
  const codes = p.labels.map((_, i) => R(`code:${i}`));
  const width = FIRST + n + 2;

  b.extraRow([]);
  b.extraRow([null, tr("registers.mon.muniTitle", locale)], [undefined, TITLE]);
  const head: PlanCell[] = [tr("reports.no", locale), tr("registers.municipality", locale), null, tr("registers.mon.schools", locale)];
  // Years, not stage names: these headers sit in the table's narrow value columns.
  p.years.forEach((year) => head.push(tr("registers.mon.lowShare", locale, { label: labels.low_results, round: year })));
  head.push(tr("registers.mon.leftShare", locale, { last: tr("registers.mon.year", locale, { year: p.years[n - 1] }) }), tr("registers.mon.posShare", locale));
  b.extraRow(head, Array(width).fill(HEAD), [LABEL]);

  const names = [...new Set(rows.map((r) => r.municipality))].sort((a, b) => compareMunicipalities(a, b, locale));
  /** One row: a municipality (crit: its COUNTIFS criterion) or the total (crit null: no municipality condition). */
  const line = (label: string, number: number | null, group: readonly SchoolRow[], crit: string | null) => {
    const ifs = (...pairs: string[]) => `COUNTIFS(${[...(crit === null ? [] : [mun, crit]), ...pairs].join(",")})`;
    const cells: PlanCell[] = [number, label, null, { formula: crit === null ? `COUNTA(${mun})` : ifs(), result: group.length }];
    codes.forEach((code, i) => {
      const classified = ifs(code, '"<>"');
      const known = group.filter((r) => r.codes[i] !== null);
      cells.push({
        formula: `IF(${classified}=0,"",(${ifs(code, str("low_results"))}+${ifs(code, str("both"))})/${classified})`,
        result: share(known.filter((r) => isLow(r.codes[i])).length, known.length),
      });
    });
    const stayed = ifs(left, '">=0"');
    const flagged = group.filter((r) => typeof r.left === "number");
    cells.push({ formula: `IF(${stayed}=0,"",${ifs(left, "1")}/${stayed})`, result: share(flagged.filter((r) => r.left === 1).length, flagged.length) });
    const judged = `(${ifs(cohort, "1", pos, str(yes))}+${ifs(cohort, "1", pos, str(no))})`;
    const cohortRows = group.filter((r) => r.cohort && (r.pos === yes || r.pos === no));
    cells.push({
      formula: `IF(${judged}=0,"",${ifs(cohort, "1", pos, str(yes))}/${judged})`,
      result: share(cohortRows.filter((r) => r.pos === yes).length, cohortRows.length),
    });
    const bold = crit === null ? { bold: true } : {};
    const styles = cells.map((_, i) => ({ ...(i === 0 || i === FIRST - 1 ? COUNT : i < FIRST - 1 ? { ...TABLE, hAlign: "left" as const } : SHARE), ...bold }));
    b.extraRow(cells, styles, [LABEL]);
  };
  const byName = new Map<string, SchoolRow[]>();
  for (const r of rows) {
    const group = byName.get(r.municipality);
    if (group) group.push(r);
    else byName.set(r.municipality, [r]);
  }
  names.forEach((name, i) => line(name, i + 1, byName.get(name) ?? [], exactCriterion(address(b.nextRow, LABEL[0]), name)));
  line(tr("registers.total", locale), null, rows, null);
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
