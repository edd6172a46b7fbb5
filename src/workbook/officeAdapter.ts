/**
 * The WorkbookPort inside Excel, over Office.js. A sheet is written in a constant number of syncs:
 * 1 to read sheets, names and tables, 1 more only if the meta sheet exists, then 1 write that also swaps
 * a replaced sheet and updates the meta (so 2–3 in all). Only a sheet whose request would exceed
 * WRITE_BUDGET (~4 MB, Excel on the web rejects 5 MB) takes one more sync per further 4 MB.
 *
 * Requirement sets: ExcelApi 1.7 is required (frozen panes, tab colour, chart series), 1.8 when the plan
 * has list validations — without them the write is refused with a Russian message naming the set. 1.8
 * chart axis number formats are left to Excel without it; 1.9 (page layout, autofilter) is optional:
 * skipped with a warning in WriteResult. 1.6 and 1.9 calculation /
 * screen suspension, 1.12 custom properties and 1.13 merged areas in reads are used when present.
 */
import { UserError } from "../core/errors";
import { t, type MessageKey } from "../i18n";
import type { SheetPlan } from "../reports/sheetPlan";
import { rangeOf } from "../reports/sheetPlan";
import { META_SHEET, encodeMeta, freeSheetName, type MetaRecords } from "./metaSheet";
import { featureOps, type Support } from "./officeAdapterFeatures";
import { readRect, readState, type SheetState, type WorkbookState } from "./officeAdapterRead";
import { cellOps, officeText, op, packBatches, targetSheet, type Op, type Target } from "./officeAdapterWrite";
import { TEXT_FORMAT, freeName, jsonBytes } from "./planStyles";
import type { Grid, SheetInfo, WorkbookPort, WriteOptions, WriteResult } from "./port";

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
export type SetSupported = (name: string, version: string) => boolean;

const isItemNotFound = (error: unknown): boolean => (error as { code?: string } | null)?.code === "ItemNotFound";
const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Writes the meta records onto the very hidden meta sheet, as text ("@" first: JSON may start with "-"). */
function metaOp(context: Excel.RequestContext, records: MetaRecords, exists: boolean): Op {
  const rows = encodeMeta(records);
  const width = Math.max(1, ...rows.map((r) => r.length));
  const values = rows.map((r) => [...r, ...Array<string>(width - r.length).fill("")].map(officeText));
  const formats = values.map((r) => r.map(() => TEXT_FORMAT));
  return op(jsonBytes(values) + jsonBytes(formats) + 400, () => {
    const sheets = context.workbook.worksheets;
    const meta = exists ? sheets.getItem(META_SHEET) : sheets.add(META_SHEET);
    if (exists) meta.getRange().clear("Contents");
    else meta.visibility = "VeryHidden";
    if (!values.length) return;
    const range = meta.getRange(rangeOf(1, 1, values.length, width));
    range.numberFormat = formats;
    range.values = values;
  });
}

export class OfficeWorkbook implements WorkbookPort {
  constructor(
    private readonly run: ExcelRun,
    private readonly isSetSupported: SetSupported,
  ) {}

  /** The adapter for the running add-in. */
  static forExcel(): OfficeWorkbook {
    return new OfficeWorkbook((batch) => Excel.run(batch), (name, version) => Office.context.requirements.isSetSupported(name, version));
  }

  get label(): string {
    return t("workbook.currentWorkbook");
  }

  private api(version: string): boolean {
    return this.isSetSupported("ExcelApi", version);
  }

  async listSheets(): Promise<SheetInfo[]> {
    const state = await this.run((context) => readState(context));
    return state.sheets
      .filter((s) => s.name !== META_SHEET)
      .map((s) => {
        const meta = state.meta.sheets.get(s.name);
        return { name: s.name, visible: s.visible, ...(meta ? { meta } : {}) };
      });
  }

