/**
 * Cell-level helpers of the report builders: A1 formula text and cached results, reading back a built
 * sheet's grid, measuring wrapped text for row heights, and per-cell styles as ranges.
 *
 * Formulas are written without the leading "=" (as SheetPlan conditional formats are) and use only
 * functions Excel 2010+ and LibreOffice both calculate in a plain cell: no MAXIFS/MINIFS, no dynamic
 * arrays, no LOOKUP(2,1/…) trick.
 */
import type { Unit } from "../core/catalogue/types";
import { isCellError, type Result } from "../core/errors";
import { EPSILON, same } from "../core/formulas";
import {
  columnLetter, parseRange, rangeOf, type CellStyle, type CellValue, type PlanCell, type SheetMeta, type StyledRange,
} from "./sheetPlan";

/**
 * A template literal as one flat string: flat`IF(${a},1,0)`. Plain template literals are kept by V8 as a
 * rope of their pieces, about twice the memory of the text when a sheet holds 750,000 formulas.
 */
export function flat(strings: TemplateStringsArray, ...values: (string | number)[]): string {
  const parts: (string | number)[] = [strings[0]];
  for (let i = 0; i < values.length; i++) parts.push(values[i], strings[i + 1]);
  return parts.join("");
}

const UNIT_FORMATS: Partial<Record<Unit, string>> = {
  percent: "0.0%", count: "0", people: "0", score: "0.0", mark: "0.00", ratio: "0.00", years: "0.0", hours: "0.0",
  rubles: "#,##0", flag: "0",
};

/** Excel number format of a unit's values, the same on every sheet; none for text-like units. */
export const unitFormat = (unit: Unit | null | undefined): string | undefined => (unit ? UNIT_FORMATS[unit] : undefined);

/** A string literal inside a formula, quotes doubled: str('a"b') -> "a""b". */
export const str = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** Column-absolute reference to a cell, so conditional formats and copied rows keep the column: `$F7`. */
export const ref = (column: number, row: number): string => `$${columnLetter(column)}${row}`;

/** Range of one row between two columns: `$F7:$I7`. */
export const rowRange = (row: number, from: number, to: number): string => `${ref(from, row)}:${ref(to, row)}`;

/** TRUE when a and b are equal within the tolerance of core/formulas.ts (`same`, which cached results use). */
export const sameExpr = (a: string, b: string): string => `ABS(${a}-${b})<=${EPSILON.toFixed(9)}*MAX(1,ABS(${a}),ABS(${b}))`;

export { same };

/**
 * The value paired with the last numeric cell of `refs` (scanning from the end), or `fallback`:
 * nested IFs rather than LOOKUP(2,1/…) because LibreOffice does not evaluate that array trick in a
 * plain cell. `lastNumber(["F7","G7"], ["F7","G7"])` -> IF(ISNUMBER(G7),G7,IF(ISNUMBER(F7),F7,"")).
 */
export function lastNumber(refs: readonly string[], results: readonly string[], fallback = '""'): string {
  let text = fallback;
  refs.forEach((r, i) => {
    text = `IF(ISNUMBER(${r}),${results[i]},${text})`;
  });
  return text;
}

/** The last numeric value of a list and its index; null when there is none. */
export function lastNumeric(values: readonly CellValue[]): { value: number; index: number } | null {
  for (let i = values.length - 1; i >= 0; i--) {
    const v = values[i];
    if (typeof v === "number" && Number.isFinite(v)) return { value: v, index: i };
  }
  return null;
}

/** A core result as a cached cell value: errors become `undefinedText` (the formula's IFs produce the same). */
export function cached<T extends CellValue>(result: Result<T>, undefinedText: string): CellValue {
  return isCellError(result) ? undefinedText : result;
}

/** A number from a cell value, or null (blank, text, boolean). */
export const num = (value: CellValue | undefined): number | null =>
  typeof value === "number" && Number.isFinite(value) ? value : null;

export const isBlank = (v: CellValue | undefined): boolean => v === null || v === undefined || (typeof v === "string" && !v.trim());

