/**
 * Writes one SheetPlan into an empty ExcelJS worksheet: values, formulas, styles, merges, widths,
 * conditional formats, list validations, frozen panes, print setup, tab colour, tables and autofilter.
 * Workbook-wide parts (defined names, meta, charts) are the adapter's.
 */
import type ExcelJS from "exceljs";
import type { CellStyle, CellValue, SheetPlan, TableSpec } from "../reports/sheetPlan";
import { address, isFormula, parseRange } from "../reports/sheetPlan";
import { t } from "../i18n";
import { plainValue } from "./exceljsGrid";
import { uniqueHeaderNames } from "./xlsxStream/tables";
import {
  DEFAULT_FONT, TEXT_FORMAT, bareFormula, footerSections, hiddenColumnIndices, inlineList, literalValue, needsTextFormat,
  planExtent, resolveStyles, wrappedRowHeights, type Extent, type StyleGrid,
} from "./planStyles";

const argb = (rgb: string): string => `FF${rgb.replace(/^#/, "").toUpperCase()}`;
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };
const VALIDATION_TITLE_MAX = 32;
const VALIDATION_TEXT_MAX = 255;

/** One ExcelJS style object per (style, text) pair: cells share it, and nothing mutates it afterwards. */
function excelStyle(style: CellStyle, text: boolean, fontName: string): Partial<ExcelJS.Style> {
  const font: Partial<ExcelJS.Font> = { name: fontName, size: style.fontSize ?? DEFAULT_FONT.size };
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.fontColor) font.color = { argb: argb(style.fontColor) };
  const out: Partial<ExcelJS.Style> = { font };
  if (style.fill) out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.hAlign || style.vAlign || style.wrap !== undefined) {
    out.alignment = {
      ...(style.hAlign ? { horizontal: style.hAlign } : {}),
      ...(style.vAlign ? { vertical: style.vAlign } : {}),
      ...(style.wrap !== undefined ? { wrapText: style.wrap } : {}),
    };
  }
  if (style.border === "thin") out.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  const numFmt = text ? TEXT_FORMAT : style.numberFormat;
  if (numFmt) out.numFmt = numFmt;
  if (style.input) out.protection = { locked: false };
  return out;
}

/** Values and styles of every cell of the plan's extent; text that Excel could misread gets "@". */
function writeCells(ws: ExcelJS.Worksheet, plan: SheetPlan, grid: StyleGrid): void {
  const extent: Extent = grid;
  // By style id × 2 + text flag.
  const cache: Partial<ExcelJS.Style>[] = [];
  for (let r = 1; r <= extent.rows; r++) {
    const planRow = plan.cells[r - 1] ?? [];
    const row = ws.getRow(r);
    for (let c = 1; c <= extent.columns; c++) {
      const planCell = planRow[c - 1] ?? null;
      const id = grid.ids[(r - 1) * extent.columns + (c - 1)];
      if (planCell === null && id === 0) continue;
      const cell = row.getCell(c);
      let text = false;
      if (isFormula(planCell)) {
        const result = planCell.result ?? undefined;
        cell.value = result === undefined || result === null
          ? { formula: bareFormula(planCell.formula) }
          : ({ formula: bareFormula(planCell.formula), result } as ExcelJS.CellFormulaValue);
      } else {
        const value = literalValue(planCell);
        text = typeof value === "string" && needsTextFormat(value);
        cell.value = value;
      }
      const key = id * 2 + (text ? 1 : 0);
      cell.style = cache[key] ??= excelStyle(grid.styles[id], text, plan.fontName ?? DEFAULT_FONT.name);
    }
  }
}

function writeLayout(ws: ExcelJS.Worksheet, plan: SheetPlan, grid: StyleGrid): void {
  plan.columnWidths.forEach((width, i) => {
    if (width > 0) ws.getColumn(i + 1).width = width;
  });
  for (const c of hiddenColumnIndices(plan.hiddenColumns ?? [])) ws.getColumn(c).hidden = true;
  for (const [row, height] of wrappedRowHeights(plan, grid)) ws.getRow(row).height = height;
  for (const [row, height] of Object.entries(plan.rowHeights ?? {})) ws.getRow(Number(row)).height = height;
  // After styles: merging must not copy the master's style over cells the plan styled itself.
  for (const range of plan.merges) ws.mergeCellsWithoutStyle(range);
  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.columns > 0)) {
    const { rows, columns } = plan.freeze;
    const topLeftCell = address(rows + 1, columns + 1);
    ws.views = [{ state: "frozen", xSplit: columns, ySplit: rows, topLeftCell, activeCell: topLeftCell }];
  }
  if (plan.tabColor) ws.properties.tabColor = { argb: argb(plan.tabColor) };
}

