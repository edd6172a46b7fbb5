/**
 * ExcelJS worksheet -> Grid (plain cell values + merges), shared by the file reader and the ExcelJS
 * adapter. Formulas give their cached result, rich text and hyperlinks their text, dates "dd.mm.yyyy"
 * (the deadline parser and the importer read that), errors their code.
 */
import type ExcelJS from "exceljs";
import type { CellValue } from "../reports/sheetPlan";
import type { Grid } from "./port";

const pad = (n: number): string => String(n).padStart(2, "0");

/** Date cells become text: department sheets use dates only as deadlines and report dates. */
export function formatDate(date: Date): string {
  return `${pad(date.getUTCDate())}.${pad(date.getUTCMonth() + 1)}.${date.getUTCFullYear()}`;
}

/** One ExcelJS cell value as a plain value. */
export function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return formatDate(value);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as { result?: unknown }).result;
      if (result === undefined || result === null) return null;
      if (typeof result === "object" && result !== null && "error" in result) return String((result as { error: string }).error);
      return plainValue(result as ExcelJS.CellValue);
    }
    if ("hyperlink" in value) {
      const text = (value as { text?: unknown }).text;
      return typeof text === "string" ? text : plainValue(text as ExcelJS.CellValue);
    }
    if ("error" in value) return String(value.error);
  }
  return String(value);
}

/** The worksheet's used area from A1, dense, with its merged ranges. */
export function gridFromWorksheet(ws: ExcelJS.Worksheet): Grid {
  const rows = ws.actualRowCount === 0 ? 0 : ws.rowCount;
  let columns = 0;
  const values: CellValue[][] = new Array(rows);
  for (let r = 1; r <= rows; r++) {
    const row = ws.findRow(r);
    const out: CellValue[] = [];
    if (row) {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        // Slave cells of a merge repeat the master's value in ExcelJS: keep only the master's.
        if (cell.isMerged && cell.master.address !== cell.address) return;
        out[c - 1] = plainValue(cell.value);
      });
    }
    for (let c = 0; c < out.length; c++) if (out[c] === undefined) out[c] = null;
    columns = Math.max(columns, out.length);
    values[r - 1] = out;
  }
  for (const row of values) while (row.length < columns) row.push(null);
  const merges = Object.values((ws as unknown as { _merges: Record<string, { range: string }> })._merges ?? {}).map((m) => m.range);
  return { sheet: ws.name, origin: { row: 1, column: 1 }, values, merges };
}