/**
 * Last row of a built sheet's data block as read back. Excel does not update the stored meta when the
 * user inserts rows, so the block runs past meta.lastRow over contiguous non-blank rows (rows inserted
 * inside it push its tail down; a row typed right under it belongs to it); a blank row ends it.
 */
export function dataBlockEnd(values: readonly (readonly CellValue[])[], meta: Pick<SheetMeta, "lastRow">): number {
  let end = Math.min(meta.lastRow, values.length);
  while (end < values.length && (values[end] ?? []).some((v) => !isBlank(v))) end++;
  return end;
}

/** A row of a read-back grid as values by column key (meta.columns). */
export function rowByKey(values: readonly (readonly CellValue[])[], row: number, meta: Pick<SheetMeta, "columns">): Map<string, CellValue> {
  const cells = values[row - 1] ?? [];
  return new Map(meta.columns.map((c) => [c.key, cells[c.column - 1] ?? null]));
}


/** Body font size in points (layout.ts FONT.body); row heights are measured against it. */
export const BODY_FONT = 11;

/** Per-cell styles of a block of rows (undefined: unstyled). */
export type StyleGrid = (CellStyle | undefined)[][];

// Style objects are shared between cells (layout.ts interns them), so a key is computed once per object.
const styleKeys = new WeakMap<CellStyle, string>();
const styleKey = (s: CellStyle): string => {
  let key = styleKeys.get(s);
  if (key === undefined) styleKeys.set(s, (key = JSON.stringify(Object.keys(s).sort().map((k) => [k, s[k as keyof CellStyle]]))));
  return key;
};

/** Per-cell styles as few non-overlapping ranges: runs along rows, then equal runs merged downwards. */
export function compressStyles(grid: StyleGrid, firstRow = 1): StyledRange[] {
  type Run = { r1: number; r2: number; c1: number; c2: number; style: CellStyle };
  // Styles equal by content get one small number, so a run is keyed by a number rather than a string
  // holding the style's JSON: this runs for every cell of a 40,000-row sheet.
  const byKey = new Map<string, number>();
  const byObject = new Map<CellStyle, number>();
  const idOf = (s: CellStyle): number => {
    let id = byObject.get(s);
    if (id === undefined) {
      const key = styleKey(s);
      id = byKey.get(key);
      if (id === undefined) byKey.set(key, (id = byKey.size));
      byObject.set(s, id);
    }
    return id;
  };
  const open = new Map<number, Run>();
  const done: Run[] = [];
  const seen = new Set<number>();
  grid.forEach((cells, r) => {
    const row = firstRow + r;
    seen.clear();
    for (let c = 0; c < cells.length; c++) {
      const style = cells[c];
      if (!style) continue;
      const id = idOf(style);
      let end = c;
      while (end + 1 < cells.length && cells[end + 1] && idOf(cells[end + 1] as CellStyle) === id) end++;
      // Columns stay below 2^14 (Excel's limit), so style, first and last column make one exact number.
      const key = (id * 16_384 + c) * 16_384 + end;
      const run = open.get(key);
      if (run && run.r2 === row - 1) run.r2 = row;
      else {
        if (run) done.push(run);
        open.set(key, { r1: row, r2: row, c1: c + 1, c2: end + 1, style });
      }
      seen.add(key);
      c = end;
    }
    for (const [key, run] of open) if (!seen.has(key) && run.r2 < row) {
      done.push(run);
      open.delete(key);
    }
  });
  done.push(...open.values());
  done.sort((a, b) => a.r1 - b.r1 || a.c1 - b.c1);
  return done.map((d) => ({ range: rangeOf(d.r1, d.c1, d.r2, d.c2), style: d.style }));
}