  async readGrid(sheet: string, range?: string): Promise<Grid> {
    return this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.load("name");
      const box = range ? ws.getRange(range) : ws.getUsedRangeOrNullObject(true);
      box.load("rowIndex,columnIndex,rowCount,columnCount");
      try {
        await context.sync();
      } catch (error) {
        if (isItemNotFound(error)) throw new UserError(t("workbook.sheetNotFound", { sheet, file: this.label }), { sheet });
        throw error;
      }
      if (box.isNullObject) return { sheet: ws.name, origin: { row: 1, column: 1 }, values: [], merges: [] };
      // A used range is read from A1, as the file reader does, so row and column numbers agree.
      const r2 = box.rowIndex + box.rowCount;
      const c2 = box.columnIndex + box.columnCount;
      const rect = range ? { r1: box.rowIndex + 1, c1: box.columnIndex + 1, r2, c2 } : { r1: 1, c1: 1, r2, c2 };
      return readRect(context, ws, ws.name, rect, this.api("1.13"));
    });
  }

  async readSelection(): Promise<Grid> {
    return this.run(async (context) => {
      const selected = context.workbook.getSelectedRange();
      selected.load("rowIndex,columnIndex,rowCount,columnCount");
      // The selection is always on the active sheet.
      const ws = context.workbook.worksheets.getActiveWorksheet();
      ws.load("name");
      const used = ws.getUsedRangeOrNullObject(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      await context.sync();
      const r1 = selected.rowIndex + 1;
      const c1 = selected.columnIndex + 1;
      // A whole-column selection is a million rows: read only the part that holds values.
      const r2 = used.isNullObject ? r1 - 1 : Math.min(selected.rowIndex + selected.rowCount, used.rowIndex + used.rowCount);
      const c2 = used.isNullObject ? c1 - 1 : Math.min(selected.columnIndex + selected.columnCount, used.columnIndex + used.columnCount);
      return readRect(context, ws, ws.name, { r1, c1, r2, c2 }, this.api("1.13"));
    });
  }

  async activate(sheet: string, cell?: string): Promise<void> {
    await this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      if (cell) ws.getRange(cell).select();
      try {
        await context.sync();
      } catch (error) {
        if (isItemNotFound(error)) throw new UserError(t("workbook.sheetNotFound", { sheet, file: this.label }), { sheet });
        throw error;
      }
    });
  }

  async loadSettings(): Promise<unknown | null> {
    const state = await this.run((context) => readState(context));
    return state.meta.settings;
  }

  async saveSettings(settings: unknown): Promise<void> {
    await this.run(async (context) => {
      const state = await readState(context);
      metaOp(context, { sheets: state.meta.sheets, settings }, state.metaExists).run();
      await context.sync();
    });
  }

  async writeSheet(plan: SheetPlan, options: WriteOptions = {}): Promise<WriteResult> {
    this.checkRequirements(plan);
    const support: Support = { v18: this.api("1.8"), v19: this.api("1.9"), v112: this.api("1.12") };
    const suspendCalculation = this.api("1.6");
    return this.run(async (context) => {
      const state = await readState(context);
      const old = options.replace ? state.sheets.find((s) => s.name.toLowerCase() === options.replace?.toLowerCase() && s.name !== META_SHEET) : undefined;
      if (old && !state.meta.sheets.has(old.name)) throw new UserError(t("workbook.replaceUserSheet", { sheet: old.name }), { sheet: old.name });
      const live = state.sheets.map((s) => s.name);
      const finalName = old ? old.name : freeSheetName(options.replace ?? plan.name, live);
      // A rebuild is made beside the old sheet and swapped in at the end, so a failure leaves the old one.
      const buildName = old ? freeSheetName(finalName, live) : finalName;
      const tableNames = planTableNames(plan, state, old);

      const target: Target = {};
      const tables = new Map<string, Excel.Table>();
      const warnings: string[] = [];
      const { ops: cells, extent } = cellOps(plan, target);
      const ops: Op[] = [
        op(100, () => { target.sheet = context.workbook.worksheets.add(buildName); }),
        ...cells,
        ...featureOps(context, plan, target, { support, sheetLabel: finalName, tableNames: tableNames.build, tables, warnings }),
      ];
      if (old) ops.push(swapOp(context, target, old, finalName, tables, tableNames.final));
      ops.push(...namesOps(context, plan, target, state));
      const records: MetaRecords = { sheets: new Map(state.meta.sheets), settings: state.meta.settings };
      records.sheets.set(finalName, plan.meta);
      const after = new Set([...live.filter((n) => n !== old?.name), finalName]);
      for (const name of [...records.sheets.keys()]) if (!after.has(name)) records.sheets.delete(name);
      ops.push(metaOp(context, records, state.metaExists));
      if (options.activate) ops.push(op(20, () => targetSheet(target).activate()));

      await runBatches(context, ops, { calculation: suspendCalculation, screen: support.v19 }, buildName, finalName);
      return { sheet: finalName, rows: extent.rows, columns: extent.columns, ...(warnings.length ? { warnings } : {}) };
    });
  }

  private checkRequirements(plan: SheetPlan): void {
    const needs: [string, MessageKey][] = [["1.7", "workbook.purpose.base"]];
    if (plan.validations?.length) needs.push(["1.8", "workbook.purpose.validation"]);
    for (const [version, purpose] of needs) {
      if (!this.api(version)) throw new UserError(t("workbook.apiMissing", { set: `ExcelApi ${version}`, purpose: t(purpose) }));
    }
  }
}

