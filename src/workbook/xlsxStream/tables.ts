/**
 * Excel tables (ListObjects) of a plan: the box a table covers and its column names, which Excel wants
 * unique and equal to the header cells (the header cells are written with these names, as the ExcelJS
 * writer rewrites them), and the table part itself.
 */
import { isFormula, parseRange, type CellValue, type PlanCell, type SheetPlan, type TableSpec } from "../../reports/sheetPlan";
import { rangeOf } from "../../reports/sheetPlan";
import { literalValue } from "../planStyles";
import { NS_MAIN, XML_HEAD, escapeAttr } from "./xml";

export interface TableBox {
  spec: TableSpec;
  /** Unique in the workbook (tables and defined names share a namespace). */
  name: string;
  r1: number;
  c1: number;
  r2: number;
  c2: number;
  /** Column names, left to right: the header cells' text. */
  columns: string[];
}

/** What a cell shows as a value: a formula its cached result. */
export function shownValue(cell: PlanCell): CellValue {
  if (isFormula(cell)) return cell.result ?? null;
  return literalValue(cell);
}

/**
 * Table column names from the header cells' values, as Excel wants them: unique and non-empty. Blanks
 * become ColumnN, repeats get 2, 3 … (case-insensitive).
 */
export function uniqueHeaderNames(values: readonly CellValue[]): string[] {
  const seen = new Set<string>();
  return values.map((raw, j) => {
    const base = raw === null || String(raw).trim() === "" ? `Column${j + 1}` : String(raw).trim();
    let name = base;
    for (let i = 2; seen.has(name.toLowerCase()); i++) name = `${base}${i}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

/** The header names of a plan's table in `row`, columns `from`…`to`. */
export function headerNames(plan: SheetPlan, row: number, from: number, to: number): string[] {
  const values: CellValue[] = [];
  for (let c = from; c <= to; c++) values.push(shownValue(plan.cells[row - 1]?.[c - 1] ?? null));
  return uniqueHeaderNames(values);
}

/** The tables of a plan with their boxes; a table needs a data row, so a header-only one gets a blank row. */
export function tableBoxes(plan: SheetPlan, names: readonly string[]): TableBox[] {
  return (plan.tables ?? []).map((spec, i) => {
    const { start, end } = parseRange(spec.range);
    const r2 = Math.max(end.row, start.row + 1);
    return { spec, name: names[i] ?? spec.name, r1: start.row, c1: start.column, r2, c2: end.column, columns: headerNames(plan, start.row, start.column, end.column) };
  });
}

/** Header cell overrides of a sheet's tables, by row × 16,384 + column. */
export function headerOverrides(boxes: readonly TableBox[]): Map<number, string> {
  const out = new Map<number, string>();
  for (const box of boxes) box.columns.forEach((name, j) => out.set(box.r1 * 16_384 + box.c1 + j, name));
  return out;
}

/** xl/tables/tableN.xml; `id` is unique in the workbook. */
export function tableXml(box: TableBox, id: number): string {
  const ref = rangeOf(box.r1, box.c1, box.r2, box.c2);
  const columns = box.columns.map((name, j) => `<tableColumn id="${j + 1}" name="${escapeAttr(name)}"/>`).join("");
  return (
    `${XML_HEAD}<table xmlns="${NS_MAIN}" id="${id}" name="${escapeAttr(box.name)}" displayName="${escapeAttr(box.name)}" ref="${ref}" ` +
    `headerRowCount="1" totalsRowShown="0"><autoFilter ref="${ref}"/><tableColumns count="${box.columns.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${escapeAttr(box.spec.style ?? "TableStyleMedium2")}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}
