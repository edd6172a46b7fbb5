/**
 * Test helpers for SheetPlans: a compact, reviewable description for golden snapshots; evaluation of a
 * plan's formulas in HyperFormula (a real spreadsheet engine, tests only); and the values grid a
 * workbook would read back after the user typed into some cells.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import { address, isFormula, parseRange, type CellStyle, type CellValue, type PlanCell, type SheetPlan } from "../../src/reports/sheetPlan";

const show = (v: CellValue | undefined): string => (typeof v === "string" ? JSON.stringify(v) : String(v));

/** One line per non-blank cell, range-style lists for the rest: reviewable in a snapshot diff. */
export function describePlan(plan: SheetPlan): Record<string, unknown> {
  const cells: string[] = [];
  plan.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell === null) return;
      const at = address(r + 1, c + 1);
      cells.push(isFormula(cell) ? `${at} =${cell.formula} -> ${show(cell.result)}` : `${at} ${show(cell)}`);
    }),
  );
  return {
    name: plan.name,
    cells,
    styles: plan.styles.map((s) => `${s.range} ${JSON.stringify(s.style)}`),
    merges: plan.merges.join(" "),
    columnWidths: plan.columnWidths.join(" "),
    hiddenColumns: plan.hiddenColumns,
    rowHeights: plan.rowHeights,
    conditionalFormats: plan.conditionalFormats?.map((f) => `${f.range} ${f.formula} ${JSON.stringify(f.style)}`),
    validations: plan.validations,
    freeze: plan.freeze,
    print: plan.print,
    meta: { ...plan.meta, columns: plan.meta.columns.map((c) => `${c.column}:${c.key}${c.input ? "*" : ""}`).join(" ") },
  };
}

/** Literal values of a plan as a grid, formulas replaced by their cached results (what a file shows). */
export function cachedGrid(plan: SheetPlan): CellValue[][] {
  return plan.cells.map((row) => row.map((cell) => (isFormula(cell) ? cell.result ?? null : cell)));
}

/**
 * The plan's formulas calculated by HyperFormula; returns the grid of values. `edits` overwrite cells
 * first ("F7" -> value), as if typed. Errors come back as their code ("#DIV/0!").
 */
export function evaluate(plan: SheetPlan, edits: Record<string, CellValue> = {}): CellValue[][] {
  const sheet: unknown[][] = plan.cells.map((row) =>
    row.map((cell: PlanCell) => {
      if (isFormula(cell)) return `=${cell.formula}`;
      // HyperFormula would parse text starting with "=" as a formula; these tests do not need it.
      if (typeof cell === "string" && cell.startsWith("=")) throw new Error(`Text that looks like a formula: ${cell}`);
      return cell;
    }),
  );
  for (const [at, value] of Object.entries(edits)) {
    const m = /^([A-Z]+)(\d+)$/.exec(at);
    if (!m) throw new Error(at);
    let c = 0;
    for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64;
    const r = Number(m[2]);
    while (sheet.length < r) sheet.push([]);
    sheet[r - 1][c - 1] = value;
  }
  const engine = HyperFormula.buildFromArray(sheet as never, { licenseKey: "gpl-v3", smartRounding: false });
  const values = engine.getSheetValues(0).map((row) =>
    row.map((v) => (v instanceof DetailedCellError ? v.value : (v as CellValue) ?? null)),
  );
  engine.destroy();
  return values;
}

/** The style of one cell (1-based): every range covering it, overlaid in order. */
export function styleAt(plan: SheetPlan, row: number, column: number): CellStyle {
  let out: CellStyle = {};
  for (const { range, style } of plan.styles) {
    const { start, end } = parseRange(range);
    if (row >= start.row && row <= end.row && column >= start.column && column <= end.column) out = { ...out, ...style };
  }
  return out;
}

/** How many styled ranges cover each cell at most: 1 when ranges never overlap. */
export function maxOverlap(plan: SheetPlan): number {
  const seen = new Map<string, number>();
  for (const { range } of plan.styles) {
    const { start, end } = parseRange(range);
    for (let r = start.row; r <= end.row; r++) {
      for (let c = start.column; c <= end.column; c++) seen.set(`${r}:${c}`, (seen.get(`${r}:${c}`) ?? 0) + 1);
    }
  }
  return Math.max(0, ...seen.values());
}

/** 0-based column index of a meta column key; throws on a key the sheet does not have (a misspelt key must fail). */
export function col(plan: SheetPlan, key: string): number {
  const c = plan.meta.columns.find((x) => x.key === key);
  if (!c) throw new Error(`no column «${key}» on ${plan.name}: ${plan.meta.columns.map((x) => x.key).join(", ")}`);
  return c.column - 1;
}

/** 0-based row index of a row key (the key column), -1 when absent. */
export const rowOf = (plan: SheetPlan, key: string): number => plan.cells.findIndex((r) => r[plan.meta.keyColumn - 1] === key);

/** What a cell shows: a formula its cached result. */
export const value = (cell: PlanCell): unknown => (isFormula(cell) ? cell.result : cell);