/** Free table names: final (the replaced sheet's tables will be gone) and for building (they are still there). */
function planTableNames(plan: SheetPlan, state: WorkbookState, old: SheetState | undefined): { build: Map<string, string>; final: Map<string, string> } {
  const takenFinal = [...state.names, ...state.tables.filter((tb) => tb.sheet !== old?.name).map((tb) => tb.name)];
  const takenNow = [...state.names, ...state.tables.map((tb) => tb.name)];
  const build = new Map<string, string>();
  const final = new Map<string, string>();
  for (const spec of plan.tables ?? []) {
    const name = freeName(spec.name, takenFinal);
    const temporary = freeName(name, takenNow);
    takenFinal.push(name);
    takenNow.push(temporary, name);
    final.set(spec.name, name);
    build.set(spec.name, temporary);
  }
  return { build, final };
}

function swapOp(context: Excel.RequestContext, target: Target, old: SheetState, finalName: string, tables: Map<string, Excel.Table>, names: Map<string, string>): Op {
  return op(300, () => {
    context.workbook.worksheets.getItem(old.name).delete();
    const sheet = targetSheet(target);
    sheet.name = finalName;
    sheet.position = old.position;
    for (const [planName, table] of tables) table.name = names.get(planName) ?? planName;
  });
}

/** Workbook-level names of the plan, re-pointed at this sheet (an existing one is replaced). */
function namesOps(context: Excel.RequestContext, plan: SheetPlan, target: Target, state: WorkbookState): Op[] {
  const existing = new Map(state.names.map((n) => [n.toLowerCase(), n]));
  return (plan.names ?? []).map((n) =>
    op(jsonBytes(n) + 200, () => {
      const found = existing.get(n.name.toLowerCase());
      if (found) context.workbook.names.getItem(found).delete();
      context.workbook.names.add(n.name, targetSheet(target).getRange(n.range));
    }),
  );
}

/**
 * Sends the ops in budget-sized batches, one sync each, suspending calculation and screen updating for
 * each. On failure the half-built sheet is removed (a replaced sheet is only deleted in the last batch).
 */
async function runBatches(context: Excel.RequestContext, ops: Op[], suspend: { calculation: boolean; screen: boolean }, buildName: string, label: string): Promise<void> {
  try {
    await packBatches(ops).reduce(async (previous, batch) => {
      await previous;
      if (suspend.calculation) context.workbook.application.suspendApiCalculationUntilNextSync();
      if (suspend.screen) context.workbook.application.suspendScreenUpdatingUntilNextSync();
      for (const item of batch) item.run();
      await context.sync();
    }, Promise.resolve());
  } catch (error) {
    await removeLeftover(context, buildName);
    throw new UserError(t("workbook.writeFailed", { sheet: label, message: errorText(error) }), { sheet: label });
  }
}

async function removeLeftover(context: Excel.RequestContext, name: string): Promise<void> {
  try {
    const leftover = context.workbook.worksheets.getItemOrNullObject(name);
    leftover.load("name");
    await context.sync();
    if (leftover.isNullObject) return;
    leftover.delete();
    await context.sync();
  } catch {
    // Best effort: the original error is what the user needs to see.
  }
}
