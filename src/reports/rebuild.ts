/**
 * Rebuilding a generated sheet without losing what the user typed. The new plan is built from the
 * template as usual; mergeUserInput then carries the old sheet's input values into it by row key and
 * column key (never by position), regenerates the formulas of the rows it changed through the report's
 * row model, and appends what has no place in the new build under section rows at the end of the data
 * block: rows whose key the new template lacks but that hold input, and rows the user added by hand.
 */
import { t, type Locale } from "../i18n";
import { compressStyles, dataBlockEnd, isBlank, rowByKey, rowHeights, type StyleGrid } from "./formulas";
import { dataStyle, KEY, sectionStyle, TABLE, type RowModel } from "./layout";
import { monitoringModel, monitoringParamsOf } from "./monitoringModel";
import { registerModel, registerParamsOf } from "./registerModel";
import { riskModel } from "./riskProfile";
import { roadmapModel } from "./roadmapModel";
import { isFormula, parseRange, rangeOf, type CellValue, type PlanCell, type SheetMeta, type SheetPlan } from "./sheetPlan";
import { targetModel, type TargetMode } from "./targetsModel";

export interface OldSheet {
  /** The old sheet's values from A1, as a WorkbookPort reads them. */
  values: readonly (readonly CellValue[])[];
  meta: SheetMeta;
}

export interface MergeResult {
  plan: SheetPlan;
  /** Input values carried into rows of the new build where they differ from what it wrote. */
  kept: number;
  /** Rows appended because the new template lacks their key. */
  orphans: number;
  /** Rows the user had added by hand (no key), appended. */
  added: number;
}

/** The row model a sheet was built with, from its meta (kind and params). */
export function rowModelFor(meta: SheetMeta): RowModel {
  const p = meta.params ?? {};
  const locale: Locale = p.locale === "en" ? "en" : "ru";
  const fromYear = Number(p.fromYear);
  const toYear = Number(p.toYear);
  const years = () => {
    if (!Number.isInteger(fromYear) || !Number.isInteger(toYear) || toYear < fromYear) throw new Error(`Sheet meta without program years: ${meta.kind}`);
    return { fromYear, toYear, locale };
  };
  switch (meta.kind) {
    case "targets": return targetModel({ ...years(), mode: (p.mode as TargetMode | undefined) ?? "both" });
    case "roadmap": return roadmapModel(years());
    case "risk-profile": return riskModel({ locale });
    case "register": return registerModel(registerParamsOf(p));
    case "monitoring": return monitoringModel(monitoringParamsOf(p));
    default: throw new Error(`No row model for sheet kind ${meta.kind}`);
  }
}

const literal = (cell: PlanCell | undefined): CellValue => (cell === undefined || isFormula(cell) ? null : cell);

/**
 * The new plan with the old sheet's input carried over. `model` is the row model the new plan was
 * built with: by default the one its kind names (targets, roadmap, risk-profile); other reports pass
 * their own.
 */