function writeRules(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  (plan.conditionalFormats ?? []).forEach((cf, i) => {
    const style: Partial<ExcelJS.Style> = {};
    // Differential formats keep a solid fill's colour in bgColor; fgColor too for readers that look there.
    if (cf.style.fill) style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.style.fill) }, fgColor: { argb: argb(cf.style.fill) } };
    if (cf.style.fontColor || cf.style.bold !== undefined) {
      style.font = { ...(cf.style.fontColor ? { color: { argb: argb(cf.style.fontColor) } } : {}), ...(cf.style.bold !== undefined ? { bold: cf.style.bold } : {}) };
    }
    ws.addConditionalFormatting({ ref: cf.range, rules: [{ type: "expression", priority: i + 1, formulae: [bareFormula(cf.formula)], style }] });
  });
  // ExcelJS has worksheet.dataValidations (whole ranges as keys) but leaves it out of its typings.
  const validations = (ws as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }).dataValidations;
  for (const v of plan.validations ?? []) {
    validations.add(v.range, {
      type: "list",
      allowBlank: true,
      formulae: [`"${inlineList(v.values).replace(/"/g, '""')}"`],
      showErrorMessage: true,
      errorStyle: v.strict === false ? "warning" : "stop",
      errorTitle: t("workbook.validationTitle").slice(0, VALIDATION_TITLE_MAX),
      error: v.error.slice(0, VALIDATION_TEXT_MAX),
    });
  }
}

function writePrint(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  const print = plan.print;
  if (!print) return;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: print.orientation,
    ...(print.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : { fitToPage: false }),
    ...(print.titleRows ? { printTitlesRow: print.titleRows.replace(/\$/g, "") } : {}),
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  if (print.footer) {
    const s = footerSections(print.footer);
    ws.headerFooter.oddFooter = `${s.left ? `&L${s.left}` : ""}${s.center ? `&C${s.center}` : ""}${s.right ? `&R${s.right}` : ""}`;
  }
}

/** Excel wants table headers to be unique non-empty text: the header cells are rewritten to match. */
function tableHeaders(ws: ExcelJS.Worksheet, row: number, from: number, to: number): string[] {
  const values: CellValue[] = [];
  for (let c = from; c <= to; c++) values.push(plainValue(ws.getCell(row, c).value));
  return uniqueHeaderNames(values);
}

/**
 * ExcelJS tables write their header and rows into the cells themselves: pass back exactly the values
 * already written, so the cells (and their styles, which a table without column styles leaves alone)
 * stay as the plan made them.
 */
function writeTable(ws: ExcelJS.Worksheet, spec: TableSpec, name: string): void {
  const { start, end } = parseRange(spec.range);
  const columns = tableHeaders(ws, start.row, start.column, end.column).map((n) => ({ name: n, filterButton: true }));
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = start.row + 1; r <= end.row; r++) {
    const row: ExcelJS.CellValue[] = [];
    for (let c = start.column; c <= end.column; c++) row.push(ws.getCell(r, c).value);
    rows.push(row);
  }
  // A table needs at least one data row.
  if (!rows.length) rows.push(columns.map(() => null));
  ws.addTable({
    name,
    displayName: name,
    ref: address(start.row, start.column),
    headerRow: true,
    totalsRow: false,
    style: { theme: (spec.style ?? "TableStyleMedium2") as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns,
    rows,
  });
}

/** The whole plan into a fresh worksheet; `tableNames` maps plan table names to free workbook names. */
export function writePlanToWorksheet(ws: ExcelJS.Worksheet, plan: SheetPlan, tableNames: Map<string, string>): Extent {
  const extent = planExtent(plan);
  const grid = resolveStyles(plan, extent);
  writeCells(ws, plan, grid);
  writeLayout(ws, plan, grid);
  writeRules(ws, plan);
  writePrint(ws, plan);
  for (const spec of plan.tables ?? []) writeTable(ws, spec, tableNames.get(spec.name) ?? spec.name);
  if (plan.autoFilter) ws.autoFilter = plan.autoFilter;
  return extent;
}
