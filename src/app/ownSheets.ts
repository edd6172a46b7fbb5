/**
 * Writing a generated sheet: the first build takes a free name (a user's sheet is never touched); a
 * rebuild of the add-in's own sheet of the same kind and source replaces it in place and keeps what
 * the user typed into its input columns (reports/rebuild.ts), matched by row and column keys.
 */
import type { RowModel } from "../reports/layout";
import { mergeUserInput, rowModelFor } from "../reports/rebuild";
import type { CellValue, SheetMeta, SheetPlan } from "../reports/sheetPlan";
import type { SheetInfo, WorkbookPort, WriteResult } from "../workbook/port";

export interface OwnSheetResult {
  write: WriteResult;
  /** Meta of the sheet as written (a rebuild may have appended rows): later sheets refer to its ranges. */
  meta: SheetMeta;
  /** The sheet existed and was rebuilt in place. */
  rebuilt: boolean;
  /** Input values carried over, rows kept at the end because the new build lacks them, rows the user added. */
  kept: number;
  orphans: number;
  added: number;
}

/** Sheets are the same report when their kind and the source they were built from match. */
export function sameReport(a: SheetMeta, b: SheetMeta): boolean {
  return a.kind === b.kind && String(a.params?.source ?? "") === String(b.params?.source ?? "");
}

export function findOwnSheet(sheets: readonly SheetInfo[], meta: SheetMeta): SheetInfo | undefined {
  return sheets.find((s) => s.meta !== undefined && sameReport(s.meta, meta));
}

const hasInput = (meta: SheetMeta): boolean => meta.columns.some((c) => c.input);

/**
 * Builds or rebuilds. `model` is the row model the plan was made with when its kind is not one that
 * reports/rebuild.ts knows; sheets without input columns are simply replaced.
 */
export async function writeOwnSheet(port: WorkbookPort, plan: SheetPlan, model?: RowModel): Promise<OwnSheetResult> {
  const existing = findOwnSheet(await port.listSheets(), plan.meta);
  if (!existing?.meta) {
    return { write: await port.writeSheet(plan, { activate: true }), meta: plan.meta, rebuilt: false, kept: 0, orphans: 0, added: 0 };
  }
  let next = plan;
  let kept = 0;
  let orphans = 0;
  let added = 0;
  if (hasInput(existing.meta) && hasInput(plan.meta)) {
    const values = await readFromA1(port, existing.name);
    const merged = mergeUserInput(plan, { values, meta: existing.meta }, model ?? rowModelFor(plan.meta));
    ({ plan: next, kept, orphans, added } = merged);
  }
  const write = await port.writeSheet({ ...next, name: existing.name }, { replace: existing.name, activate: true });
  return { write, meta: next.meta, rebuilt: true, kept, orphans, added };
}

/** A sheet's values from A1 (readGrid starts at the used range; sheet metas count rows and columns from A1). */
export async function readFromA1(port: WorkbookPort, sheet: string): Promise<CellValue[][]> {
  const grid = await port.readGrid(sheet);
  const out: CellValue[][] = [];
  for (let r = 1; r < grid.origin.row; r++) out.push([]);
  for (const line of grid.values) out.push([...(new Array(grid.origin.column - 1).fill(null) as CellValue[]), ...line]);
  return out;
}
