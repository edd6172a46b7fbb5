/**
 * The add-in's own records inside a workbook: which sheets it made (with their SheetMeta) and the
 * workbook settings. Every adapter keeps them on one very hidden sheet, so a file built by the CLI is
 * recognised in Excel and the other way round. Pure: rows in, records out.
 */
import type { CellValue, SheetMeta } from "../reports/sheetPlan";

export const META_SHEET = "_sq_meta";
const SHEET_TAG = "sheet";
const SETTINGS_TAG = "settings";
// Excel keeps at most 32,767 characters in a cell: long JSON is split across columns.
const CHUNK = 32_000;

export interface MetaRecords {
  sheets: Map<string, SheetMeta>;
  settings: unknown | null;
}

/** Rows of the meta sheet: [tag, name, json chunk, json chunk, …]. */
export function encodeMeta(records: MetaRecords): string[][] {
  const rows: string[][] = [];
  for (const [name, meta] of records.sheets) rows.push([SHEET_TAG, name, ...chunks(JSON.stringify(meta))]);
  if (records.settings !== null && records.settings !== undefined) {
    rows.push([SETTINGS_TAG, "", ...chunks(JSON.stringify(records.settings))]);
  }
  return rows;
}

/** Reads the meta sheet's rows; rows it cannot read are skipped rather than failing the whole workbook. */
export function decodeMeta(rows: readonly (readonly CellValue[])[]): MetaRecords {
  const records: MetaRecords = { sheets: new Map(), settings: null };
  for (const row of rows) {
    const [tag, name, ...rest] = row;
    const json = rest.map((v) => (v === null || v === undefined ? "" : String(v))).join("");
    if (!json) continue;
    try {
      if (tag === SHEET_TAG && typeof name === "string") records.sheets.set(name, JSON.parse(json) as SheetMeta);
      else if (tag === SETTINGS_TAG) records.settings = JSON.parse(json);
    } catch {
      // A hand-edited or truncated record: ignore it, the sheet is then treated as the user's.
    }
  }
  return records;
}

function chunks(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += CHUNK) out.push(text.slice(i, i + CHUNK));
  return out.length ? out : [""];
}

/**
 * A free sheet name: the wanted one, or «Имя (2)», «Имя (3)» … Excel limits names to 31 characters and
 * compares them case-insensitively.
 */
export function freeSheetName(wanted: string, taken: readonly string[]): string {
  const clean = wanted.replace(/[\\/?*[\]:]/g, " ").trim().slice(0, 31) || "Лист";
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  if (!lower.has(clean.toLowerCase())) return clean;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = clean.slice(0, 31 - suffix.length) + suffix;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}
