/**
 * Cell-level helpers of the report builders: A1 formula text and cached results, reading back a built
 * sheet's grid, measuring wrapped text for row heights, and per-cell styles as ranges.
 *
 * Formulas are written without the leading "=" (as SheetPlan conditional formats are) and use only
 * functions Excel and LibreOffice both calculate: IF, AND, OR, ABS, MAX, SIGN, ISNUMBER, INDEX, DATE,
 * TODAY, COLUMN.
 */
import { isCellError, type Result } from "../core/errors";
import {
  columnLetter, parseRange, rangeOf, type CellStyle, type CellValue, type PlanCell, type SheetMeta, type StyledRange,
} from "./sheetPlan";

/** A string literal inside a formula, quotes doubled: str('a"b') -> "a""b". */
export const str = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** Column-absolute reference to a cell, so conditional formats and copied rows keep the column: `$F7`. */
export const ref = (column: number, row: number): string => `$${columnLetter(column)}${row}`;

/** Range of one row between two columns: `$F7:$I7`. */
export const rowRange = (row: number, from: number, to: number): string => `${ref(from, row)}:${ref(to, row)}`;

/** TRUE when a and b are equal within the tolerance of core/formulas.ts (`same`). */
export const sameExpr = (a: string, b: string): string => `ABS(${a}-${b})<=0.000000001*MAX(1,ABS(${a}),ABS(${b}))`;

/** Same tolerance as sameExpr, in TypeScript, for cached results. */
export const same = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

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
  type Run = { r1: number; r2: number; c1: number; c2: number; key: string; style: CellStyle };
  const open = new Map<string, Run>();
  const done: Run[] = [];
  grid.forEach((cells, r) => {
    const row = firstRow + r;
    const seen = new Set<string>();
    for (let c = 0; c < cells.length; c++) {
      const style = cells[c];
      if (!style) continue;
      const key = styleKey(style);
      let end = c;
      while (end + 1 < cells.length && cells[end + 1] && styleKey(cells[end + 1] as CellStyle) === key) end++;
      const id = `${c}:${end}:${key}`;
      const run = open.get(id);
      if (run && run.r2 === row - 1) run.r2 = row;
      else {
        if (run) done.push(run);
        open.set(id, { r1: row, r2: row, c1: c + 1, c2: end + 1, key, style });
      }
      seen.add(id);
      c = end;
    }
    for (const [id, run] of open) if (!seen.has(id) && run.r2 < row) {
      done.push(run);
      open.delete(id);
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
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const len = word.length;
      if (used > 0 && used + 1 + len > perLine) {
        lines++;
        used = 0;
      }
      if (len > perLine) {
        lines += Math.ceil(len / perLine) - 1;
        used = len % perLine;
      } else used += (used > 0 ? 1 : 0) + len;
    }
  }
  return lines;
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
  const areas = new Map<string, { rows: number; width: number }>();
  const covered = new Set<string>();
  for (const m of merges) {
    const { start, end } = parseRange(m);
    let width = 0;
    for (let c = start.column; c <= end.column; c++) width += widths[c - 1] ?? 0;
    areas.set(`${start.row}:${start.column}`, { rows: end.row - start.row + 1, width });
    for (let r = start.row; r <= end.row; r++) {
      for (let c = start.column; c <= end.column; c++) if (r !== start.row || c !== start.column) covered.add(`${r}:${c}`);
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
      const id = merged ? `${row}:${c + 1}` : "";
      if (merged && covered.has(id)) return;
      const area = (merged ? areas.get(id) : undefined) ?? { rows: 1, width: widths[c] };
      if (!area.width) return; // hidden column
      const size = style?.fontSize ?? BODY_FONT;
      if (!style?.wrap && area.rows === 1) return;
      const lines = style?.wrap ? wrappedLines(cell, area.width, size) : 1;
      const need = Math.ceil(lines * lineHeight(size) + 3);
      if (area.rows > 1) tall.push({ row, rows: area.rows, need });
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