export function mergeUserInput(newPlan: SheetPlan, old: OldSheet, model: RowModel = rowModelFor(newPlan.meta)): MergeResult {
  if (old.meta.kind !== newPlan.meta.kind) throw new Error(`Cannot merge a ${old.meta.kind} sheet into a ${newPlan.meta.kind} sheet`);
  const plan = structuredClone(newPlan);
  const { meta } = plan;
  const literalsOf = (row: number) => new Map(meta.columns.map((c) => [c.key, literal(plan.cells[row - 1]?.[c.column - 1])]));
  const rowOfKey = new Map<string, number>();
  for (let r = meta.firstRow; r <= meta.lastRow; r++) {
    const key = plan.cells[r - 1]?.[meta.keyColumn - 1];
    if (typeof key === "string" && key) rowOfKey.set(key, r);
  }
  const oldInputs = new Set(old.meta.columns.filter((c) => c.input).map((c) => c.key));
  const newInputs = meta.columns.filter((c) => c.input && oldInputs.has(c.key));
  const holds = model.holdsInput ?? ((v: ReadonlyMap<string, CellValue>) => [...oldInputs].some((k) => !isBlank(v.get(k))));

  let kept = 0;
  const dirty = new Set<number>();
  const orphans: Map<string, CellValue>[] = [];
  const added: Map<string, CellValue>[] = [];
  for (let r = old.meta.firstRow; r <= dataBlockEnd(old.values, old.meta); r++) {
    const values = rowByKey(old.values, r, old.meta);
    if (model.readInput) for (const k of oldInputs) values.set(k, model.readInput(k, values.get(k) ?? null));
    const key = values.get(KEY);
    if (typeof key !== "string" || !key.trim()) {
      // A section row has text in column 1 only; anything else without a key was typed by the user.
      const typed = old.meta.columns.some((c) => c.column > 1 && !model.computed.has(c.key) && !isBlank(values.get(c.key)));
      if (typed) added.push(values);
      continue;
    }
    const row = rowOfKey.get(key);
    if (row === undefined) {
      if (holds(values)) orphans.push(values);
      continue;
    }
    const fresh = literalsOf(row);
    for (const c of newInputs) {
      const v = values.get(c.key) ?? null;
      if (isBlank(v) || !(model.keepInput?.(c.key, values, fresh) ?? true)) continue;
      if (v !== fresh.get(c.key)) kept++;
      plan.cells[row - 1][c.column - 1] = v;
      dirty.add(row);
    }
  }
  for (const row of dirty) {
    const { cells } = model.compute(row, literalsOf(row));
    for (const [key, cell] of Object.entries(cells)) plan.cells[row - 1][(model.columns.findIndex((c) => c.key === key))] = cell;
  }
  const groups = [
    { title: t("reports.rebuild.orphans", {}, localeOf(meta)), rows: orphans },
    { title: t("reports.rebuild.added", {}, localeOf(meta)), rows: added },
  ].filter((g) => g.rows.length);
  if (groups.length) append(plan, model, groups);
  return { plan, kept, orphans: orphans.length, added: added.length };
}

const localeOf = (meta: SheetMeta): Locale => (meta.params?.locale === "en" ? "en" : "ru");

/** Appends section rows and their rows after the data block, with the model's formulas and styles. */
function append(plan: SheetPlan, model: RowModel, groups: { title: string; rows: Map<string, CellValue>[] }[]): void {
  const { meta } = plan;
  const at = Math.max(meta.lastRow, meta.firstRow - 1) + 1;
  const count = groups.reduce((n, g) => n + 1 + g.rows.length, 0);
  insertRows(plan, at, count);
  const width = model.columns.length;
  const span = model.sectionSpan ?? model.columns.reduce((last, c, i) => (c.hidden ? last : i + 1), 0);
  const noColumn = model.columns.findIndex((c) => c.key === "no");
  let number = 0;
  for (let r = meta.firstRow; r < at; r++) number = Math.max(number, Number(plan.cells[r - 1]?.[noColumn]) || 0);

  const cells: PlanCell[][] = [];
  const styles: StyleGrid = [];
  const merges: string[] = [];
  for (const group of groups) {
    const row = at + cells.length;
    cells.push(model.columns.map((_, i) => (i === 0 ? group.title : null)));
    styles.push(model.columns.map((_, i) => (i < span ? sectionStyle() : TABLE)));
    if (span > 1) merges.push(rangeOf(row, 1, row, span));
    for (const values of group.rows) {
      const r = at + cells.length;
      const literals = new Map(model.columns.map((c) => [c.key, model.computed.has(c.key) ? null : values.get(c.key) ?? null]));
      if (noColumn >= 0) literals.set("no", ++number);
      const made = model.compute(r, literals);
      cells.push(model.columns.map((c) => made.cells[c.key] ?? literals.get(c.key) ?? null));
      styles.push(model.columns.map((c) => dataStyle(c, made.styles?.[c.key])));
    }
  }
  cells.forEach((rowCells, i) => (plan.cells[at - 1 + i] = rowCells.slice(0, width)));
  plan.styles.push(...compressStyles(styles, at));
  plan.merges.push(...merges);
  plan.rowHeights = { ...plan.rowHeights, ...rowHeights(cells, styles, merges, model.columns.map((c) => (c.hidden ? 0 : c.width)), at) };
  const last = at + count - 1;
  // Conditional formats and drop-downs of the data block start at its first row: stretch them.
  const stretch = <T extends { range: string }>(list: T[] | undefined) =>
    list?.forEach((item) => {
      const { start, end } = parseRange(item.range);
      if (start.row === meta.firstRow) item.range = rangeOf(start.row, start.column, Math.max(end.row, last), end.column);
    });
  stretch(plan.conditionalFormats);
  stretch(plan.validations);
  meta.lastRow = last;
}

