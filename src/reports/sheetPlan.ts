/**
 * A SheetPlan describes one generated sheet as pure data: values, formulas, styles, merges, widths,
 * conditional formats, validations, frozen panes, print setup, names. Report code builds plans; the
 * workbook adapters (Office.js, ExcelJS) write them, so the same sheet is made in Excel, in a file and
 * in tests. Addresses are A1-style, 1-based rows and columns.
 */
import { columnIndex, columnLetter } from "../core/a1";

export { columnIndex, columnLetter };

export type CellValue = string | number | boolean | null;

/** A cell of the grid: a literal value (always written as a value, never parsed as a formula) or a formula. */
export type PlanCell = CellValue | { formula: string; result?: CellValue };

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string; // "RRGGBB"
  fill?: string; // "RRGGBB"
  hAlign?: "left" | "center" | "right";
  vAlign?: "top" | "middle" | "bottom";
  wrap?: boolean;
  numberFormat?: string; // Excel format code, e.g. "0.0%" or "dd.mm.yyyy"
  border?: "thin";
  /** Cells the user is expected to fill: unlocked when the sheet is protected, and kept on rebuild. */
  input?: boolean;
}

export interface StyledRange {
  range: string; // "A5:H40"
  style: CellStyle;
}

export interface ConditionalFormat {
  range: string;
  /** An Excel formula relative to the range's top-left cell, e.g. `$K6="достигнут"`. */
  formula: string;
  style: Pick<CellStyle, "fill" | "fontColor" | "bold">;
}

export interface ListValidation {
  range: string;
  values: string[];
  /** Russian text shown when a value outside the list is typed. */
  error: string;
  /** false: warn but accept other text (default: reject). */
  strict?: boolean;
}

export interface PrintSetup {
  orientation: "landscape" | "portrait";
  paper: "A4";
  fitToWidth: boolean;
  /** Rows repeated at the top of every printed page, e.g. "5:7". */
  titleRows?: string;
  /** Footer with page numbers, e.g. "Страница &P из &N". */
  footer?: string;
}

/** A keyed column of a generated sheet: rebuilds find user input by row key and column key, not by position. */
export interface KeyedColumn {
  /** Stable column key: "actual:2021", "status", "note", an indicator id on the data sheet. */
  key: string;
  /** 1-based column index in this build. */
  column: number;
  /** The user fills it: kept on rebuild, unlocked, never overwritten. */
  input?: boolean;
}

/** What the add-in needs to find its sheet again and keep what the user typed on a rebuild. */
export interface SheetMeta {
  kind: string; // "targets", "roadmap", "register" …
  version: number;
  /** 1-based column holding the stable row key (indicator id, measure key); usually hidden. */
  keyColumn: number;
  columns: KeyedColumn[];
  /** First and last row of the data block (1-based, inclusive); lastRow < firstRow when empty. */
  firstRow: number;
  lastRow: number;
  /** What the sheet was built from (template id, years …), so a ribbon click can rebuild it. */
  params?: Record<string, unknown>;
}

/** A native Excel chart over ranges of the same sheet. */
export interface ChartSpec {
  type: "columnClustered" | "columnStacked" | "barClustered" | "barStacked" | "line" | "lineMarkers";
  title: string;
  /** Category labels, one column (or row) range, e.g. "A6:A32". */
  categories: string;
  /** One range per series, parallel to categories; `name` is the legend text. */
  series: { name: string; values: string }[];
  /** Top-left and bottom-right cells the chart covers. */
  anchor: { from: string; to: string };
  xTitle?: string;
  yTitle?: string;
  /** Step between value-axis labels (counts of schools: whole numbers, not 0.5). */
  yMajorUnit?: number;
  /** Number format of the value-axis labels, e.g. "0" or "0%". */
  yFormat?: string;
}

/** An Excel table (ListObject) over a block of the sheet, header row included. */
export interface TableSpec {
  name: string;
  range: string;
  style?: string; // "TableStyleMedium2"
  showTotals?: false;
}

export interface SheetPlan {
  name: string;
  /** Font of every cell (default Calibri); official forms use Times New Roman. */
  fontName?: string;
  /** Dense grid, rows × columns; shorter rows are padded with blanks. */
  cells: PlanCell[][];
  styles: StyledRange[];
  merges: string[];
  /** Column widths in characters, by column index (0 = A). */
  columnWidths: number[];
  hiddenColumns?: string[];
  rowHeights?: Record<number, number>;
  conditionalFormats?: ConditionalFormat[];
  validations?: ListValidation[];
  freeze?: { rows: number; columns: number };
  print?: PrintSetup;
  names?: { name: string; range: string }[];
  tabColor?: string;
  tables?: TableSpec[];
  charts?: ChartSpec[];
  /** Autofilter over the header row and data, when the sheet is not a table. */
  autoFilter?: string;
  meta: SheetMeta;
}

export function isFormula(cell: PlanCell): cell is { formula: string; result?: CellValue } {
  return cell !== null && typeof cell === "object";
}

export interface CellAddress { row: number; column: number }

/** Parses "B7" into { row: 7, column: 2 }. */
export function parseAddress(address: string): CellAddress {
  const match = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(address.trim());
  if (!match) throw new Error(`Not a cell address: ${address}`);
  return { row: Number(match[2]), column: columnIndex(match[1]) };
}

/** Parses "A1:C3" (or a single cell) into its corners. */
export function parseRange(range: string): { start: CellAddress; end: CellAddress } {
  const [a, b] = range.split(":");
  const start = parseAddress(a);
  return { start, end: b ? parseAddress(b) : start };
}

export const address = (row: number, column: number): string => `${columnLetter(column)}${row}`;
export const rangeOf = (r1: number, c1: number, r2: number, c2: number): string => `${address(r1, c1)}:${address(r2, c2)}`;
