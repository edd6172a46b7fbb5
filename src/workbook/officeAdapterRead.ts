/**
 * Reading through Office.js: the workbook's state before a write (sheets, names, tables, the add-in's
 * meta) and cell values of a rectangle, in chunks small enough for Excel on the web's 5 MB response limit.
 */
import type { CellValue } from "../reports/sheetPlan";
import { rangeOf } from "../reports/sheetPlan";
import { formatDate } from "./exceljsGrid";
import { META_SHEET, decodeMeta, type MetaRecords } from "./metaSheet";
import type { Rect } from "./planStyles";
import type { Grid } from "./port";

/** Cells per read request: ~40 bytes each with value and number format stays well under 5 MB. */
export const CELLS_PER_READ = 50_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

export interface SheetState {
  name: string;
  visible: boolean;
  position: number;
}

export interface WorkbookState {
  sheets: SheetState[];
  names: string[];
  tables: { name: string; sheet: string }[];
  meta: MetaRecords;
  metaExists: boolean;
}

/**
 * One sync for sheets, names and tables; a second only when the meta sheet exists (its values cannot
 * be requested before we know it is there: a missing sheet fails the whole request).
 */
export async function readState(context: Excel.RequestContext): Promise<WorkbookState> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility,items/position");
  const names = context.workbook.names;
  names.load("items/name");
  const tables = context.workbook.tables;
  tables.load("items/name,items/worksheet/name");
  await context.sync();

  const sheets = worksheets.items.map((ws) => ({ name: ws.name, visible: ws.visibility === "Visible", position: ws.position }));
  const state: WorkbookState = {
    sheets,
    names: names.items.map((n) => n.name),
    tables: tables.items.map((tb) => ({ name: tb.name, sheet: tb.worksheet.name })),
    meta: { sheets: new Map(), settings: null },
    metaExists: sheets.some((s) => s.name === META_SHEET),
  };
  if (state.metaExists) state.meta = await readMeta(context);
  return state;
}

async function readMeta(context: Excel.RequestContext): Promise<MetaRecords> {
  const used = context.workbook.worksheets.getItem(META_SHEET).getUsedRangeOrNullObject(true);
  used.load("values");
  await context.sync();
  if (used.isNullObject) return { sheets: new Map(), settings: null };
  return decodeMeta(used.values.map((row) => row.map((v) => (v === "" ? null : (v as CellValue)))));
}

/** Whether an Excel number format shows a date (d, y or month m outside quotes and brackets). */
export function isDateFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "").replace(/\\./g, "");
  if (/^general$/i.test(bare) || bare === "@") return false;
  return /[dy]/i.test(bare) || (/m/i.test(bare) && !/[hs]/i.test(bare));
}

/** A value as Office.js returns it, as the importer expects it: blanks null, dates "dd.mm.yyyy". */
export function plainOfficeValue(value: unknown, format: string | undefined): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" && format && isDateFormat(format) && value >= 1) {
    return formatDate(new Date(EXCEL_EPOCH + Math.round(value * 86_400_000)));
  }
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

/** "'My, sheet'!A1:B2, 'My, sheet'!D4" -> ["A1:B2", "D4"]. */
export function areaAddresses(address: string): string[] {
  return [...address.matchAll(/!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)(?=\s*,|\s*$)/g)].map((m) => m[1].replace(/\$/g, ""));
}

interface Chunk {
  range: Excel.Range;
  r1: number;
}

/**
 * Values of a rectangle as a Grid. One sync per CELLS_PER_READ cells (one for any ordinary sheet):
 * a whole-country sheet needs several round trips, since Excel on the web caps each response at 5 MB.
 * Merged areas come with the first chunk when ExcelApi 1.13 is there; without it the grid has none.
 */
export async function readRect(context: Excel.RequestContext, sheet: Excel.Worksheet, sheetName: string, rect: Rect, withMerges: boolean): Promise<Grid> {
  const columns = rect.c2 - rect.c1 + 1;
  const rows = rect.r2 - rect.r1 + 1;
  const grid: Grid = { sheet: sheetName, origin: { row: rect.r1, column: rect.c1 }, values: [], merges: [] };
  if (rows <= 0 || columns <= 0) return grid;
  const step = Math.max(1, Math.floor(CELLS_PER_READ / columns));
  const starts: number[] = [];
  for (let r = rect.r1; r <= rect.r2; r += step) starts.push(r);

  const merged = withMerges ? sheet.getRange(rangeOf(rect.r1, rect.c1, rect.r2, rect.c2)).getMergedAreasOrNullObject() : undefined;
  if (merged) merged.load("address");
  await starts.reduce(async (previous, r1) => {
    await previous;
    const chunk: Chunk = { range: sheet.getRange(rangeOf(r1, rect.c1, Math.min(r1 + step - 1, rect.r2), rect.c2)), r1 };
    chunk.range.load("values,numberFormat");
    await context.sync();
    chunk.range.values.forEach((row, i) => {
      grid.values.push(row.map((v, j) => plainOfficeValue(v, chunk.range.numberFormat[i]?.[j] as string | undefined)));
    });
  }, Promise.resolve());
  if (merged && !merged.isNullObject) grid.merges = areaAddresses(merged.address);
  return grid;
}
