/**
 * The one port through which use cases touch a workbook. Three adapters implement it: Office.js (inside
 * Excel), ExcelJS (files the user has: standalone task pane, an existing CLI --out) and PlanWorkbook
 * (new files the CLI creates, streamed from the plans). Everything else is pure.
 */
import type { CellValue, SheetMeta, SheetPlan } from "../reports/sheetPlan";

export interface SheetInfo {
  name: string;
  visible: boolean;
  /** Present when the add-in made this sheet. */
  meta?: SheetMeta;
}

/** Cell values of a sheet (or part of it) as read, with merged areas. */
export interface Grid {
  sheet: string;
  /** Row and column (1-based) of values[0][0] on the sheet. */
  origin: { row: number; column: number };
  values: CellValue[][];
  merges: string[];
}

export interface WriteOptions {
  /** The add-in's own sheet to replace (rebuild); never a user's sheet. */
  replace?: string;
  /** Select the sheet after writing (in Excel). */
  activate?: boolean;
}

export interface WriteResult {
  sheet: string;
  rows: number;
  columns: number;
  /** Parts of the plan this Excel could not apply (e.g. page layout without ExcelApi 1.9), in the user's language. */
  warnings?: string[];
}

export interface WorkbookPort {
  /** A name for messages: the file name, or «текущая книга» in Excel. */
  readonly label: string;
  listSheets(): Promise<SheetInfo[]>;
  /** Reads a sheet's used range, or the given A1 range. */
  readGrid(sheet: string, range?: string): Promise<Grid>;
  /** Writes a plan to a new sheet named plan.name (or replaces options.replace), marking it as the add-in's. */
  writeSheet(plan: SheetPlan, options?: WriteOptions): Promise<WriteResult>;
  /** Selects a sheet (and optionally a cell) for the user: Excel only; file adapters ignore it. */
  activate?(sheet: string, cell?: string): Promise<void>;
  /** The user's selection in Excel, as a grid; file adapters do not have one. */
  readSelection?(): Promise<Grid>;
  /** Settings stored with the workbook (JSON), or null when the workbook has none. */
  loadSettings(): Promise<unknown | null>;
  saveSettings(settings: unknown): Promise<void>;
}