/** Lines a text needs in a column `width` characters wide (greedy word wrap at spaces). */
export function wrappedLines(text: string, width: number, fontSize: number = BODY_FONT): number {
  // Calibri/Carlito 11 fits about one Cyrillic character per unit of column width (measured in LibreOffice).
  const perLine = Math.max(1, Math.floor(width * (BODY_FONT / fontSize)));
  // A line no longer than the column never wraps (most cells of a big register).
  if (text.length <= perLine && !text.includes("\n")) return 1;
  // Paragraphs at "\n", words between runs of whitespace (as /\s+/ splits), measured without splitting.
  let lines = 1;
  let used = 0;
  let len = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : NEWLINE;
    if (code !== NEWLINE && !isSpace(code)) {
      len++;
      continue;
    }
    if (len > 0) {
      if (used > 0 && used + 1 + len > perLine) {
        lines++;
        used = 0;
      }
      if (len > perLine) {
        lines += Math.ceil(len / perLine) - 1;
        used = len % perLine;
      } else used += (used > 0 ? 1 : 0) + len;
      len = 0;
    }
    if (code === NEWLINE && i < text.length) {
      lines++;
      used = 0;
    }
  }
  return lines;
}

const NEWLINE = 10;

/** The characters /\s/ matches. */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * Row heights (points) for rows whose wrapped text needs more than one line (widths: 0 for hidden
 * columns, which do not count). Excel does not grow rows
 * of merged cells, nor rows written by a file library, when the file is opened. A text merged down
 * several rows (a two-row header) grows the last of them when the rows are too low together.
 */
export function rowHeights(
  cells: PlanCell[][], grid: StyleGrid, merges: readonly string[], widths: readonly number[], firstRow: number,
): Record<number, number> {
  // Cells are keyed row × 2^14 + column (columns stay below 2^14): numbers, not strings, per cell.
  const at = (row: number, column: number): number => row * 16_384 + column;
  const areas = new Map<number, { rows: number; width: number }>();
  const covered = new Set<number>();
  for (const m of merges) {
    const { start, end } = parseRange(m);
    let width = 0;
    for (let c = start.column; c <= end.column; c++) width += widths[c - 1] ?? 0;
    areas.set(at(start.row, start.column), { rows: end.row - start.row + 1, width });
    for (let r = start.row; r <= end.row; r++) {
      for (let c = start.column; c <= end.column; c++) if (r !== start.row || c !== start.column) covered.add(at(r, c));
    }
  }
  const heights: Record<number, number> = {};
  const tall: { row: number; rows: number; need: number }[] = [];
  const merged = areas.size > 0;
  cells.forEach((rowCells, r) => {
    const row = firstRow + r;
    rowCells.forEach((cell, c) => {
      if (typeof cell !== "string" || !cell) return;
      const style = grid[r]?.[c];
      // One unwrapped line never needs a taller row: skip the work (most cells of a big register).
      if (!style?.wrap && !merged) return;
      const id = merged ? at(row, c + 1) : 0;
      if (merged && covered.has(id)) return;
      const area = merged ? areas.get(id) : undefined;
      const rows = area ? area.rows : 1;
      const width = area ? area.width : widths[c];
      if (!width) return; // hidden column
      const size = style?.fontSize ?? BODY_FONT;
      if (!style?.wrap && rows === 1) return;
      const lines = style?.wrap ? wrappedLines(cell, width, size) : 1;
      const need = Math.ceil(lines * lineHeight(size) + 3);
      if (rows > 1) tall.push({ row, rows, need });
      else if (need > DEFAULT_HEIGHT + 3) heights[row] = Math.max(heights[row] ?? 0, need);
    });
  });
  for (const { row, rows, need } of tall) {
    let total = 0;
    for (let r = row; r < row + rows; r++) total += heights[r] ?? DEFAULT_HEIGHT;
    const last = row + rows - 1;
    if (total < need) heights[last] = (heights[last] ?? DEFAULT_HEIGHT) + need - total;
  }
  return heights;
}

/** Excel's default row height in points for an 11-point font. */
const DEFAULT_HEIGHT = 15;
/** Excel autofits wrapped Calibri 11 at about 14.5 points a line. */
const lineHeight = (size: number): number => size * 1.32;
