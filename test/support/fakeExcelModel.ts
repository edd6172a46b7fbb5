/**
 * State behind the fake Excel object model (test/support/fakeExcel.ts): sheets, cells, formats, names,
 * tables, charts — and Excel's own rules that matter to a writer: how a string written through
 * `values` is taken (formula, number, date, Boolean, or text when the cell is formatted "@" or the
 * string starts with an apostrophe), sheet-name rules, unique table and defined names.
 */
import type { CellValue } from "../../src/reports/sheetPlan";
import { columnIndex } from "../../src/reports/sheetPlan";

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface Rect {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/** An error as Office.js raises it: a message and a code such as "ItemNotFound". */
export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = "RichApi.Error";
  }
}

/** "A1", "A1:C3", "A:C", "3:5"; undefined is the whole sheet. */
export function parseRect(address: string | undefined): Rect {
  if (address === undefined) return { r1: 1, c1: 1, r2: MAX_ROWS, c2: MAX_COLUMNS };
  const bare = address.replace(/\$/g, "").replace(/^.*!/, "").toUpperCase();
  const [a, b = a] = bare.split(":");
  const part = (p: string): { r?: number; c?: number } => {
    const m = /^([A-Z]*)(\d*)$/.exec(p);
    if (!m || (!m[1] && !m[2])) throw new FakeExcelError("InvalidArgument", `Bad address ${address}`);
    return { c: m[1] ? columnIndex(m[1]) : undefined, r: m[2] ? Number(m[2]) : undefined };
  };
  const s = part(a);
  const e = part(b);
  return { r1: s.r ?? 1, c1: s.c ?? 1, r2: e.r ?? MAX_ROWS, c2: e.c ?? MAX_COLUMNS };
}

export const contains = (outer: Rect, r: number, c: number): boolean => r >= outer.r1 && r <= outer.r2 && c >= outer.c1 && c <= outer.c2;
export const overlaps = (a: Rect, b: Rect): boolean => a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;

export interface CellModel {
  value: CellValue;
  formula?: string;
  numberFormat?: string;
  /** Set when the text came with a leading apostrophe. */
  quotePrefix?: boolean;
}

export interface TableModel {
  name: string;
  sheet: SheetModel;
  rect: Rect;
  style?: string;
  showTotals?: boolean;
}

export interface SeriesModel {
  name: string;
  values?: string;
  categories?: string;
}

export interface ChartModel {
  type: string;
  source: string;
  title?: string;
  from?: string;
  to?: string;
  legend: { visible?: boolean; position?: string };
  series: SeriesModel[];
  xTitle?: string;
  yTitle?: string;
  yMajorUnit?: number;
  yFormat?: string;
}

export class SheetModel {
  visibility = "Visible";
  tabColor?: string;
  readonly cells = new Map<number, CellModel>();
  /** Format properties in the order they were set: later layers win. */
  readonly formats: { rect: Rect; path: string; value: unknown }[] = [];
  readonly merges: Rect[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  readonly rowHeights = new Map<number, number>();
  readonly conditionalFormats: { range: string; type: string; formula?: string; fill?: string; fontColor?: string; bold?: boolean }[] = [];
  readonly validations: { range: string; rule?: unknown; errorAlert?: unknown }[] = [];
  freeze?: { rows: number; columns: number };
  readonly pageLayout: Record<string, unknown> = {};
  autoFilter?: string;
  readonly customProperties = new Map<string, string>();
  readonly charts: ChartModel[] = [];

  constructor(public name: string) {}

  cell(r: number, c: number, create = false): CellModel | undefined {
    const key = r * MAX_COLUMNS + c;
    let cell = this.cells.get(key);
    if (!cell && create) this.cells.set(key, (cell = { value: null }));
    return cell;
  }

  /** The last value set for a format property at a cell, e.g. "font.bold". */
  formatAt(r: number, c: number, path: string): unknown {
    for (let i = this.formats.length - 1; i >= 0; i--) {
      const layer = this.formats[i];
      if (layer.path === path && contains(layer.rect, r, c)) return layer.value;
    }
    return undefined;
  }

  /** Bounding box of cells holding a value or formula, or undefined when the sheet is blank. */
  usedRect(): Rect | undefined {
    let box: Rect | undefined;
    for (const [key, cell] of this.cells) {
      if ((cell.value === null || cell.value === "") && !cell.formula) continue;
      const r = Math.floor(key / MAX_COLUMNS);
      const c = key % MAX_COLUMNS;
      box = box ? { r1: Math.min(box.r1, r), c1: Math.min(box.c1, c), r2: Math.max(box.r2, r), c2: Math.max(box.c2, c) } : { r1: r, c1: c, r2: r, c2: c };
    }
    return box;
  }
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly names = new Map<string, { name: string; sheet?: SheetModel; rect: Rect }>();
  readonly tables: TableModel[] = [];
  active?: SheetModel;
  selection?: { sheet: SheetModel; rect: Rect };

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** Excel's sheet-name rules: 1–31 characters, none of \ / ? * [ ] :, unique ignoring case. */
  checkSheetName(name: string, self?: SheetModel): void {
    if (!name || name.length > 31 || /[\\/?*[\]:]/.test(name)) throw new FakeExcelError("InvalidArgument", `Bad sheet name "${name}"`);
    const other = this.sheet(name);
    if (other && other !== self) throw new FakeExcelError("ItemAlreadyExists", `A sheet named "${name}" exists`);
  }

  /** Table and defined names share one namespace. */
  checkName(name: string, self?: unknown): void {
    const lower = name.toLowerCase();
    const clash = this.tables.find((tb) => tb !== self && tb.name.toLowerCase() === lower) ?? this.names.get(lower);
    if (clash && clash !== self) throw new FakeExcelError("ItemAlreadyExists", `The name "${name}" is taken`);
  }
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?%?$/;

/**
 * What Excel stores when a string is entered into a cell (as typed, or through Range.values) with the
 * given number format. Dates dd.mm.yyyy and yyyy-mm-dd become serial numbers, as Excel would.
 */
export function enterString(input: string, numberFormat: string | undefined): Pick<CellModel, "value" | "formula" | "quotePrefix"> {
  if (input.startsWith("'")) return { value: input.slice(1), quotePrefix: true };
  if (numberFormat === "@") return { value: input };
  const s = input.trim();
  if (s === "") return { value: input === "" ? null : input };
  if (NUMBER.test(s)) {
    const n = Number(s.replace("%", ""));
    return { value: s.endsWith("%") ? n / 100 : n };
  }
  if (/^[=+\-@]/.test(s)) return { value: null, formula: s.startsWith("=") ? s : `=${s}` };
  if (/^(true|false)$/i.test(s)) return { value: s.toLowerCase() === "true" };
  const dmy = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (dmy || ymd) {
    const [y, m, d] = dmy ? [dmy[3], dmy[2], dmy[1]] : [ymd![1], ymd![2], ymd![3]];
    return { value: (Date.UTC(Number(y), Number(m) - 1, Number(d)) - EXCEL_EPOCH) / 86_400_000 };
  }
  return { value: input };
}