/**
 * Makes room for `n` rows at `at` as Excel's row insertion does: cells, ranges, row heights, charts and
 * every A1 reference in formulas at or below `at` move down (a monitoring sheet has blocks below its
 * data; the targets and roadmap sheets have nothing there).
 */
function insertRows(plan: SheetPlan, at: number, n: number): void {
  const width = plan.cells[0]?.length ?? 0;
  const blank = () => Array.from({ length: width }, () => null as PlanCell);
  while (plan.cells.length < at - 1) plan.cells.push(blank());
  plan.cells.splice(at - 1, 0, ...Array.from({ length: n }, blank));
  const shift = (row: number) => (row >= at ? row + n : row);
  const move = (range: string): string => {
    const { start, end } = parseRange(range);
    return rangeOf(shift(start.row), start.column, shift(end.row), end.column);
  };
  const moveRefs = (formula: string): string => shiftReferences(formula, shift);
  for (const row of plan.cells) {
    row.forEach((cell, i) => {
      if (isFormula(cell)) row[i] = { ...cell, formula: moveRefs(cell.formula) };
    });
  }
  plan.styles.forEach((s) => (s.range = move(s.range)));
  plan.merges = plan.merges.map(move);
  plan.conditionalFormats?.forEach((c) => Object.assign(c, { range: move(c.range), formula: moveRefs(c.formula) }));
  plan.validations?.forEach((v) => (v.range = move(v.range)));
  plan.names?.forEach((nm) => (nm.range = move(nm.range)));
  plan.tables?.forEach((tb) => (tb.range = move(tb.range)));
  plan.charts?.forEach((ch) => {
    ch.categories = move(ch.categories);
    ch.series.forEach((se) => (se.values = move(se.values)));
    ch.anchor = { from: move(ch.anchor.from).split(":")[0], to: move(ch.anchor.to).split(":")[0] };
  });
  if (plan.autoFilter) plan.autoFilter = move(plan.autoFilter);
  if (plan.rowHeights) {
    plan.rowHeights = Object.fromEntries(Object.entries(plan.rowHeights).map(([r, h]) => [shift(Number(r)), h]));
  }
}

// A reference into another sheet ('X'!A1:B2, Лист1!A1), kept as it is: rows move on this sheet only.
const OTHER_SHEET = String.raw`(?:'(?:[^']|'')*'|[\p{L}\p{N}_.]+)!\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?`;
// An A1 reference outside string literals, not part of a name (LOG10, ATAN2).
const PLAIN = String.raw`(?<![\p{L}\p{N}_.!$])(\$?[A-Z]{1,3}\$?)(\d+)(?![\p{L}\p{N}_(])`;
const REFERENCE = new RegExp(`${OTHER_SHEET}|${PLAIN}`, "gu");

/** A formula with the row number of every same-sheet A1 reference mapped by `shift`. */
export function shiftReferences(formula: string, shift: (row: number) => number): string {
  return formula
    .split('"')
    .map((part, i) => (i % 2 ? part : part.replace(REFERENCE, (whole: string, column?: string, row?: string) =>
      column === undefined || row === undefined ? whole : `${column}${shift(Number(row))}`)))
    .join('"');
}
