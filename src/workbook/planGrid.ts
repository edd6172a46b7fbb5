/**
 * A Grid read from a SheetPlan, as the ExcelJS adapter reads the same plan once written: literal values,
 * formulas' cached results (or null), table header cells as the tables name them, nothing in cells a
 * merge covers, rows down to the last row the writer touches, and the plan's merges. Also the crop of
 * a grid to an A1 range, shared by the file adapters.
 */
import type { CellValue, SheetPlan } from "../reports/sheetPlan";
import { isFormula, parseRange, rangeOf } from "../reports/sheetPlan";
import { literalValue, planExtent } from "./planStyles";
import type { Grid } from "./port";
import { headerOverrides, tableBoxes } from "./xlsxStream/tables";

const ROW_KEY = 16_384;

/** The sheet's used area from A1, dense, with its merged ranges; `tableNames`: the tables' names. */
export function gridFromPlan(sheet: string, plan: SheetPlan, tableNames: readonly string[] = []): Grid {
  const boxes = tableBoxes(plan, tableNames);
  const headers = headerOverrides(boxes);
  const away = new Set<number>();
  const merges: string[] = [];
  let rows = planExtent(plan).rows;
  let any = plan.merges.length > 0;
  for (const m of plan.merges) {
    const { start, end } = parseRange(m);
    merges.push(rangeOf(start.row, start.column, end.row, end.column));
    rows = Math.max(rows, end.row);
    for (let r = start.row; r <= end.row; r++) for (let c = start.column; c <= end.column; c++) if (r !== start.row || c !== start.column) away.add(r * ROW_KEY + c);
  }
  for (const row of Object.keys(plan.rowHeights ?? {})) rows = Math.max(rows, Number(row));
  for (const box of boxes) rows = Math.max(rows, box.r2);

  const values: CellValue[][] = [];
  let columns = 0;
  for (let r = 1; r <= rows; r++) {
    const planRow = plan.cells[r - 1] ?? [];
    const out: CellValue[] = [];
    let used = 0;
    const width = Math.max(planRow.length, ...boxes.filter((b) => b.r1 === r).map((b) => b.c2));
    for (let c = 1; c <= width; c++) {
      const key = r * ROW_KEY + c;
      const header = headers.get(key);
      const cell = planRow[c - 1] ?? null;
      let value: CellValue = null;
      let present = false;
      if (header !== undefined) [value, present] = [header, true];
      else if (away.has(key)) present = false;
      else if (isFormula(cell)) [value, present] = [cell.result ?? null, true];
      else {
        value = literalValue(cell);
        present = value !== null;
      }
      out.push(value);
      if (present) used = c;
    }
    out.length = used;
    if (used) any = true;
    columns = Math.max(columns, used);
    values.push(out);
  }
  if (!any) return { sheet, origin: { row: 1, column: 1 }, values: [], merges };
  for (const row of values) while (row.length < columns) row.push(null);
  return { sheet, origin: { row: 1, column: 1 }, values, merges };
}

/** The part of a grid inside an A1 range, padded with blanks where the sheet has nothing. */
export function cropGrid(grid: Grid, range: string): Grid {
  const { start, end } = parseRange(range);
  const values: CellValue[][] = [];
  for (let r = start.row; r <= end.row; r++) {
    const row: CellValue[] = [];
    for (let c = start.column; c <= end.column; c++) row.push(grid.values[r - 1]?.[c - 1] ?? null);
    values.push(row);
  }
  const merges = grid.merges.filter((m) => {
    const box = parseRange(m);
    return box.start.row <= end.row && box.end.row >= start.row && box.start.column <= end.column && box.end.column >= start.column;
  });
  return { sheet: grid.sheet, origin: { row: start.row, column: start.column }, values, merges };
}
